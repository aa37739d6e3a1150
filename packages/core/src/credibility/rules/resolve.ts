import type { Actor, TIE_KINDS } from '../../model/actor.js';
import { type Id, knownValue } from '../../model/common.js';
import { between, exactly } from '../range.js';
import { type CredibilityRule, defineRule } from '../rule.js';
import { type GuaranteeView, isLive, STATUS_WEIGHT, statusWeight } from '../view.js';

/**
 * Resolve: would the guarantors want to act when the moment came? Findings: interests and
 * ties between guarantor and beneficiary — trade, arms, alliance, borders — raise the odds
 * that a defender stands by its protégé (Huth & Russett 1984; Huth 1988). Adversaries judge
 * resolve mostly by the current calculus of interests and costs, not by reputation; the
 * past counts mainly as a record of backing down against the same adversary (Press 2005;
 * Huth 1988). Facing a nuclear-armed adversary raises the cost of acting. The profile's
 * `pastActions` sets how much the record weighs.
 *
 * A change since signing (a new government, a power shift) lowers reliability (Leeds 2003).
 *
 * Points: the offer itself +30, ties 0–40, escalation risk −20–0, record −40–+20 × pastActions,
 * changes since signing −5 each to −15.
 */

const OFFER_POINTS = 30;
const TIES_MAX = 40;
const ESCALATION = 20;
const BACKED_DOWN_MAX = 40;
const STOOD_FIRM_MAX = 20;
/** How much the record weighs when a profile does not say (the current-calculus view). */
export const DEFAULT_PAST_ACTIONS = 0.25;

const TIE_WEIGHT: Record<(typeof TIE_KINDS)[number], number> = {
  alliance: 3,
  'bilateral-agreement': 2,
  'military-aid': 2,
  border: 2,
  economic: 1,
  diaspora: 1,
  other: 1,
};
/** Tie weight at which a guarantor's interest counts in full. */
const TIES_FULL = 6;

export const offer = defineRule(
  {
    id: 'resolve.offer',
    title: 'The offer itself reveals some interest',
    factor: 'resolve',
    kind: 'points',
    rationale:
      'A guarantor that offers a guarantee in public reveals an interest in the beneficiary it would otherwise not pay for: 30 points when at least one guarantor other than the adversary is engaged.',
    cites: ['fearon1997'],
    inputs: ['guarantee.guarantors', 'commitments.status'],
    effect: `0 or +${OFFER_POINTS} points`,
  },
  (view, fire) => {
    const engaged = view.ground.engaged.length;
    return fire(
      exactly(engaged > 0 ? OFFER_POINTS : 0),
      () => ({ engagedGuarantors: engaged }),
      () => (engaged > 0 ? `${engaged} guarantor(s) engaged.` : 'No guarantor is engaged.'),
    );
  },
);

/**
 * One guarantor's tie strength with a beneficiary, 0–1, as [low, high] (high when a border is
 * unknown). It depends on the actor alone, and actors are shared by every view of a
 * situation, so it is computed once per actor and beneficiary.
 */
function tieStrength(actor: Actor | undefined, beneficiary: Id): [number, number] {
  if (!actor) return [0, 0];
  let byBeneficiary = tieCache.get(actor);
  if (!byBeneficiary) {
    byBeneficiary = new Map();
    tieCache.set(actor, byBeneficiary);
  }
  const cached = byBeneficiary.get(beneficiary);
  if (cached) return cached;
  const kinds = new Set((actor.ties ?? []).filter((t) => t.with === beneficiary).map((t) => t.kind));
  const base = [...kinds].reduce((s, k) => s + TIE_WEIGHT[k], 0);
  const borders = knownValue(actor.landBorders);
  const borderUnknown = borders === undefined && actor.landBorders !== undefined && !kinds.has('border');
  const withBorder = !kinds.has('border') && borders?.includes(beneficiary) ? base + TIE_WEIGHT.border : base;
  const strength: [number, number] = [
    Math.min(1, withBorder / TIES_FULL),
    Math.min(1, (borderUnknown ? withBorder + TIE_WEIGHT.border : withBorder) / TIES_FULL),
  ];
  byBeneficiary.set(beneficiary, strength);
  return strength;
}

const tieCache = new WeakMap<Actor, Map<Id, [number, number]>>();

