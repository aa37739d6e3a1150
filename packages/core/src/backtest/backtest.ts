import { assess } from '../credibility/assess.js';
import { BUILTIN_PROFILES } from '../credibility/profiles.js';
import type { ScoreRange } from '../credibility/types.js';
import type { Id, IsoDate } from '../model/common.js';
import type { Dataset } from '../model/dataset.js';
import type { Profile } from '../model/profile.js';
import { shortLabel } from '../wording/labels.js';
import { type Outcome, type OutcomeCase, outcomeClass } from './outcomes.js';

/**
 * The backtest (docs/backtest.md): every historical case assessed on the day before its test,
 * under each profile, beside what happened; the concordance of the scores with the outcomes
 * over all (success, failure) pairs, ties counting half, overall and within each era. Pure:
 * the outcomes arrive as data and never reach the assessment.
 */

export const ERAS = ['before-1945', 'from-1945'] as const;
export type Era = (typeof ERAS)[number];

export function eraOf(asOf: IsoDate): Era {
  return asOf < '1945-01-01' ? 'before-1945' : 'from-1945';
}

export interface BacktestCase {
  guarantee: Id;
  name: string;
  asOf: IsoDate;
  era: Era;
  test: string;
  outcome: Outcome;
  /** Deterrent credibility by profile id. */
  credibility: Record<Id, ScoreRange>;
  viability: ScoreRange;
  /** Set when the guarantee could not be assessed on its date (e.g. not yet on record). */
  problem?: string;
}

/** Concordance: the share of (success, failure) pairs where the success scores higher; ties ½. */
export interface Concordance {
  value?: number;
  pairs: number;
}

export interface ProfileFigures {
  profile: Id;
  name: string;
  overall: Concordance;
  byEra: Record<Era, Concordance>;
}

export interface BacktestResult {
  cases: BacktestCase[];
  profiles: ProfileFigures[];
}

export function concordance(scored: readonly { score: number; outcome: Outcome }[]): Concordance {
  const successes = scored.filter((c) => outcomeClass(c.outcome) === 'success');
  const failures = scored.filter((c) => outcomeClass(c.outcome) === 'failure');
  let wins = 0;
  for (const s of successes) for (const f of failures) wins += s.score > f.score ? 1 : s.score === f.score ? 0.5 : 0;
  const pairs = successes.length * failures.length;
  return pairs === 0 ? { pairs } : { value: wins / pairs, pairs };
}

/** The built-in profiles and the dataset's own (which override a built-in of the same id). */
export function backtestProfiles(dataset: Dataset): Profile[] {
  const byId = new Map<Id, Profile>(Object.values(BUILTIN_PROFILES).map((p) => [p.id, p]));
  for (const p of dataset.profiles) byId.set(p.id, p);
  return [...byId.values()];
}

const NOT_ASSESSED: ScoreRange = { low: 0, point: 0, high: 0 };

function assessCase(dataset: Dataset, c: OutcomeCase, profiles: readonly Profile[]): BacktestCase {
  const credibility: Record<Id, ScoreRange> = {};
  let viability = NOT_ASSESSED;
  let name = c.guarantee;
  let problem: string | undefined;
  for (const profile of profiles) {
    const result = assess(dataset, { asOf: c.asOf, profile });
    const g = result.ok ? result.assessment.guarantees.find((x) => x.guarantee === c.guarantee) : undefined;
    if (!result.ok) problem = result.problems.map((p) => p.message).join('; ');
    else if (!g) problem = `not on record by ${c.asOf}: scored as nothing offered`;
    credibility[profile.id] = g?.credibility ?? NOT_ASSESSED;
    if (g) {
      viability = g.viability;
      name = shortLabel(g);
    }
  }
  return {
    guarantee: c.guarantee,
    name,
    asOf: c.asOf,
    era: eraOf(c.asOf),
    test: c.test,
    outcome: c.outcome,
    credibility,
    viability,
    ...(problem ? { problem } : {}),
  };
}

export function runBacktest(dataset: Dataset, cases: readonly OutcomeCase[]): BacktestResult {
  const profiles = backtestProfiles(dataset);
  const assessed = cases.map((c) => assessCase(dataset, c, profiles));
  const figures = profiles.map((p) => {
    const scored = (era?: Era) =>
      assessed
        .filter((c) => era === undefined || c.era === era)
        .map((c) => ({ score: c.credibility[p.id]!.point, outcome: c.outcome }));
    return {
      profile: p.id,
      name: p.name,
      overall: concordance(scored()),
      byEra: { 'before-1945': concordance(scored('before-1945')), 'from-1945': concordance(scored('from-1945')) },
    };
  });
  return { cases: assessed, profiles: figures };
}
