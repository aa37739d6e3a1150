import type { Condition, ConditionKind } from '../../model/guarantee.js';
import type { Stance } from '../../model/position.js';
import { between, exactly } from '../range.js';
import { type CredibilityRule, defineRule } from '../rule.js';
import { conditionStatus, guarantorLabel, isLive } from '../view.js';

/**
 * Viability, kept apart from deterrent credibility: will the arrangement exist at all? It
 * starts at 100 and loses points for conditions not (yet) met and for the adversary's
 * opposition. Narrow, clear conditions — a scope, a place — do not weaken a commitment
 * within that scope (Leeds, Long & Mitchell 2000: specific promises are kept); conditions
 * that others must fulfil do. The adversary's rejection bears on whether the guarantee comes
 * into being, not on whether it would be believed once in place — so it lives here, never in
 * the credibility factors. Once a guarantee is signed, the adversary's stance weighs half.
 *
 * Points: conditions −15 to −40 each when unmet (a range when unknown); guarantors' own
 * conditions the same times their share, to −30 in all; the adversary's stance up to −30;
 * nothing live left −50.
 */

export const CONDITION_PENALTY: Record<ConditionKind, number> = {
  ceasefire: 30,
  'third-party-backstop': 30,
  'parliamentary-approval': 15,
  'un-mandate': 25,
  'adversary-consent': 40,
  scope: 0,
  other: 15,
};
export const STANCE_PENALTY: Record<Stance, number> = {
  supports: 0,
  conditional: 5,
  opposes: 15,
  rejects: 30,
  'demands-veto': 30,
};
const NOTHING_LIVE = 50;
const GUARANTOR_CONDITIONS_MAX = 30;

const conditionPenalty = (status: Condition['status'], p: number) =>
  status === 'met' ? exactly(0) : status === 'unmet' ? exactly(-p) : between(-p, 0);

export const conditionsMet = defineRule(
  {
    id: 'viability.conditions',
    title: 'Conditions met, unmet or unknown',
    factor: 'viability',
    kind: 'points',
    rationale:
      "Each condition of the guarantee that is unmet costs its weight — adversary's consent 40, ceasefire 30, third-party backstop 30, UN mandate 25, parliamentary approval 15, other 15, a narrow scope 0 — an unknown one a range from that to nothing, a met one nothing. A third-party backstop reads its party's status (met once the party has pledged forces to the same beneficiary against the same adversary).",
    cites: ['leedsLongMitchell2000', 'atop2002'],
    inputs: ['guarantee.conditions.kind', 'guarantee.conditions.status'],
    effect: '−40 to 0 points per condition',
  },
  (view, fire) =>
    (view.guarantee.conditions ?? [])
      .filter((c) => CONDITION_PENALTY[c.kind] > 0)
      .map((c) => {
        const status = conditionStatus(view, c);
        return fire(
          conditionPenalty(status, CONDITION_PENALTY[c.kind]),
          () => ({ condition: c.id, kind: c.kind, status }),
          () => `${status[0]!.toUpperCase()}${status.slice(1)}: ${c.description.trim()}`,
          { condition: c.id },
        );
      }),
);

/** A guarantor's condition already weighed in full as one of the guarantee's own: same kind, same party. */
function coveredByGuarantee(guaranteeConditions: readonly Condition[], c: Condition): boolean {
  return guaranteeConditions.some((g) => g.kind === c.kind && (g.party ?? '') === (c.party ?? ''));
}

