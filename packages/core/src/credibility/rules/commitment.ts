import type { Id } from '../../model/common.js';
import type { LegalForm, ObligationType } from '../../model/guarantee.js';
import { adversaryForces, GROUND_LOCATION, ratioRange, tallyForces } from '../forces.js';
import { add, between, exactly } from '../range.js';
import { type CredibilityRule, defineRule } from '../rule.js';
import { type GuaranteeView, isLive, scaleIn, statusWeight } from '../view.js';
import { escapeHatches } from './escape-hatch.js';

/**
 * Commitment: how tightly the guarantors have bound themselves. Findings: public, legally
 * binding commitments tie hands and money and forces already spent sink costs — both make a
 * threat more believable (Fearon 1997). What was promised matters: a defence obligation is
 * more than consultation, which is more than an assurance (the ATOP coding, Leeds et al.
 * 2002; the Budapest Memorandum is the cautionary case). Forces on the spot add a little as a
 * tripwire (Schelling 1966) and a lot when they can change the balance (Reiter & Poast 2021);
 * a nuclear-armed guarantor raises the stakes (Fuhrmann & Sechser 2014). A guarantee that
 * needs the adversary's consent to act is a veto in all but name, worth next to nothing.
 *
 * Points: obligation 0–30, legal form 2–20, trigger 0–12, forward forces 0–20, nuclear-armed
 * guarantor 0–12, sunk costs 0–10, vague escape hatches −10–0 (escape-hatch.ts). Ceiling:
 * adversary consent caps credibility at 10.
 *
 * Longer than 300 lines on purpose: one file per rule family (docs/architecture.md), so the
 * family's rules, their shared point tables and the literature they cite are read together.
 */

export const OBLIGATION_POINTS: Record<ObligationType, number> = {
  defence: 30,
  assistance: 15,
  consultation: 8,
  'non-aggression': 4,
  neutrality: 2,
  assurance: 0,
  // A promise to defend the beneficiary's neutrality: a defence obligation conditioned on the
  // neutrality being violated, often held jointly (a collective guarantee each signer may read
  // as binding only if all act) — below a defence pact, above assistance.
  'guarantee-of-neutrality': 20,
};
export const LEGAL_FORM_POINTS: Record<LegalForm, number> = {
  'ratified-treaty': 20,
  'binding-agreement': 15,
  'executive-agreement': 9,
  'political-declaration': 5,
  statement: 2,
};
const TRIGGER_MAX = 12;
const TRIPWIRE_MAX = 6;
const BALANCE_SHIFT_MAX = 14;
const NUCLEAR_DEFENCE = 8;
const NUCLEAR_OTHER = 3;
const NUCLEAR_FORWARD = 4;
const SUNK_POINTS = 2.5;
const SUNK_MAX = 10;
/** The credibility ceiling for a guarantee that needs the adversary's consent. */
export const CONSENT_CEILING = 10;

const span = (points: Record<string, number>) =>
  between(Math.min(...Object.values(points)), Math.max(...Object.values(points)));

/** A fact's points: exact when firmly sourced; from `worst` to them (point as recorded) when weakly (ground.ts: isFirm). */
function graded(firm: boolean, points: number, worst: number) {
  return firm ? exactly(points) : between(Math.min(worst, points), points, points);
}

export const obligationType = defineRule(
  {
    id: 'commitment.obligation-type',
    title: 'Obligation type',
    factor: 'commitment',
    kind: 'points',
    rationale:
      "What the guarantors undertake to do: defence 30, guarantee of neutrality 20, assistance 15, consultation 8, non-aggression 4, neutrality 2, assurance 0. An unknown obligation spans them all; one the guarantee's sources state only weakly (no source better than C2: NATO AJP-2.1 grades) spans nothing to the recorded points, the point as recorded.",
    cites: ['atop2002', 'leedsLongMitchell2000', 'ajp21'],
    inputs: ['guarantee.obligation'],
    effect: '0 to +30 points',
  },
  (view, fire) => {
    const o = view.guarantee.obligation;
    return fire(
      o === 'unknown' ? span(OBLIGATION_POINTS) : graded(view.ground.guaranteeFirm, OBLIGATION_POINTS[o], 0),
      () => ({ obligation: o }),
      () => (o === 'unknown' ? 'The obligation type is unknown.' : `The guarantors undertake ${o}.`),
    );
  },
);

