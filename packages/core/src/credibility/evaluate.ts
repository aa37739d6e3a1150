import { FACTORS, type Factor } from '../model/profile.js';
import { CREDIBILITY_RULES } from './catalogue.js';
import { normalisedWeights } from './profiles.js';
import { add, clampScore, exactly, minRange, scale, subtract } from './range.js';
import type { CredibilityRule } from './rule.js';
import type { FactorAssessment, RuleFiring, ScoreRange } from './types.js';
import type { GuaranteeView } from './view.js';

/**
 * One guarantee, one reading of the data: run every rule, sum each factor's points (clamped
 * to 0–100), weight the factors by the profile, apply the ceilings; viability starts at 100
 * and the viability rules subtract. Unknown inputs arrive as ranges and stay ranges.
 *
 * Summing rules' ranges treats their unknowns as independent. When one unknown feeds two
 * rules the sum can be wider than the truth, never narrower: the range is conservative.
 *
 * A met third-party backstop lends its forces: the capability and commitment rules read the
 * view with them counted (the view's lent readings, derived with it: ground.ts). While a backstop is unknown those rules run with and
 * without its forces, and each firing spans both readings, the point halfway — the same
 * treatment as any other unknown input.
 */
export interface GuaranteeEvaluation {
  credibility: ScoreRange;
  viability: ScoreRange;
  factors: FactorAssessment[];
  viabilityReasons: RuleFiring[];
  ceilings: RuleFiring[];
}

export const VIABILITY_START = 100;

/**
 * `scoresOnly`: the factor scores, credibility, viability and ceilings' effects are the same,
 * but the firings carry no inputs or explanation (rule.ts) — for readings whose words are never
 * shown (an open question's answers, the joint pulls).
 */
export function evaluateGuarantee(view: GuaranteeView, scoresOnly = false): GuaranteeEvaluation {
  const byFactor = new Map<Factor, RuleFiring[]>(FACTORS.map((f) => [f, []]));
  const viabilityReasons: RuleFiring[] = [];
  const ceilingFirings: RuleFiring[] = [];
  const readBackstop = backstopReader(view, !scoresOnly);
  for (const rule of CREDIBILITY_RULES) {
    const firings = readBackstop(rule);
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

/** Factors whose rules count a met backstop's forces: "those forces count toward capability and commitment". */
const LENT_TO: ReadonlySet<CredibilityRule['factor']> = new Set(['capability', 'commitment']);

function backstopReader(view: GuaranteeView, detail: boolean): (rule: CredibilityRule) => RuleFiring[] {
  const sure = view.ground.lent?.sure ?? view;
  const best = view.ground.lent?.best ?? view;
  return (rule) => {
    if (rule.kind !== 'points' || !LENT_TO.has(rule.factor)) return rule.evaluate(view, detail);
    const worst = rule.evaluate(sure, detail);
    if (best === sure) return worst;
    const better = rule.evaluate(best, detail);
    return worst.map((w, i) => {
      const b = better[i];
      if (!b || b.rule !== w.rule) return w;
      // The words and inputs are the sure reading's; capability.backstop-forces says what the
      // best case adds.
      return {
        ...w,
        effect: {
          low: Math.min(w.effect.low, b.effect.low),
          point: (w.effect.point + b.effect.point) / 2,
          high: Math.max(w.effect.high, b.effect.high),
        },
      };
    });
  };
}
