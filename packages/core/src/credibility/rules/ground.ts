import type { BreachResponse } from '../../model/balance.js';
import type { Id } from '../../model/common.js';
import type { Condition } from '../../model/guarantee.js';
import { between, exactly } from '../range.js';
import { type CredibilityRule, defineRule, formatNumber } from '../rule.js';
import { conditionStatus, type ForceRange, type GuaranteeView, guarantorLabel, realGuarantors } from '../view.js';

/**
 * What stands on the ground and what happened since the guarantee was given (ground.ts):
 * the local balance decides whether the adversary can expect a quick, cheap victory
 * (Mearsheimer 1983; Huth 1988); an adversary that breached this guarantee and met no
 * forceful answer has learnt what it is worth, and a guarantor's own disclaimers tell it the
 * same (Press 2005; Fearon 1997); a beneficiary outside the guarantee's scope is not covered.
 *
 * Points: local balance 0–65 (in place of the ground-balance and depth rules when the
 * adversary's forces in theatre are recorded); breaches −35 each by how little they were
 * answered, to −50; hedges −20 to −5 each, to −35. Ceiling: out of scope caps credibility at 0.
 */

export const LOCAL_BALANCE_MAX = 65;
/** Defenders per attacker at which the local balance counts nothing (a tenth) and in full (parity). */
const BALANCE_FLOOR = 0.1;
const BALANCE_FULL = 1;

function balancePoints(ratio: number): number {
  if (!(ratio > BALANCE_FLOOR)) return 0;
  if (ratio >= BALANCE_FULL) return LOCAL_BALANCE_MAX;
  return (LOCAL_BALANCE_MAX * Math.log10(ratio / BALANCE_FLOOR)) / Math.log10(BALANCE_FULL / BALANCE_FLOOR);
}

export const localBalanceRule = defineRule(
  {
    id: 'capability.local-balance',
    title: 'The local balance: can the adversary expect a quick victory?',
    factor: 'capability',
    kind: 'points',
    rationale:
      "Where the data records the adversary's forces in theatre (guarantee.balance), the defenders — the beneficiary's own forces, the guarantors' forces in theatre, and their forces within reach discounted by the days to bring them (30 / (30 + days): a month away counts half) — are set against them. On a log scale: a tenth of the adversary's strength adds nothing, parity the full 65 points. A weakly sourced estimate spans half its minimum to half again its maximum. The beneficiary's own forces, when the data does not record them, are unknown, not zero: the best case is open (the full 65) and the point halfway between the reading without them and the best case. It replaces the ground-balance and depth rules for that guarantee; without the adversary's figure it does not fire.",
    cites: ['mearsheimer1983', 'huth1988', 'huthRussett1984'],
    inputs: [
      'guarantee.balance[party=beneficiary]',
      'guarantee.balance[party=adversary]',
      'guarantee.balance[party=guarantor].posture',
      'guarantee.balance.days',
      'guarantors.meansLost',
    ],
    effect: `0 to +${LOCAL_BALANCE_MAX} points`,
  },
  (view, fire) => {
    const balance = view.ground.balance;
    const adversary = balance.adversary;
    if (!adversary) return undefined;
    // The beneficiary's own forces not on record are unknown, not zero: its best case is open.
    const beneficiaryUnknown = balance.beneficiary === undefined;
    let defenders: ForceRange = balance.beneficiary ?? { low: 0, mid: 0, high: 0 };
    for (const g of balance.guarantors)
      defenders = {
        low: defenders.low + g.inTheatre.low + g.arriving.low,
        mid: defenders.mid + g.inTheatre.mid + g.arriving.mid,
        high: defenders.high + g.inTheatre.high + g.arriving.high,
      };
    const div = (a: number, b: number) => (a === 0 ? 0 : b === 0 ? Number.POSITIVE_INFINITY : a / b);
    const low = balancePoints(div(defenders.low, adversary.high));
    const high = beneficiaryUnknown ? LOCAL_BALANCE_MAX : balancePoints(div(defenders.high, adversary.low));
    const recorded = Math.min(high, Math.max(low, balancePoints(div(defenders.mid, adversary.mid))));
    const point = beneficiaryUnknown ? (recorded + high) / 2 : recorded;
    return fire(
      between(low, high, point),
      () => ({
        defendersInTroops: Math.round(defenders.mid),
        adversaryInTroops: Math.round(adversary.mid),
        guarantorsWithForces: balance.guarantors.length,
        beneficiaryForces: beneficiaryUnknown ? 'unknown' : Math.round(balance.beneficiary!.mid),
      }),
      () =>
        beneficiaryUnknown
          ? `The beneficiary's own forces are not on record (unknown, not zero); the guarantors' in or within reach, discounted by time, are about ${formatNumber(defenders.mid)} against about ${formatNumber(adversary.mid)} of the adversary's in theatre.`
          : `About ${formatNumber(defenders.mid)} defenders (the beneficiary's own and the guarantors' in or within reach, discounted by time) against about ${formatNumber(adversary.mid)} of the adversary's in theatre: ${(defenders.mid / Math.max(1, adversary.mid)).toFixed(2)} to 1.`,
    );
  },
);