export const legalForm = defineRule(
  {
    id: 'commitment.legal-form',
    title: 'Legal form: tying hands',
    factor: 'commitment',
    kind: 'points',
    rationale:
      "A ratified treaty ties hands more than a binding agreement, an executive agreement a successor can drop, a political declaration or a statement (20, 15, 9, 5, 2): the higher the cost of walking away, the more believable the promise. Stated only weakly by the guarantee's sources, it spans a statement's 2 to the recorded points.",
    cites: ['fearon1997', 'atop2002', 'ajp21'],
    inputs: ['guarantee.legalForm'],
    effect: '+2 to +20 points',
  },
  (view, fire) => {
    const f = view.guarantee.legalForm;
    return fire(
      f === 'unknown'
        ? span(LEGAL_FORM_POINTS)
        : graded(view.ground.guaranteeFirm, LEGAL_FORM_POINTS[f], LEGAL_FORM_POINTS.statement),
      () => ({ legalForm: f }),
      () => (f === 'unknown' ? 'The legal form is unknown.' : `The guarantee is a ${f.replace(/-/g, ' ')}.`),
    );
  },
);

export const triggerClock = defineRule(
  {
    id: 'commitment.trigger',
    title: 'Automaticity: the trigger and its clock',
    factor: 'commitment',
    kind: 'points',
    rationale:
      'An automatic trigger leaves the guarantors least room to back out (12); a discretionary one ("such action as it deems necessary": each decides whether and how) more (9); consultation on a short clock less (7 within 24 h, 5 within 72 h), consultation without a clock little (3), no trigger nothing.',
    cites: ['schelling1966', 'atop2002'],
    inputs: ['guarantee.trigger.kind', 'guarantee.trigger.clockHours'],
    effect: `0 to +${TRIGGER_MAX} points`,
  },
  (view, fire) => {
    const t = view.guarantee.trigger;
    if (t === 'unknown')
      return fire(between(0, TRIGGER_MAX), () => ({ trigger: 'unknown' }), 'The trigger is unknown.');
    const points =
      t.kind === 'automatic'
        ? TRIGGER_MAX
        : t.kind === 'discretionary'
          ? 9
          : t.kind === 'none'
            ? 0
            : t.clockHours === undefined
              ? 3
              : t.clockHours <= 24
                ? 7
                : t.clockHours <= 72
                  ? 5
                  : 3;
    return fire(
      exactly(points),
      () => ({ trigger: t.kind, clockHours: t.clockHours ?? null }),
      () =>
        t.kind === 'consultation'
          ? `Consultation${t.clockHours !== undefined ? ` within ${t.clockHours} h` : ' without a clock'}.`
          : `Trigger: ${t.kind}.`,
    );
  },
);

/** A tripwire's weight by its size in troops, as [low, high]: log scale from 100 (nothing) to 10,000 (full). */
function tripwireSize(troops: [number, number] | undefined): [number, number] {
  if (troops === undefined) return [0, 0];
  const at = (n: number) => (n <= 100 ? 0 : n >= 10000 ? 1 : Math.log10(n / 100) / 2);
  return [at(troops[0]), at(troops[1])];
}

/** Who the troops are: a nuclear-armed guarantor's put more at stake (Fuhrmann & Sechser 2014). */
function tripwireWho(view: GuaranteeView, guarantor: Id): number {
  return view.ground.actors.get(guarantor)?.nuclearArmed === true ? 1 : 0.6;
}

