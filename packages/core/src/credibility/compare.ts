import type { Id } from '../model/common.js';
import type { Dataset } from '../model/dataset.js';
import { FACTORS, type Factor } from '../model/profile.js';
import type { Scenario } from '../model/scenario.js';
import { type AssessOptions, assess } from './assess.js';
import type { CredibilityProblem, CredibilityResult } from './problems.js';
import { roundRange, subtract } from './range.js';
import type { Assessment, GuaranteeAssessment, ScoreRange } from './types.js';

/**
 * A difference end by end: scenario low − baseline low, point − point, high − high. Not a
 * range: the ends need not be ordered.
 */
export interface RangeDelta {
  low: number;
  point: number;
  high: number;
}

/** One guarantee under a scenario beside the baseline. */
export interface GuaranteeDelta {
  guarantee: Id;
  name: string;
  baseline: { credibility: ScoreRange; viability: ScoreRange };
  scenario: { credibility: ScoreRange; viability: ScoreRange };
  /** Scenario minus baseline, end by end (low − low, point − point, high − high). */
  delta: { credibility: RangeDelta; viability: RangeDelta; factors: Record<Factor, RangeDelta> };
}

export interface ScenarioComparison {
  scenario: Scenario;
  assessment: Assessment;
  guarantees: GuaranteeDelta[];
}

/**
 * The baseline beside each scenario, each applied on its own on top of `options.scenarios`,
 * with deltas per guarantee and per factor. Scenarios are ids of the dataset's scenarios or
 * scenarios built in code (e.g. with `scenarioFromAnswer`).
 */
export function compareScenarios(
  dataset: Dataset,
  scenarios: readonly (Id | Scenario)[],
  options: AssessOptions = {},
): CredibilityResult<{ baseline: Assessment; comparisons: ScenarioComparison[] }> {
  const baseline = assess(dataset, options);
  if (!baseline.ok) return baseline;
  const problems: CredibilityProblem[] = [];
  const comparisons: ScenarioComparison[] = [];
  for (const s of scenarios) {
    const result = assess(dataset, { ...options, scenarios: [...(options.scenarios ?? []), s] });
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const scenario = typeof s === 'string' ? dataset.scenarios.find((x) => x.id === s)! : s;
    comparisons.push({
      scenario,
      assessment: result.assessment,
      guarantees: compareAssessments(baseline.assessment, result.assessment),
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, baseline: baseline.assessment, comparisons };
}

/** One guarantee as two assessments read it: a baseline and a scenario, or two dates. */
export interface AssessedPair {
  guarantee: Id;
  before: GuaranteeAssessment;
  after: GuaranteeAssessment;
}

/**
 * The guarantees both assessments assess, paired by id, in `after`'s order (a guarantee one
 * reading does not assess — not yet on record on that date — is left out). The one place two
 * assessments are matched up: scenario deltas, "what changed", trends and the change feed.
 */
export function pairAssessments(before: Assessment, after: Assessment): AssessedPair[] {
  const byId = new Map(before.guarantees.map((g) => [g.guarantee, g]));
  return after.guarantees.flatMap((a) => {
    const b = byId.get(a.guarantee);
    return b ? [{ guarantee: a.guarantee, before: b, after: a }] : [];
  });
}

/** Each guarantee both assess, the scenario beside the baseline with deltas per factor. */
export function compareAssessments(baseline: Assessment, scenario: Assessment): GuaranteeDelta[] {
  const factor = (f: Factor, a: GuaranteeAssessment) => a.factors.find((x) => x.factor === f)!.score;
  return pairAssessments(baseline, scenario).map(({ before: b, after: s }) => ({
    guarantee: b.guarantee,
    name: b.name,
    baseline: { credibility: b.credibility, viability: b.viability },
    scenario: { credibility: s.credibility, viability: s.viability },
    delta: {
      credibility: roundRange(subtract(s.credibility, b.credibility)),
      viability: roundRange(subtract(s.viability, b.viability)),
      factors: Object.fromEntries(FACTORS.map((f) => [f, roundRange(subtract(factor(f, s), factor(f, b)))])) as Record<
        Factor,
        RangeDelta
      >,
    },
  }));
}