export const interestsAndTies = defineRule(
  {
    id: 'resolve.ties',
    title: 'Interests and ties with the beneficiary',
    factor: 'resolve',
    kind: 'points',
    rationale:
      "Each engaged guarantor's recorded ties with the beneficiary (alliance 3; bilateral agreement, military aid or a shared border 2; economic, diaspora or other 1), full at 6; the mean over engaged guarantors, times 40. Only ties on record count.",
    cites: ['huthRussett1984', 'huth1988'],
    inputs: ['guarantors.ties[with=beneficiary]', 'guarantors.landBorders'],
    effect: `0 to +${TIES_MAX} points`,
  },
  (view, fire) => {
    const beneficiary = view.guarantee.beneficiary;
    const engaged = view.ground.engaged;
    if (engaged.length === 0) return fire(exactly(0), () => ({ engagedGuarantors: 0 }), 'No guarantor is engaged.');
    let sumLow = 0;
    let sumHigh = 0;
    for (const id of engaged) {
      const [low, high] = tieStrength(view.actors.get(id), beneficiary);
      sumLow += low;
      sumHigh += high;
    }
    const low = (TIES_MAX * sumLow) / engaged.length;
    const high = (TIES_MAX * sumHigh) / engaged.length;
    return fire(
      between(low, high, low === high ? low : undefined),
      () => ({ engagedGuarantors: engaged.length, meanTieStrength: Math.round((100 * sumLow) / engaged.length) / 100 }),
      () =>
        `Engaged guarantors' ties with the beneficiary average ${Math.round((100 * sumLow) / engaged.length)}% of full strength.`,
    );
  },
);

/** Against a nuclear adversary (or one with a nuclear patron) around a clearly committed nuclear ally with forces at risk. */
const MUTUAL_DETERRENCE = 5;
/** Only a patron of the adversary is nuclear-armed: the risk is real but one step removed. */
const PATRON_ESCALATION = 10;

export const escalationRisk = defineRule(
  {
    id: 'resolve.escalation-risk',
    title: 'Escalation risk against a nuclear-armed adversary',
    factor: 'resolve',
    kind: 'points',
    rationale: `Acting against a nuclear-armed adversary risks escalation the guarantors may not accept: −${ESCALATION}; −${PATRON_ESCALATION} when only a patron of the adversary is nuclear-armed. But mutual deterrence around a clearly committed ally has held for decades (Berlin, Korea): where a nuclear-armed guarantor is engaged under a defence obligation (or a guarantee of neutrality) that is a ratified treaty or binding agreement, with its own forces in or beside the beneficiary, the risk falls on the adversary as much, and costs only −${MUTUAL_DETERRENCE}. Nuclear status counts from the actor's nuclearSince date. An unknown status spans the cases.`,
    cites: ['schelling1966', 'fuhrmannSechser2014', 'lanoszka2018'],
    inputs: [
      'adversary.nuclearArmed',
      'adversary.nuclearSince',
      'guarantee.adversaryPatrons',
      'guarantors.nuclearArmed',
      'guarantee.obligation',
      'guarantee.legalForm',
      'commitments[ground-forces|air-power].location',
    ],
    effect: `−${ESCALATION} to 0 points`,
  },
  (view, fire) => {
    const nuclear = view.ground.actors.get(view.guarantee.adversary)?.nuclearArmed;
    const patrons = view.ground.patrons.filter((p) => view.ground.actors.get(p.actor)?.nuclearArmed);
    const full = nuclear === true ? ESCALATION : patrons.length > 0 ? PATRON_ESCALATION : 0;
    const best = nuclear === undefined ? Math.max(full, ESCALATION) : full;
    const mutual = full > 0 && mutualDeterrence(view);
    const cost = (x: number) => (mutual ? Math.min(x, MUTUAL_DETERRENCE) : x);
    const effect = nuclear === undefined ? between(-cost(best), -cost(full)) : exactly(-cost(full));
    return fire(
      effect,
      () => ({
        adversaryNuclearArmed: nuclear ?? 'unknown',
        nuclearPatrons: patrons.map((p) => p.actor).join(', ') || 'none',
        mutualDeterrence: mutual,
      }),
      () =>
        nuclear === undefined
          ? 'Whether the adversary is nuclear-armed is unknown.'
          : full === 0
            ? 'Neither the adversary nor a patron of it is nuclear-armed.'
            : `${nuclear ? 'The adversary is nuclear-armed' : 'A patron of the adversary is nuclear-armed'}: acting risks escalation${mutual ? ', but a nuclear-armed guarantor clearly committed with forces on the spot makes it mutual' : ''}.`,
    );
  },
);

