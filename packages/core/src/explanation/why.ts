import type { BaseRate, GuaranteeAssessment, RuleFiring, ScoreRange } from '../credibility/types.js';
import type { Id } from '../model/common.js';
import type { Factor } from '../model/profile.js';

/**
 * Why a guarantee's scores are what they are, as a reader asks it: which factors carry the
 * score and by how much, each rule that fired with what it read, what it did and whom it
 * cites, the caps, the base rate beside it, the flags, and what makes the range wide. Built
 * from the assessment only (the engine already records all of it), so the dashboard's "why"
 * pane and any other reader say the same thing.
 */

export interface FactorShare {
  factor: Factor;
  /** The factor's normalised weight under the profile. */
  weight: number;
  score: ScoreRange;
  /** What the factor adds to the credibility point: weight × its point, in points. */
  contribution: number;
  rules: RuleFiring[];
}

/** An open question whose answers move the score, and by how much. */
export interface WideningUnknown {
  question: Id;
  text: string;
  /** Highest minus lowest credibility point across its answers. */
  swing: number;
}

export interface GuaranteeExplanation {
  guarantee: Id;
  name: string;
  shortName?: string;
  credibility: ScoreRange;
  viability: ScoreRange;
  /** Largest contribution first. */
  factors: FactorShare[];
  ceilings: RuleFiring[];
  viabilityRules: RuleFiring[];
  baseRate: BaseRate;
  flags: string[];
  /** The unknowns that widen the range, largest swing first. */
  widening: WideningUnknown[];
  /** Rules whose effect is itself a range because an input they read is unknown. */
  uncertainRules: RuleFiring[];
}

const spread = (r: ScoreRange) => r.high - r.low;

export function explainGuarantee(g: GuaranteeAssessment): GuaranteeExplanation {
  const factors = g.factors
    .map((f) => ({
      factor: f.factor,
      weight: f.weight,
      score: f.score,
      contribution: Math.round(f.weight * f.score.point * 10) / 10,
      rules: [...f.reasons].sort((a, b) => Math.abs(b.effect.point) - Math.abs(a.effect.point)),
    }))
    .sort((a, b) => b.contribution - a.contribution);
  const all = [...g.factors.flatMap((f) => f.reasons), ...g.viabilityReasons];
  const widening = (g.questions ?? [])
    .filter((q) => q.swing.credibility > 0 || q.swing.viability > 0)
    .map((q) => ({ question: q.question, text: q.text, swing: q.swing.credibility }))
    .sort((a, b) => b.swing - a.swing || a.question.localeCompare(b.question));
  return {
    guarantee: g.guarantee,
    name: g.name,
    ...(g.shortName !== undefined ? { shortName: g.shortName } : {}),
    credibility: g.credibility,
    viability: g.viability,
    factors,
    ceilings: g.ceilings ?? [],
    viabilityRules: g.viabilityReasons,
    baseRate: g.baseRate,
    flags: g.flags,
    widening,
    uncertainRules: all.filter((r) => spread(r.effect) > 0).sort((a, b) => spread(b.effect) - spread(a.effect)),
  };
}
