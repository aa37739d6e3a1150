import type { Id, IsoDate } from '../model/common.js';
import type { Factor, Profile } from '../model/profile.js';

/**
 * What an assessment is: for each guarantee, as of a date, under a profile and optional
 * scenarios, deterrent credibility and (kept separate) viability, each a range over what
 * is unknown, with the rules that fired and the literature behind them.
 *
 * This file is the contract the apps build on; the engine fills it.
 */

/** A score on 0–100 as a range: the width is the unknown made visible. low ≤ point ≤ high. */
export interface ScoreRange {
  low: number;
  point: number;
  high: number;
}

export interface Citation {
  /** Short key, e.g. "Huth 1988". */
  key: string;
  /** Full reference. */
  reference: string;
}

/** One rule's firing: what it read, what it did, and why. */
export interface RuleFiring {
  rule: Id;
  title: string;
  factor: Factor | 'viability';
  /** Contribution to the factor (or viability) score, in points; a range when its inputs are unknown. */
  effect: ScoreRange;
  /** The inputs the rule read, by name, as plain values (unknown inputs as "unknown"). */
  inputs: Record<string, string | number | boolean | null>;
  /** One sentence a reader understands. */
  explanation: string;
  citations: Citation[];
  /** What the firing is about, when it is one commitment, actor or condition. */
  subject?: { commitment?: Id; actor?: Id; condition?: Id; position?: Id };
  /** For a ceiling rule: the most deterrent credibility can be, whatever the factors say. */
  ceiling?: number;
}

export interface FactorAssessment {
  factor: Factor;
  /** Normalised weight under the profile (weights sum to 1). */
  weight: number;
  score: ScoreRange;
  reasons: RuleFiring[];
}

/** The reference-class base rate, shown beside the score as context, never mixed into it. */
export interface BaseRate {
  label: string;
  /** Percent, as a band. */
  low: number;
  high: number;
  citation: Citation;
  /** Every study the band draws on (the first is `citation`). */
  citations?: Citation[];
  /** The published figures behind the band, in words. */
  note?: string;
}

/** What one open question's possible answers would do to one guarantee. */
export interface QuestionEffect {
  question: Id;
  /** The question as written. */
  text: string;
  status: 'open' | 'partly-answered';
  answers: {
    answer: Id;
    label: string;
    credibility: ScoreRange;
    viability: ScoreRange;
  }[];
  /** Largest minus smallest point across the answers. */
  swing: { credibility: number; viability: number };
}

export interface GuaranteeAssessment {
  guarantee: Id;
  name: string;
  /** The guarantee's short name, when the dataset gives one. */
  shortName?: string;
  credibility: ScoreRange;
  viability: ScoreRange;
  factors: FactorAssessment[];
  viabilityReasons: RuleFiring[];
  baseRate: BaseRate;
  /** Flags for the reader, e.g. "changed since signing: re-assess". */
  flags: string[];
  /** Ceiling rules that capped credibility (e.g. the adversary's consent), with the points they removed. */
  ceilings?: RuleFiring[];
  /**
   * The open questions whose answers move this guarantee, each answer evaluated: the
   * credibility and viability ranges above already span them.
   */
  questions?: QuestionEffect[];
}

export interface Assessment {
  asOf: IsoDate;
  profile: Profile;
  /** Ids of the scenarios applied, in order. */
  scenarios: Id[];
  guarantees: GuaranteeAssessment[];
}
