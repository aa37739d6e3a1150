import type { Assessment } from '../credibility/types.js';
import type { Dataset } from '../model/dataset.js';
import type { BriefingScenario } from './types.js';
import { clean } from './wording.js';

/** Each selected scenario beside the baseline, guarantee by guarantee, with the deltas. */
export function buildScenarios(
  dataset: Dataset,
  baseline: Assessment | undefined,
  scenarios: readonly Assessment[] | undefined,
): BriefingScenario[] {
  if (!baseline || !scenarios) return [];
  return scenarios.map((assessed) => {
    const id = assessed.scenarios[assessed.scenarios.length - 1] ?? '';
    const scenario = dataset.scenarios.find((s) => s.id === id);
    const rows = assessed.guarantees.flatMap((g) => {
      const base = baseline.guarantees.find((b) => b.guarantee === g.guarantee);
      if (!base) return [];
      return [
        {
          guarantee: g.guarantee,
          name: clean(g.name),
          baseline: base.credibility,
          scenario: g.credibility,
          delta: g.credibility.point - base.credibility.point,
          viabilityDelta: g.viability.point - base.viability.point,
        },
      ];
    });
    return {
      scenario: id,
      name: clean(scenario?.name ?? id),
      ...(scenario?.description ? { description: clean(scenario.description) } : {}),
      rows,
    };
  });
}
