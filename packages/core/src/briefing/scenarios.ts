import { pairAssessments } from '../credibility/compare.js';
import type { Assessment, ScoreRange } from '../credibility/types.js';
import type { Dataset } from '../model/dataset.js';
import { shortLabel } from '../wording/labels.js';
import type { BriefingScenario } from './types.js';
import { clean } from './wording.js';

/** How far each point moves from one reading to another: credibility (`delta`) and viability. */
export function pointMoves(
  from: { credibility: ScoreRange; viability: ScoreRange },
  to: { credibility: ScoreRange; viability: ScoreRange },
): { delta: number; viabilityDelta: number } {
  return {
    delta: to.credibility.point - from.credibility.point,
    viabilityDelta: to.viability.point - from.viability.point,
  };
}

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
    const rows = pairAssessments(baseline, assessed).flatMap(({ before: base, after: g }) => {
      const moves = pointMoves(base, g);
      if (Math.round(moves.delta) === 0 && Math.round(moves.viabilityDelta) === 0) return [];
      const name = clean(shortLabel(g));
      return [{ guarantee: g.guarantee, name, baseline: base.credibility, scenario: g.credibility, ...moves }];
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
