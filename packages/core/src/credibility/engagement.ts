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

/**
 * How far a signed text puts its guarantors' means behind the beneficiary, by what it obliges them
 * to do (ATOP's obligation types, Leeds et al. 2002): engagement is about means, not paper. A
 * defence obligation, or a guarantee to defend the beneficiary's neutrality, obliges each guarantor
 * to fight: its armed forces are within the promise (1). An assistance obligation obliges help of
 * the guarantor's choosing, which may or may not be military: half, as weapons, training or money
 * count half among commitments (CAPABILITY_ENGAGEMENT). Consultation, non-aggression, neutrality and
 * an assurance oblige no use of force and put no personnel within reach (0): such a guarantor is
 * engaged only by what it has committed on record. An unknown obligation counts half. This is not
 * the obligation's strength counted again (commitment.obligation-type prices how much the promise
 * ties hands); it is which guarantors' forces the promise reaches, read by
 * capability.reinforcement-depth and cohesion.share-committed.
 */
export const OBLIGATION_ENGAGEMENT: Record<Guarantee['obligation'], number> = {
  defence: 1,
  'guarantee-of-neutrality': 1,
  assistance: 0.5,
  consultation: 0,
  'non-aggression': 0,
  neutrality: 0,
  assurance: 0,
  unknown: 0.5,
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
 * Each guarantor's engagement, 0–1. A guarantee signed by the date engages every listed guarantor
 * as far as its text obliges it to use its means (OBLIGATION_ENGAGEMENT: a defence treaty such as
 * NATO's Article 5 fully, a consultation text not at all), whatever its commitments say — a recorded force or one withdrawn entry
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
  const guarantee = inputs.guarantee;
  const text = signed ? TEXT_ENGAGEMENT[guarantee.legalForm] * OBLIGATION_ENGAGEMENT[guarantee.obligation] : 0;
  for (const id of realGuarantors(inputs)) if (!lent.has(id)) engagement.set(id, text);
  for (const state of onRecord) {
    const id = state.commitment.guarantor;
    if (id === inputs.guarantee.adversary) continue;
    const weight = statusWeight(state) * CAPABILITY_ENGAGEMENT[state.commitment.capability];
    engagement.set(id, Math.max(engagement.get(id) ?? 0, weight));
  }
  return engagement;
}
