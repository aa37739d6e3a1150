import { knownValue } from '../../model/common.js';
import type { Condition, ConditionStatus } from '../../model/guarantee.js';
import { between, exactly } from '../range.js';
import { type CredibilityRule, defineRule } from '../rule.js';
import { conditionStatus, type GuaranteeView, guarantorLabel, isLive } from '../view.js';

/**
 * Cohesion: do the guarantors hang together? A multilateral guarantee is as believable as the
 * share of its guarantors who have really committed; states honour the specific promises
 * they made (Leeds, Long & Mitchell 2000), and a public refusal reveals a low interest
 * (Fearon 1997). Members that decline, hedge, or must keep their forces for their own border
 * with the adversary weaken it; so does dependence on a third party's backstop, which the
 * third party can withdraw (Press 2005: the adversary weighs the current calculus of the
 * one who would actually have to act). The weights are this project's judgment.
 *
 * Points: a floor of 40 for a guarantee offered at all plus 60 × the share fully committed;
 * declined −6 each (to −24); members bordering the adversary up to −12 by their share of the
 * engaged guarantors; third-party backstop −5 (met) to −40 (unmet); the adversary among the
 * guarantors −40.
 */

const DECLINED = 6;
const DECLINED_MAX = 24;
const FRONTLINE_MAX = 12;
const BACKSTOP_MET = 5;
const BACKSTOP_UNMET = 40;
const SHARE_FLOOR = 40;
const ADVERSARY_GUARANTOR = 40;

export const shareCommitted = defineRule(
  {
    id: 'cohesion.share-committed',
    title: 'Share of guarantors fully committed',
    factor: 'cohesion',
    kind: 'points',
    rationale:
      '40 for a guarantee with at least one engaged guarantor, plus 60 times the mean engagement over the listed guarantors: a signed text engages each signatory as far as it obliges it to use its means (defence or a guarantee of neutrality fully, assistance half, consultation, non-aggression, neutrality or an assurance not at all: a text that obliges no one to act commits no one), whatever its legal form (counted once, in commitment.legal-form); beyond the text, and before it is signed, a guarantor counts by its furthest live commitment: its status (proposed 0.1, under discussion 0.2, conditional 0.35, pledged 0.5, approved 0.65, deploying 0.8, deployed 1, declined 0) times what it commits (combat forces 1, enablers 0.75, training, weapons, money or monitoring 0.5, sanctions or diplomacy 0.35).',
    cites: ['leedsLongMitchell2000'],
    inputs: ['guarantee.guarantors', 'commitments.status'],
    effect: '0, or +40 to +100 points',
  },
  (view, fire) => {
    const engagement = view.ground.engagement;
    if (engagement.size === 0)
      return fire(exactly(0), () => ({ guarantors: 0 }), 'No guarantor other than the adversary.');
    const values = [...engagement.values()];
    const mean = values.reduce((s, w) => s + w, 0) / values.length;
    const full = values.filter((w) => w === 1).length;
    return fire(
      exactly(mean > 0 ? SHARE_FLOOR + (100 - SHARE_FLOOR) * mean : 0),
      () => ({ guarantors: values.length, fullyCommitted: full, meanEngagement: Math.round(mean * 100) / 100 }),
      () => `${full} of ${values.length} guarantor(s) fully committed; mean engagement ${Math.round(mean * 100)}%.`,
    );
  },
);

export const declinedMembers = defineRule(
  {
    id: 'cohesion.declined',
    title: 'Guarantors that declined or ruled out',
    factor: 'cohesion',
    kind: 'points',
    rationale:
      'A guarantor whose commitments were all declined, ruled out, withdrawn or lapsed, or whose stated stance on the guarantee is opposes or rejects, shows the adversary a division: −6 each, to −24.',
    cites: ['fearon1997', 'leedsLongMitchell2000'],
    inputs: ['commitments.status', 'positions[actor∈guarantors].stance'],
    effect: `−${DECLINED_MAX} to 0 points`,
  },
  (view, fire) => {
    const out = new Set<string>();
    const byGuarantor = new Map<string, { live: boolean; exited: boolean }>();
    for (const state of view.commitments) {
      if (state.status === undefined) continue;
      const entry = byGuarantor.get(state.commitment.guarantor) ?? { live: false, exited: false };
      if (isLive(state)) entry.live = true;
      else entry.exited = true;
      byGuarantor.set(state.commitment.guarantor, entry);
    }
    for (const [id, e] of byGuarantor) if (e.exited && !e.live && id !== view.guarantee.adversary) out.add(id);
    const guarantors = new Set(view.guarantee.guarantors);
    for (const p of view.positions) {
      if (guarantors.has(p.position.actor) && (p.stance === 'opposes' || p.stance === 'rejects')) {
        if (p.position.actor !== view.guarantee.adversary) out.add(p.position.actor);
      }
    }
    const names = [...out].sort().map((id) => guarantorLabel(view, id));
    return fire(
      exactly(-Math.min(DECLINED_MAX, DECLINED * out.size)),
      () => ({ declined: names.join(', ') || 'none' }),
      () => (out.size === 0 ? 'No guarantor has declined.' : `Declined or opposed: ${names.join(', ')}.`),
    );
  },
);