/** How far each answer to a breach goes toward enforcing the guarantee. */
export const BREACH_ANSWER: Record<BreachResponse, number> = {
  fought: 1,
  'military-aid': 0.5,
  sanctions: 0.25,
  protest: 0.1,
  nothing: 0,
};
const BREACH_POINTS = 35;
const BREACH_MAX = 50;

export const breachRecord = defineRule(
  {
    id: 'resolve.breach-unanswered',
    title: 'The adversary has breached this guarantee before',
    factor: 'resolve',
    kind: 'points',
    rationale:
      'An adversary that violated this very guarantee and met no forceful answer has learnt what the promise is worth: each breach on record costs 35 points times how little it was answered — by the best answer of any guarantor: fought 1, military aid 0.5, sanctions 0.25, protest 0.1, nothing 0 — to −50 in all. A guarantor whose answer is not on record is unknown, not silent: while any is missing, the breach spans the answers on record to answered by force. Unlike a record against other adversaries (resolve.record), this is the same promise, the same adversary.',
    cites: ['press2005', 'huth1988', 'fearon1997'],
    inputs: ['guarantee.breaches.date', 'guarantee.breaches.responses.response'],
    effect: `−${BREACH_MAX} to 0 points`,
  },
  (view, fire) => {
    const breaches = view.ground.breaches;
    if (breaches.length === 0) return undefined;
    let low = 0;
    let high = 0;
    const words: string[] = [];
    for (const b of breaches) {
      const responses = b.responses;
      const best = responses.length ? Math.max(...responses.map((r) => BREACH_ANSWER[r.response])) : undefined;
      low -= BREACH_POINTS * (1 - (best ?? 0));
      // A guarantor whose answer is not on record is unknown: it may have fought.
      high -= BREACH_POINTS * (1 - (unanswered(view, b).length > 0 ? 1 : (best ?? 1)));
      words.push(
        `${b.date}: ${b.description.trim()} — answered: ${responses.length ? responses.map((r) => `${guarantorLabel(view, r.guarantor)} ${r.response}`).join(', ') : 'not on record'}`,
      );
    }
    return fire(
      between(Math.max(-BREACH_MAX, low), Math.max(-BREACH_MAX, high)),
      () => ({ breaches: breaches.length }),
      () => `Breached before: ${words.join('; ')}.`,
    );
  },
);

const HEDGE_POINTS = { disclaims: { public: 20, private: 15 }, limits: { public: 8, private: 5 } } as const;
const HEDGE_MAX = 35;

export const hedgeRecord = defineRule(
  {
    id: 'resolve.hedges',
    title: 'Hedges: the guarantors limit their own promise',
    factor: 'resolve',
    kind: 'points',
    rationale:
      "A guarantor's own statement that it would not enforce the guarantee by force (disclaims) or only in narrower cases (limits) tells the adversary what a costly signal would have hidden: public disclaimers −20 (private −15), limits −8 (private −5); an ally's statement half that; −35 in all at most.",
    cites: ['fearon1997', 'press2005'],
    inputs: ['guarantee.hedges.kind', 'guarantee.hedges.visibility', 'guarantee.hedges.actor'],
    effect: `−${HEDGE_MAX} to 0 points`,
  },
  (view, fire) => {
    const hedges = view.ground.hedges;
    if (hedges.length === 0) return undefined;
    const guarantors = new Set<Id>(realGuarantors(view));
    let points = 0;
    for (const h of hedges) points += HEDGE_POINTS[h.kind][h.visibility] * (guarantors.has(h.actor) ? 1 : 0.5);
    return fire(
      exactly(-Math.min(HEDGE_MAX, points)),
      () => ({ hedges: hedges.length }),
      () =>
        `Hedged: ${hedges.map((h) => `${h.date} ${guarantorLabel(view, h.actor)} (${h.visibility}, ${h.kind}): ${h.description.trim()}`).join('; ')}.`,
    );
  },
);

/** A scope condition on who is covered (not one narrowing the cases of a clause). */
const limitsBeneficiary = (c: Condition) => c.kind === 'scope' && (c.limits ?? 'beneficiary') === 'beneficiary';