export const forwardForces = defineRule(
  {
    id: 'commitment.forward-forces',
    title: 'Forward-deployed forces: tripwire or balance-shifter',
    factor: 'commitment',
    kind: 'points',
    rationale:
      "Ground forces in the beneficiary's territory put the guarantors' own soldiers in harm's way. The tripwire adds up to 6 by how far the commitment has got, by its size (nothing for 100 troops or fewer — a few trainers are not a tripwire — full at 10,000, on a log scale; an unknown size spans both) and by who the troops are (a nuclear-armed guarantor's in full, others' at 0.6); a weakly sourced commitment's worst case is no tripwire. Forces the local balance records in theatre count the same way. A force that can shift the local balance adds a lot more (up to 14 more, full at a tenth of the adversary's forces in theatre).",
    cites: ['schelling1966', 'reiterPoast2021', 'fuhrmannSechser2014'],
    inputs: [
      'commitments[capability=ground-forces].status',
      'guarantors.nuclearArmed',
      'guarantee.balance[posture=in-theatre]',
      'commitments.location',
      'commitments.scale',
      'adversary.indicators.forcesInTheatre',
    ],
    effect: `0 to +${TRIPWIRE_MAX + BALANCE_SHIFT_MAX} points`,
  },
  (view, fire) => {
    let tripLow = 0;
    let tripHigh = 0;
    for (const state of view.commitments) {
      const c = state.commitment;
      if (!isLive(state) || c.capability !== 'ground-forces' || c.guarantor === view.guarantee.adversary) continue;
      const loc = c.location;
      const [lo, hi] = loc === undefined || loc === 'unknown' ? [0, 1] : [GROUND_LOCATION[loc], GROUND_LOCATION[loc]];
      const [sizeLo, sizeHi] = tripwireSize(scaleIn(c, 'troops'));
      const who = tripwireWho(view, c.guarantor);
      const firm = view.ground.weakCommitments.has(state) ? 0 : 1;
      tripLow = Math.max(tripLow, statusWeight(state) * lo * sizeLo * who * firm);
      tripHigh = Math.max(tripHigh, statusWeight(state) * hi * sizeHi * who);
    }
    // Guarantors' forces the local balance records in theatre are on the spot too.
    for (const f of view.ground.balance.guarantors) {
      if (f.inTheatre.high === 0) continue;
      const who = tripwireWho(view, f.guarantor);
      tripLow = Math.max(tripLow, tripwireSize([f.inTheatre.low, f.inTheatre.low])[0] * who);
      tripHigh = Math.max(tripHigh, tripwireSize([f.inTheatre.high, f.inTheatre.high])[1] * who);
    }
    const tripwire = between(TRIPWIRE_MAX * tripLow, TRIPWIRE_MAX * tripHigh);
    const tally = tallyForces(view, ['ground-forces'], 'troops', GROUND_LOCATION);
    const against = adversaryForces(view, 'forcesInTheatre');
    const shift = (r: number) => BALANCE_SHIFT_MAX * Math.min(1, Math.max(0, (r - 0.01) / 0.09));
    const { points: shifting } = ratioRange(tally, against, shift);
    return fire(
      add(tripwire, shifting),
      () => ({ tripwireReach: tripHigh, balanceShiftLow: shifting.low, balanceShiftHigh: shifting.high }),
      () =>
        tripHigh === 0
          ? 'No ground forces committed on the spot: no tripwire.'
          : `Forces on the spot act as a tripwire${shifting.high > 0 ? ' and may shift the local balance' : ' only: too few to shift the local balance'}.`,
    );
  },
);

export const nuclearGuarantor = defineRule(
  {
    id: 'commitment.nuclear-guarantor',
    title: 'A nuclear-armed guarantor',
    factor: 'commitment',
    kind: 'points',
    rationale:
      'A defence commitment from a nuclear-armed state deters more (8; 3 for lesser obligations), and its forces on the spot raise the stakes further (up to 4, by status). An unknown nuclear status spans the cases.',
    cites: ['fuhrmannSechser2014', 'schelling1966'],
    inputs: ['guarantors.nuclearArmed', 'guarantee.obligation', 'commitments[ground-forces|air-power].location'],
    effect: `0 to +${NUCLEAR_DEFENCE + NUCLEAR_FORWARD} points`,
  },
  (view, fire) => {
    let nuclearLow = false;
    let nuclearHigh = false;
    const names: string[] = [];
    for (const id of view.ground.engaged) {
      const value = view.ground.actors.get(id)?.nuclearArmed;
      if (value === true) {
        nuclearLow = true;
        nuclearHigh = true;
        names.push(view.actors.get(id)?.name ?? id);
      } else if (value === undefined) nuclearHigh = true;
    }
    const o = view.guarantee.obligation;
    const pact = (defence: boolean) => (defence ? NUCLEAR_DEFENCE : NUCLEAR_OTHER);
    const defence = o === 'defence' || o === 'guarantee-of-neutrality';
    const pactLow = nuclearLow ? pact(defence) : 0;
    const pactHigh = nuclearHigh ? pact(defence || o === 'unknown') : 0;
    let forwardLow = 0;
    let forwardHigh = 0;
    for (const state of view.commitments) {
      const c = state.commitment;
      if (!isLive(state) || (c.capability !== 'ground-forces' && c.capability !== 'air-power')) continue;
      if (
        c.location !== 'beneficiary-territory' &&
        c.location !== 'neighbouring-state' &&
        c.location !== 'unknown' &&
        c.location !== undefined
      )
        continue;
      const nuclear = view.ground.actors.get(c.guarantor)?.nuclearArmed;
      const sure = c.location === 'beneficiary-territory' || c.location === 'neighbouring-state';
      if (nuclear === true && sure) forwardLow = Math.max(forwardLow, statusWeight(state));
      if (nuclear !== false) forwardHigh = Math.max(forwardHigh, statusWeight(state));
    }
    return fire(
      add(between(pactLow, pactHigh), between(NUCLEAR_FORWARD * forwardLow, NUCLEAR_FORWARD * forwardHigh)),
      () => ({ nuclearArmedGuarantors: names.join(', ') || 'none known', obligation: o }),
      () =>
        names.length > 0
          ? `Nuclear-armed guarantor(s): ${names.join(', ')}.`
          : nuclearHigh
            ? 'Whether a guarantor is nuclear-armed is unknown.'
            : 'No engaged guarantor is nuclear-armed.',
    );
  },
);