export const guarantorConditions = defineRule(
  {
    id: 'viability.guarantor-conditions',
    title: "Guarantors' own conditions",
    factor: 'viability',
    kind: 'points',
    rationale:
      "A guarantor that ties its own part to a condition — a vote in its parliament, a ceasefire, a mandate — has not yet made the commitment it offers: states keep the specific promises they make, on the terms they set (Leeds, Long & Mitchell 2000), and a legislature's vote is the step that makes a democracy's commitment (Martin 2000). Each condition on an engaged guarantor's live commitments costs what the same condition costs a guarantee (viability.conditions; unknown gives a range, met nothing), times that guarantor's share of the engaged guarantors, to −30 in all. A condition the guarantee itself carries (same kind and party) is weighed there, not twice.",
    cites: ['leedsLongMitchell2000', 'martin2000'],
    inputs: ['commitments.conditions.kind', 'commitments.conditions.status', 'commitments.status'],
    effect: `−${GUARANTOR_CONDITIONS_MAX} to 0 points`,
  },
  (view, fire) => {
    const own = view.guarantee.conditions ?? [];
    const engagement = view.ground.engagement;
    const engaged = Math.max(1, [...engagement.values()].filter((w) => w > 0).length);
    const byGuarantor = new Map<string, Map<string, Condition>>();
    for (const state of view.commitments) {
      const guarantor = state.commitment.guarantor;
      if (!isLive(state) || !(engagement.get(guarantor)! > 0)) continue;
      for (const c of state.commitment.conditions ?? []) {
        if (CONDITION_PENALTY[c.kind] === 0 || coveredByGuarantee(own, c)) continue;
        const conditions = byGuarantor.get(guarantor) ?? new Map<string, Condition>();
        conditions.set(c.id, c);
        byGuarantor.set(guarantor, conditions);
      }
    }
    if (byGuarantor.size === 0) return undefined;
    let low = 0;
    let high = 0;
    const named: string[] = [];
    for (const [guarantor, conditions] of byGuarantor) {
      for (const c of conditions.values()) {
        const status = conditionStatus(view, c);
        const effect = conditionPenalty(status, CONDITION_PENALTY[c.kind]);
        low += effect.low / engaged;
        high += effect.high / engaged;
        named.push(`${guarantorLabel(view, guarantor)}: ${c.description.trim().replace(/\.$/, '')} (${status})`);
      }
    }
    return fire(
      between(Math.max(-GUARANTOR_CONDITIONS_MAX, low), Math.max(-GUARANTOR_CONDITIONS_MAX, high)),
      () => ({ guarantorsWithConditions: byGuarantor.size, engagedGuarantors: engaged }),
      () =>
        `Guarantors' own conditions, each weighed by the guarantor's share of ${engaged} engaged: ${named.join('; ')}.`,
    );
  },
);

export const adversaryStance = defineRule(
  {
    id: 'viability.adversary-stance',
    title: "The adversary's stance",
    factor: 'viability',
    kind: 'points',
    rationale:
      "The adversary's most hostile stated stance on the guarantee or one of its conditions: rejects or demands a veto −30, opposes −15, conditional −5. It can block a guarantee that needs a peace deal to exist; once the guarantee is signed it weighs half. It never lowers deterrent credibility.",
    cites: ['leeds2003', 'press2005'],
    inputs: ['positions[actor=adversary].stance', 'guarantee.signed'],
    effect: '−30 to 0 points',
  },
  (view, fire) => {
    const adversary = view.guarantee.adversary;
    let worst: { stance: Stance; position: string } | undefined;
    for (const p of view.positions) {
      if (p.position.actor !== adversary || p.stance === undefined) continue;
      if (!worst || STANCE_PENALTY[p.stance] > STANCE_PENALTY[worst.stance])
        worst = { stance: p.stance, position: p.position.id };
    }
    if (!worst) return undefined;
    const inForce = view.ground.signed;
    const penalty = STANCE_PENALTY[worst.stance] * (inForce ? 0.5 : 1);
    return fire(
      exactly(-penalty),
      () => ({ stance: worst.stance, signed: inForce }),
      () =>
        `The adversary ${worst.stance === 'demands-veto' ? 'demands a veto' : worst.stance}${inForce ? ' (the guarantee is already signed)' : ''}.`,
      { position: worst.position, actor: adversary },
    );
  },
);

export const nothingLive = defineRule(
  {
    id: 'viability.nothing-live',
    title: 'No live commitment left',
    factor: 'viability',
    kind: 'points',
    rationale:
      'A guarantee whose commitments on record have all been declined, ruled out, withdrawn or lapsed exists on paper only: −50.',
    cites: ['leedsLongMitchell2000'],
    inputs: ['commitments.status'],
    effect: `−${NOTHING_LIVE} or 0 points`,
  },
  (view, fire) => {
    const onRecord = view.commitments.filter((s) => s.status !== undefined);
    if (onRecord.length === 0 || onRecord.some(isLive)) return undefined;
    return fire(
      exactly(-NOTHING_LIVE),
      () => ({ commitmentsOnRecord: onRecord.length }),
      'Every commitment on record has been dropped.',
    );
  },
);

export const VIABILITY_RULES: CredibilityRule[] = [conditionsMet, guarantorConditions, adversaryStance, nothingLive];
