import type { Id } from '../model/common.js';
import type { Dataset } from '../model/dataset.js';
import { FACTORS, type Factor } from '../model/profile.js';
import type { Scenario } from '../model/scenario.js';
import { type AssessOptions, assess } from './assess.js';
import type { CredibilityProblem, CredibilityResult } from './problems.js';
import { roundRange, subtract } from './range.js';
import type { Assessment, ScoreRange } from './types.js';

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
      guarantees: deltas(baseline.assessment, result.assessment),
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, baseline: baseline.assessment, comparisons };
}

function deltas(baseline: Assessment, scenario: Assessment): GuaranteeDelta[] {
  const byId = new Map(scenario.guarantees.map((g) => [g.guarantee, g]));
  // A guarantee is compared where both readings assess it (one not yet on record is left out).
  return baseline.guarantees.flatMap((b) => {
    const s = byId.get(b.guarantee);
    if (!s) return [];
    const factor = (f: Factor, a: Assessment['guarantees'][number]) => a.factors.find((x) => x.factor === f)!.score;
    return {
      guarantee: b.guarantee,
      name: b.name,
      baseline: { credibility: b.credibility, viability: b.viability },
      scenario: { credibility: s.credibility, viability: s.viability },
      delta: {
        credibility: roundRange(subtract(s.credibility, b.credibility)),
        viability: roundRange(subtract(s.viability, b.viability)),
        factors: Object.fromEntries(
          FACTORS.map((f) => [f, roundRange(subtract(factor(f, s), factor(f, b)))]),
        ) as Record<Factor, RangeDelta>,
      },
    };
  });
}