export const sunkCosts = defineRule(
  {
    id: 'commitment.sunk-costs',
    title: 'Sunk costs: money, training, headquarters, logistics',
    factor: 'commitment',
    kind: 'points',
    rationale:
      'Money spent, trainers sent, headquarters and supply lines built are costs already paid: each distinct kind adds 2.5 points times its furthest status, to 10.',
    cites: ['fearon1997', 'fuhrmannSechser2014'],
    inputs: ['commitments[capability∈financing,training,weapons,logistics,command].status'],
    effect: `0 to +${SUNK_MAX} points`,
  },
  (view, fire) => {
    const kinds = ['financing', 'training', 'weapons', 'logistics', 'command'];
    const best = new Map<string, number>();
    for (const state of view.commitments) {
      const c = state.commitment;
      if (!isLive(state) || !kinds.includes(c.capability) || c.guarantor === view.guarantee.adversary) continue;
      best.set(c.capability, Math.max(best.get(c.capability) ?? 0, statusWeight(state)));
    }
    const points = Math.min(
      SUNK_MAX,
      [...best.values()].reduce((s, w) => s + SUNK_POINTS * w, 0),
    );
    return fire(
      exactly(points),
      () => ({ sunkCosts: [...best.keys()].sort().join(', ') || 'none' }),
      () => (best.size === 0 ? 'No costs sunk yet.' : `Costs being sunk: ${[...best.keys()].sort().join(', ')}.`),
    );
  },
);

export const adversaryConsent = defineRule(
  {
    id: 'commitment.adversary-consent',
    title: "Needs the adversary's consent: a veto in all but name",
    factor: 'commitment',
    kind: 'ceiling',
    ceiling: CONSENT_CEILING,
    rationale: `A guarantee whose action depends on the adversary's consent (including a UN mandate the adversary can veto) lets the adversary switch it off the day it attacks: credibility is capped at ${CONSENT_CEILING}, whatever the other factors say and whether or not consent is given today.`,
    cites: ['fearon1997', 'atop2002'],
    inputs: ['guarantee.conditions[kind=adversary-consent]', 'guarantee.conditions[kind=un-mandate].party'],
    effect: `caps credibility at ${CONSENT_CEILING}`,
  },
  (view, fire) => {
    const g = view.guarantee;
    const veto = (g.conditions ?? []).find(
      (c) => c.kind === 'adversary-consent' || (c.kind === 'un-mandate' && c.party === g.adversary),
    );
    if (!veto) return undefined;
    return fire(
      exactly(0),
      () => ({ condition: veto.id, kind: veto.kind, status: veto.status }),
      () =>
        `The guarantee needs the adversary's consent (${veto.description}): credibility can be at most ${CONSENT_CEILING}.`,
      { condition: veto.id },
    );
  },
);

export const COMMITMENT_RULES: CredibilityRule[] = [
  obligationType,
  legalForm,
  triggerClock,
  forwardForces,
  nuclearGuarantor,
  sunkCosts,
  escapeHatches,
  adversaryConsent,
];
