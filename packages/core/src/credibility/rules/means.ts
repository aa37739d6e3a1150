import { add, exactly } from '../range.js';
import { type CredibilityRule, defineRule } from '../rule.js';
import type { ScoreRange } from '../types.js';
import { guarantorLabel, realGuarantors } from '../view.js';
import { legalForm, obligationType, triggerClock } from './commitment.js';

/**
 * Means before paper: a strong text without the means to act fails; a loose text backed by
 * forces within reach holds (Mearsheimer 1983; Huth 1988). The obligation, legal form and
 * trigger keep their points (commitment.obligation-type, .legal-form, .trigger); this rule
 * takes back up to three quarters of them by the share of guarantors without the means to
 * honour them. Obligations and forces stay apart: a recorded force never makes the text stop
 * counting, it only decides how much of the text is backed.
 */

/** The most of the text's points a guarantee without any means loses. */
export const MEANS_DISCOUNT = 0.75;

type Means = { low: number; point: number; high: number };

/**
 * One guarantor's means, 0–1: none once defeated or without the means to act (meansLost);
 * where the local balance is recorded, full with forces in theatre or within reach, none with
 * a recorded zero, unknown (0–1) when the balance does not list it; full otherwise (no balance
 * on record: the capability rules weigh the forces).
 */
function guarantorMeans(view: Parameters<CredibilityRule['evaluate']>[0], id: string): Means {
  if (view.ground.actors.get(id)?.meansLost) return { low: 0, point: 0, high: 0 };
  const balance = view.ground.balance;
  if (!balance.adversary) return { low: 1, point: 1, high: 1 };
  const forces = balance.guarantors.find((g) => g.guarantor === id);
  if (!forces) return { low: 0, point: 0.5, high: 1 };
  const some = forces.inTheatre.high + forces.arriving.high > 0;
  return some ? { low: 1, point: 1, high: 1 } : { low: 0, point: 0, high: 0 };
}

export const meansToHonour = defineRule(
  {
    id: 'commitment.means-to-honour',
    title: 'The text discounted by the means to honour it',
    factor: 'commitment',
    kind: 'points',
    rationale: `The obligation, legal form and trigger points count in full only for guarantors with the means to act: up to ${MEANS_DISCOUNT * 100}% of them is taken back by the share of guarantors that were defeated or lost the means to act (meansLost), or — where the local balance is recorded — that have no forces in theatre or within reach (a guarantor the balance does not list counts as unknown). Without a recorded balance or loss, nothing is taken back.`,
    cites: ['mearsheimer1983', 'huth1988', 'chibaJohnsonLeeds2015'],
    inputs: [
      'guarantors.meansLost',
      'guarantee.balance[party=guarantor]',
      'guarantee.obligation',
      'guarantee.legalForm',
    ],
    effect: `0 to −${MEANS_DISCOUNT * 100}% of the text's points`,
  },
  (view, fire) => {
    const guarantors = realGuarantors(view);
    if (guarantors.length === 0) return undefined;
    const means = guarantors.map((id) => ({ id, ...guarantorMeans(view, id) }));
    const mean = (k: keyof Means) => means.reduce((s, m) => s + m[k], 0) / means.length;
    const m: Means = { low: mean('low'), point: mean('point'), high: mean('high') };
    if (m.low === 1) return undefined;
    const text: ScoreRange = add(
      ...[obligationType, legalForm, triggerClock].flatMap((r) => r.evaluate(view, false).map((f) => f.effect)),
    );
    const effect: ScoreRange = {
      low: -MEANS_DISCOUNT * text.high * (1 - m.low),
      point: -MEANS_DISCOUNT * text.point * (1 - m.point),
      high: -MEANS_DISCOUNT * text.low * (1 - m.high),
    };
    const without = means.filter((x) => x.high === 0).map((x) => guarantorLabel(view, x.id));
    const unknown = means.filter((x) => x.low < x.high).map((x) => guarantorLabel(view, x.id));
    return fire(
      m.low === m.high ? exactly(effect.point) : effect,
      () => ({ guarantors: guarantors.length, withoutMeans: without.length, meansUnknown: unknown.length }),
      () =>
        `${without.length ? `Without the means to act: ${without.join(', ')}. ` : ''}${unknown.length ? `Forces within reach not on record: ${unknown.join(', ')}.` : ''}`.trim(),
    );
  },
);

export const MEANS_RULES: CredibilityRule[] = [meansToHonour];
