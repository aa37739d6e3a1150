import type { Commitment } from '../model/commitment.js';
import type { Id } from '../model/common.js';
import type { Guarantee } from '../model/guarantee.js';
import { type GuaranteeInputs, realGuarantors, statusWeight } from './view.js';

/** How far each guarantor is engaged: derived once per view (ground.ts), read by the rules as `view.ground.engagement`. */

/**
 * How much a signed text engages each of its guarantors by itself: fully, whatever its legal form.
 * How far the form ties hands (Fearon 1997) is counted once, in commitment.legal-form
 * (LEGAL_FORM_POINTS), and discounted by the means in commitment.means-to-honour. Weighting
 * engagement by the form as well (it was 1 / 0.8 / 0.6 / 0.5 / 0.35) counted the same fact again in
 * cohesion.share-committed and capability.reinforcement-depth — a form binds every signatory alike,
 * so it cannot divide them. Kept per form so the backtest's sensitivity sweep (backtest/sweep.ts)
 * can try the alternatives.
 */
export const TEXT_ENGAGEMENT: Record<Guarantee['legalForm'], number> = {
  'ratified-treaty': 1,
  'binding-agreement': 1,
  'executive-agreement': 1,
  'political-declaration': 1,
  statement: 1,
  unknown: 1,
};

/** How much a commitment engages its guarantor, by what it commits. */
export const CAPABILITY_ENGAGEMENT: Record<Commitment['capability'], number> = {
  'ground-forces': 1,
  'air-power': 1,
  'air-defence': 1,
  naval: 1,
  isr: 0.75,
  logistics: 0.75,
  command: 0.75,
  training: 0.5,
  weapons: 0.5,
  financing: 0.5,
  monitoring: 0.5,
  sanctions: 0.35,
  diplomatic: 0.35,
};

/**
 * Each guarantor's engagement, 0–1. A guarantee signed by the date binds every listed guarantor
 * by its text (a treaty such as NATO's Article 5; TEXT_ENGAGEMENT), whatever its commitments say — a recorded force or one withdrawn entry
 * never makes the text stop counting; a commitment further along counts where it is more. Otherwise (not
 * signed, or not yet), the furthest status among its live commitments, times what the
 * commitment is: combat forces count in full, enablers three quarters, training, weapons,
 * money or monitoring half, sanctions and diplomacy a third — a few trainers are not full
 * commitment (Reiter & Poast 2021). Nothing on record is not engagement.
 */
export function guarantorEngagement(inputs: GuaranteeInputs, signed: boolean): Map<Id, number> {
  const engagement = new Map<Id, number>();
  const lent = inputs.lentBy ?? new Set<Id>();
  const onRecord = inputs.commitments.filter((s) => s.status !== undefined);
  // A backstop's lent forces do not turn a treaty's text-bound guarantors into uncommitted ones.
  const text = signed ? TEXT_ENGAGEMENT[inputs.guarantee.legalForm] : 0;
  for (const id of realGuarantors(inputs)) if (!lent.has(id)) engagement.set(id, text);
  for (const state of onRecord) {
    const id = state.commitment.guarantor;
    if (id === inputs.guarantee.adversary) continue;
    const weight = statusWeight(state) * CAPABILITY_ENGAGEMENT[state.commitment.capability];
    engagement.set(id, Math.max(engagement.get(id) ?? 0, weight));
  }
  return engagement;
}