export const outOfScope = defineRule(
  {
    id: 'commitment.out-of-scope',
    title: 'The beneficiary is outside the guarantee’s scope',
    factor: 'commitment',
    kind: 'ceiling',
    ceiling: 0,
    rationale:
      'A scope condition on who is covered that the beneficiary does not meet (NATO’s Article 5 covers its members only) means the guarantee does not cover it: whatever its text and forces, it promises the beneficiary nothing. Credibility is capped at 0 (and viability loses everything, viability.scope).',
    cites: ['leedsLongMitchell2000', 'atop2002'],
    inputs: ['guarantee.conditions[kind=scope].status', 'guarantee.conditions[kind=scope].limits'],
    effect: 'caps credibility at 0',
  },
  (view, fire) => {
    const out = (view.guarantee.conditions ?? []).find(
      (c) => limitsBeneficiary(c) && conditionStatus(view, c) === 'unmet',
    );
    if (!out) return undefined;
    return fire(
      exactly(0),
      () => ({ condition: out.id, status: 'unmet' }),
      () => `Not covered: ${out.description.trim()}`,
      { condition: out.id },
    );
  },
);

export const scopeViability = defineRule(
  {
    id: 'viability.scope',
    title: 'Covers the beneficiary at all',
    factor: 'viability',
    kind: 'points',
    rationale:
      'A guarantee whose scope leaves the beneficiary out does not exist for it: −100 when a scope condition on who is covered is unmet, −100 to 0 while it is unknown. A scope that only narrows the cases of one clause (limits: case) costs nothing here: narrow, clear conditions do not weaken a commitment within its scope.',
    cites: ['leedsLongMitchell2000'],
    inputs: ['guarantee.conditions[kind=scope].status'],
    effect: '−100 to 0 points',
  },
  (view, fire) =>
    (view.guarantee.conditions ?? [])
      .filter((c) => limitsBeneficiary(c) && conditionStatus(view, c) !== 'met')
      .map((c) => {
        const status = conditionStatus(view, c);
        return fire(
          status === 'unmet' ? exactly(-100) : between(-100, 0),
          () => ({ condition: c.id, status }),
          () => `${status === 'unmet' ? 'Outside the scope' : 'Scope unknown'}: ${c.description.trim()}`,
          { condition: c.id },
        );
      }),
);

/** The guarantors (the adversary aside) whose answer to this breach is not on record: unknown, not silent. */
function unanswered(view: GuaranteeView, breach: GuaranteeView['ground']['breaches'][number]): Id[] {
  const answered = new Set(breach.responses.map((r) => r.guarantor));
  return realGuarantors(view).filter((g) => !answered.has(g));
}

/** The most credibility a guarantee can have once this adversary breached it and no guarantor fought. */
export const BREACH_CEILING = 5;

export const breachCeiling = defineRule(
  {
    id: 'resolve.breach-ceiling',
    title: 'Breached and not enforced: no deterrent',
    factor: 'resolve',
    kind: 'ceiling',
    ceiling: BREACH_CEILING,
    rationale: `A guarantee this adversary has already breached, with no guarantor answering by force, has failed its deterrent test once before the adversary's eyes: whatever its text, the adversary knows what breaching it costs. Credibility is capped at ${BREACH_CEILING} until a breach is answered by force. The cap needs every guarantor's answer on record (the adversary, if it is among them, aside): a guarantor whose answer is not recorded is unknown, not silent (the model's convention), and one unknown guarantor that may have fought is enough to leave the test open, so such a breach caps nothing and spans both ends in resolve.breach-unanswered.`,
    cites: ['press2005', 'huth1988'],
    inputs: ['guarantee.breaches.date', 'guarantee.breaches.responses.response'],
    effect: `caps credibility at ${BREACH_CEILING}`,
  },
  (view, fire) => {
    const unenforced = view.ground.breaches.filter(
      (b) => unanswered(view, b).length === 0 && !b.responses.some((r) => r.response === 'fought'),
    );
    const last = unenforced.at(-1);
    if (!last) return undefined;
    return fire(
      exactly(BREACH_CEILING),
      () => ({ unenforcedBreaches: unenforced.length, lastBreach: last.date }),
      () => `Breached on ${last.date} and not enforced by force: ${last.description.trim()}`,
    );
  },
);

export const GROUND_CAPABILITY_RULES: CredibilityRule[] = [localBalanceRule];
export const GROUND_RESOLVE_RULES: CredibilityRule[] = [breachRecord, hedgeRecord];
export const SCOPE_RULES: CredibilityRule[] = [outOfScope, breachCeiling];
export const SCOPE_VIABILITY_RULES: CredibilityRule[] = [scopeViability];