/** A nuclear-armed guarantor clearly committed (defence, ratified or binding) with forces in or beside the beneficiary. */
function mutualDeterrence(view: GuaranteeView): boolean {
  const g = view.guarantee;
  const clear =
    (g.obligation === 'defence' || g.obligation === 'guarantee-of-neutrality') &&
    (g.legalForm === 'ratified-treaty' || g.legalForm === 'binding-agreement');
  if (!clear) return false;
  const nuclearGuarantors = new Set(
    view.ground.engaged.filter((id) => view.ground.actors.get(id)?.nuclearArmed === true),
  );
  if (nuclearGuarantors.size === 0) return false;
  const onTheSpot = view.commitments.some(
    (s) =>
      isLive(s) &&
      statusWeight(s) >= STATUS_WEIGHT.deploying &&
      nuclearGuarantors.has(s.commitment.guarantor) &&
      (s.commitment.capability === 'ground-forces' || s.commitment.capability === 'air-power') &&
      (s.commitment.location === 'beneficiary-territory' || s.commitment.location === 'neighbouring-state'),
  );
  return (
    onTheSpot || view.ground.balance.guarantors.some((f) => nuclearGuarantors.has(f.guarantor) && f.inTheatre.mid > 0)
  );
}

export const recordAgainstAdversary = defineRule(
  {
    id: 'resolve.record',
    title: 'Record of backing down against the same adversary',
    factor: 'resolve',
    kind: 'points',
    rationale:
      "Past behaviour counts for little except a record against the same adversary. Engaged guarantors whose recorded episodes against this adversary are on balance backing down or abandoning lower resolve (−40 × their share); on balance standing firm or honouring raises it (+20 × their share). Both are multiplied by the profile's pastActions weight (0.25 unless the profile says otherwise).",
    cites: ['press2005', 'huth1988'],
    inputs: ['guarantors.record[adversary=guarantee.adversary]', 'profile.pastActions'],
    effect: `−${BACKED_DOWN_MAX} to +${STOOD_FIRM_MAX} points × pastActions`,
  },
  (view, fire) => {
    const pastActions = view.profile.pastActions ?? DEFAULT_PAST_ACTIONS;
    const engaged = view.ground.engaged;
    let backed = 0;
    let firm = 0;
    const backedNames: string[] = [];
    for (const id of engaged) {
      const actor = view.ground.actors.get(id);
      let net = 0;
      for (const r of actor?.record ?? []) {
        if (r.adversary !== view.guarantee.adversary) continue;
        net += r.outcome === 'backed-down' || r.outcome === 'abandoned' ? -1 : 1;
      }
      if (net < 0) {
        backed++;
        backedNames.push(actor?.actor.name ?? id);
      } else if (net > 0) firm++;
    }
    const n = Math.max(1, engaged.length);
    const points = pastActions * ((STOOD_FIRM_MAX * firm) / n - (BACKED_DOWN_MAX * backed) / n);
    return fire(
      exactly(points),
      () => ({ backedDown: backed, stoodFirm: firm, engagedGuarantors: engaged.length, pastActions }),
      () =>
        backed + firm === 0
          ? 'No engaged guarantor has a recorded episode against this adversary.'
          : `${backed} engaged guarantor(s) on balance backed down against this adversary${backedNames.length ? ` (${backedNames.join(', ')})` : ''}, ${firm} stood firm; weighed at ${pastActions}.`,
    );
  },
);

const CHANGE_POINTS = 5;
const CHANGE_MAX = 15;

export const changeSinceSigning = defineRule(
  {
    id: 'resolve.change-since-signing',
    title: 'Changed since signing',
    factor: 'resolve',
    kind: 'points',
    rationale: `Alliances are more often broken when a member's government or relative power has changed since the alliance was made: the interests it was signed for may no longer be the signer's (Leeds 2003). −${CHANGE_POINTS} per recorded change since signing, on or before the date, to at most −${CHANGE_MAX}; the guarantee is also flagged for re-assessment.`,
    cites: ['leeds2003'],
    inputs: ['guarantee.changesSinceSigning'],
    effect: `0 to −${CHANGE_MAX} points`,
  },
  (view, fire) => {
    const changes = view.ground.changesSinceSigning;
    if (changes.length === 0) return undefined;
    return fire(
      exactly(-Math.min(CHANGE_MAX, CHANGE_POINTS * changes.length)),
      () => ({ changesSinceSigning: changes.length }),
      () =>
        `${changes.length} change(s) since signing: ${changes.map((c) => `${c.date} ${c.description}`).join('; ')}.`,
    );
  },
);

export const RESOLVE_RULES: CredibilityRule[] = [
  offer,
  interestsAndTies,
  escalationRisk,
  recordAgainstAdversary,
  changeSinceSigning,
];