export const frontlineMembers = defineRule(
  {
    id: 'cohesion.frontline-members',
    title: 'Guarantors bordering the adversary',
    factor: 'cohesion',
    kind: 'points',
    rationale: `An engaged guarantor that itself borders the adversary must keep forces for its own defence and can contribute less abroad: −${FRONTLINE_MAX} times the share of the engaged guarantors that border it (−${FRONTLINE_MAX} when all do). A guarantor whose borders are unknown or not recorded counts as a range, from bordering to not.`,
    cites: ['press2005'],
    inputs: ['guarantors.landBorders'],
    effect: `−${FRONTLINE_MAX} to 0 points`,
  },
  (view, fire) => {
    let sure = 0;
    let maybe = 0;
    let engaged = 0;
    const names: string[] = [];
    for (const [id, weight] of view.ground.engagement) {
      if (weight === 0) continue;
      engaged++;
      const fact = view.actors.get(id)?.landBorders;
      const borders = knownValue(fact);
      if (borders?.includes(view.guarantee.adversary)) {
        sure++;
        names.push(guarantorLabel(view, id));
      } else if (borders === undefined) maybe++; // unknown, or not recorded: not "no border".
    }
    const n = Math.max(1, engaged);
    const worst = (-FRONTLINE_MAX * (sure + maybe)) / n;
    const best = (-FRONTLINE_MAX * sure) / n;
    return fire(
      between(worst, best, maybe === 0 ? best : undefined),
      () => ({ borderingAdversary: names.join(', ') || 'none', bordersUnknown: maybe }),
      () =>
        (sure === 0
          ? 'No engaged guarantor is known to border the adversary.'
          : `Bordering the adversary: ${names.join(', ')}.`) +
        (maybe > 0 ? ` Borders unknown for ${maybe} engaged guarantor(s).` : ''),
    );
  },
);

function backstopPenalty(status: ConditionStatus): [number, number] {
  if (status === 'met') return [-BACKSTOP_MET, -BACKSTOP_MET];
  if (status === 'unmet') return [-BACKSTOP_UNMET, -BACKSTOP_UNMET];
  return [-BACKSTOP_UNMET, -BACKSTOP_MET];
}

/** The worst of several conditions: the minimum of intervals is [min of lows, min of highs]. */
function worstOf(
  conditions: readonly Condition[],
  status: (c: Condition) => ConditionStatus,
): { range: [number, number]; condition: Condition } | undefined {
  if (conditions.length === 0) return undefined;
  const ranges = conditions.map((c) => ({ condition: c, range: backstopPenalty(status(c)) }));
  const low = Math.min(...ranges.map((r) => r.range[0]));
  const high = Math.min(...ranges.map((r) => r.range[1]));
  return { range: [low, high], condition: ranges.find((r) => r.range[1] === high)!.condition };
}

