import { FACTORS, type Factor } from '../model/profile.js';
import { CREDIBILITY_RULES } from './catalogue.js';
import { normalisedWeights } from './profiles.js';
import { add, clampScore, exactly, minRange, scale, subtract } from './range.js';
import type { FactorAssessment, RuleFiring, ScoreRange } from './types.js';
import type { GuaranteeView } from './view.js';

/**
 * One guarantee, one reading of the data: run every rule, sum each factor's points (clamped
 * to 0–100), weight the factors by the profile, apply the ceilings; viability starts at 100
 * and the viability rules subtract. Unknown inputs arrive as ranges and stay ranges.
 *
 * Summing rules' ranges treats their unknowns as independent. When one unknown feeds two
 * rules the sum can be wider than the truth, never narrower: the range is conservative.
 */
export interface GuaranteeEvaluation {
  credibility: ScoreRange;
  viability: ScoreRange;
  factors: FactorAssessment[];
  viabilityReasons: RuleFiring[];
  ceilings: RuleFiring[];
}

export const VIABILITY_START = 100;

export function evaluateGuarantee(view: GuaranteeView): GuaranteeEvaluation {
  const byFactor = new Map<Factor, RuleFiring[]>(FACTORS.map((f) => [f, []]));
  const viabilityReasons: RuleFiring[] = [];
  const ceilingFirings: RuleFiring[] = [];
  for (const rule of CREDIBILITY_RULES) {
    const firings = rule.evaluate(view);
    if (rule.kind === 'ceiling') ceilingFirings.push(...firings);
    else if (rule.factor === 'viability') viabilityReasons.push(...firings);
    else byFactor.get(rule.factor)!.push(...firings);
  }
  const weights = normalisedWeights(view.profile);
  const factors: FactorAssessment[] = FACTORS.map((factor) => {
    const reasons = byFactor.get(factor)!;
    return {
      factor,
      weight: weights[factor],
      score: clampScore(add(...reasons.map((r) => r.effect))),
      reasons,
    };
  });
  const uncapped = clampScore(add(...factors.map((f) => scale(f.score, f.weight))));
  let credibility = uncapped;
  const ceilings = ceilingFirings.map((firing) => {
    const ceiling = firing.ceiling ?? 0;
    const capped = minRange(credibility, exactly(ceiling));
    // Points removed: min(c, x) − x falls as x rises, so the ends swap.
    const removed = subtract(capped, credibility);
    credibility = capped;
    return { ...firing, effect: { low: removed.high, point: removed.point, high: removed.low } };
  });
  const viability = clampScore(add(exactly(VIABILITY_START), ...viabilityReasons.map((r) => r.effect)));
  return { credibility, viability, factors, viabilityReasons, ceilings };
}
