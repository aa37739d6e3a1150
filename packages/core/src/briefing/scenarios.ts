import type { Assessment } from '../credibility/types.js';
import type { Dataset } from '../model/dataset.js';
import { shortLabel } from '../wording/labels.js';
import type { BriefingScenario } from './types.js';
import { clean } from './wording.js';

/**
 * The selected scenarios beside the baseline, only the guarantees each one moves (by a whole
 * point or more, in credibility or viability); scenarios that move nothing are named, not tabled.
 */
export function buildScenarios(
  dataset: Dataset,
  baseline: Assessment | undefined,
  scenarios: readonly Assessment[] | undefined,
): { changing: BriefingScenario[]; unchanged: string[] } {
  if (!baseline || !scenarios) return { changing: [], unchanged: [] };
  const changing: BriefingScenario[] = [];
  const unchanged: string[] = [];
  for (const assessed of scenarios) {
    const id = assessed.scenarios[assessed.scenarios.length - 1] ?? '';
    const scenario = dataset.scenarios.find((s) => s.id === id);
    const name = clean(scenario?.name ?? id);
    const rows = assessed.guarantees.flatMap((g) => {
      const base = baseline.guarantees.find((b) => b.guarantee === g.guarantee);
      if (!base) return [];
      const delta = g.credibility.point - base.credibility.point;
      const viabilityDelta = g.viability.point - base.viability.point;
      if (Math.round(delta) === 0 && Math.round(viabilityDelta) === 0) return [];
      return [
        {
          guarantee: g.guarantee,
          name: clean(shortLabel(g)),
          baseline: base.credibility,
          scenario: g.credibility,
          delta,
          viabilityDelta,
        },
      ];
    });
    if (rows.length === 0) unchanged.push(name);
    else
      changing.push({
        scenario: id,
        name,
        ...(scenario?.description ? { description: clean(scenario.description) } : {}),
        rows,
      });
  }
  return { changing, unchanged };
}