export const thirdPartyBackstop = defineRule(
  {
    id: 'cohesion.third-party-backstop',
    title: "Dependence on a third party's backstop",
    factor: 'cohesion',
    kind: 'points',
    rationale:
      "A guarantee conditional on a backstop from a third party depends on that party's choices: −5 when the backstop is in place, −40 when it is not, a range when it is unknown (the worst such condition of the guarantee counts). A guarantor whose own live commitment carries such a condition adds the same penalty times its share of the engaged guarantors. The total stops at −40. A backstop's status is its party's: met once a condition naming the party is met or the party has pledged forces to the same beneficiary against the same adversary, unmet once such a condition is unmet or the party has dropped them all.",
    cites: ['press2005', 'leedsLongMitchell2000'],
    inputs: [
      'guarantee.conditions[kind=third-party-backstop]',
      'commitments.conditions[kind=third-party-backstop]',
      'commitments[guarantor=party, same beneficiary and adversary].status',
    ],
    effect: `−${BACKSTOP_UNMET} to 0 points`,
  },
  (view, fire) => {
    const status = (c: Condition) => conditionStatus(view, c);
    const own = worstOf(
      (view.guarantee.conditions ?? []).filter((c) => c.kind === 'third-party-backstop'),
      status,
    );
    const byGuarantor = new Map<string, Condition[]>();
    for (const state of view.commitments) {
      if (!isLive(state)) continue;
      for (const c of state.commitment.conditions ?? []) {
        if (c.kind !== 'third-party-backstop') continue;
        byGuarantor.set(state.commitment.guarantor, [...(byGuarantor.get(state.commitment.guarantor) ?? []), c]);
      }
    }
    if (!own && byGuarantor.size === 0)
      return fire(exactly(0), () => ({ backstopConditions: 0 }), 'No dependence on a third-party backstop.');
    const engaged = Math.max(1, [...view.ground.engagement.values()].filter((w) => w > 0).length);
    let low = own?.range[0] ?? 0;
    let high = own?.range[1] ?? 0;
    for (const conditions of byGuarantor.values()) {
      const [lo, hi] = worstOf(conditions, status)!.range;
      low += lo / engaged;
      high += hi / engaged;
    }
    const shown = own?.condition ?? worstOf([...byGuarantor.values()].flat(), status)!.condition;
    const basis = view.ground.backstops.find((b) => b.party === shown.party)?.basis;
    return fire(
      between(Math.max(-BACKSTOP_UNMET, low), Math.max(-BACKSTOP_UNMET, high)),
      () => ({
        condition: shown.id,
        status: status(shown),
        guaranteeCondition: own !== undefined,
        guarantorsWithBackstopConditions: byGuarantor.size,
      }),
      () =>
        `Depends on a third-party backstop, ${status(shown)}${basis ? ` as ${basis}` : ''}${byGuarantor.size ? `; ${byGuarantor.size} guarantor(s) also tie their own part to one` : ''}. The condition: ${shown.description.trim()}`,
      { condition: shown.id },
    );
  },
);

export const adversaryAsGuarantor = defineRule(
  {
    id: 'cohesion.adversary-as-guarantor',
    title: 'The adversary is among the guarantors and can still block action',
    factor: 'cohesion',
    kind: 'points',
    rationale:
      "When the adversary itself is a guarantor and can still block the guarantors' action — a live veto: the guarantee's action runs through a UN mandate it can veto, needs its consent, or it demands a veto — the guarantee is divided against itself: −40 (Russia in the Budapest Memorandum, whose remedy is the Security Council). A signature alone, such as a predecessor state's of long ago, binds nothing and costs nothing.",
    cites: ['atop2002', 'fearon1997'],
    inputs: [
      'guarantee.guarantors',
      'guarantee.adversary',
      'guarantee.conditions[kind∈un-mandate,adversary-consent]',
      'positions[actor=adversary].stance',
    ],
    effect: `−${ADVERSARY_GUARANTOR} or 0 points`,
  },
  (view, fire) => {
    const g = view.guarantee;
    if (!g.guarantors.includes(g.adversary)) return undefined;
    const veto = liveVeto(view);
    return fire(
      exactly(veto ? -ADVERSARY_GUARANTOR : 0),
      () => ({ adversary: g.adversary, liveVeto: veto !== undefined }),
      () =>
        veto
          ? `${guarantorLabel(view, g.adversary)} is both a guarantor and the adversary, and can block action: ${veto}.`
          : `${guarantorLabel(view, g.adversary)} is listed as a guarantor but can block nothing on record: no cost.`,
      { actor: g.adversary },
    );
  },
);

/** How the adversary can still block the guarantors' action, in words; undefined when it cannot. */
function liveVeto(view: GuaranteeView): string | undefined {
  const g = view.guarantee;
  const condition = (g.conditions ?? []).find(
    (c) =>
      c.kind === 'adversary-consent' || (c.kind === 'un-mandate' && (c.party === undefined || c.party === g.adversary)),
  );
  if (condition) return condition.description.trim();
  const demand = view.positions.find((p) => p.position.actor === g.adversary && p.stance === 'demands-veto');
  return demand ? demand.position.summary.trim() : undefined;
}

export const COHESION_RULES: CredibilityRule[] = [
  shareCommitted,
  declinedMembers,
  frontlineMembers,
  thirdPartyBackstop,
  adversaryAsGuarantor,
];
