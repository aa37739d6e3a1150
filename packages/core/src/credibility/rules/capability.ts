import { knownValue } from '../../model/common.js';
import { AIR_LOCATION, adversaryForces, GROUND_LOCATION, ratioRange, tallyForces } from '../forces.js';
import { between, exactly } from '../range.js';
import { type CredibilityRule, defineRule, formatNumber, ratioPoints } from '../rule.js';
import { isLive, statusWeight } from '../view.js';

/**
 * Capability and the local balance. Finding: the strongest single driver of extended
 * deterrence success is whether the defender can deny the attacker a quick victory on the
 * spot — the immediate local balance — and, less, the short-term balance it can bring to
 * bear (Huth 1988; Huth & Russett 1984). Small forces that cannot change that balance do
 * not deter by themselves (Reiter & Poast 2021).
 *
 * Points: ground balance 0–40, air balance 0–25, reinforcement depth 0–25, enablers 0–10.
 */

const GROUND_MAX = 40;
const AIR_MAX = 25;
const DEPTH_MAX = 25;
const ENABLER_POINTS = 2;
const ENABLER_MAX = 10;
const ENABLERS = ['air-defence', 'isr', 'naval', 'logistics', 'command'] as const;

export const groundBalance = defineRule(
  {
    id: 'capability.ground-balance',
    title: 'Ground forces against the local balance',
    factor: 'capability',
    kind: 'points',
    rationale:
      "Ground forces in the beneficiary's territory (half weight in a neighbouring state), weighted by how far each commitment has got, as a share of the adversary's forces in theatre. On a log scale: 1% adds nothing, half the adversary's force adds the full 40 points. Deterrence by denial depends on the local balance, not on the guarantors' totals. Where the data records the local balance itself, capability.local-balance counts it instead.",
    cites: ['huth1988', 'huthRussett1984', 'reiterPoast2021'],
    inputs: [
      'commitments[capability=ground-forces].scale',
      'commitments.location',
      'commitments.status',
      'adversary.indicators.forcesInTheatre',
    ],
    effect: `0 to +${GROUND_MAX} points`,
  },
  (view, fire) => {
    // The recorded local balance (capability.local-balance) counts these forces instead.
    if (view.ground.balance.adversary) return undefined;
    const tally = tallyForces(view, ['ground-forces'], 'troops', GROUND_LOCATION);
    const against = adversaryForces(view, 'forcesInTheatre');
    const { points, ratio } = ratioRange(tally, against, (r) => ratioPoints(r, GROUND_MAX));
    return fire(
      points,
      () => ({
        forwardTroopsWeighted: tally.unknown ? 'unknown' : Math.round(tally.mid),
        forwardTroopsLow: Math.round(tally.low),
        forwardTroopsHigh: Number.isFinite(tally.high) ? Math.round(tally.high) : 'unbounded',
        adversaryForcesInTheatre: against.label,
        commitments: tally.commitments.length,
      }),
      () =>
        tally.commitments.length === 0
          ? 'No live ground-force commitment stands in or beside the beneficiary: nothing on the spot changes the local balance.'
          : `Forward ground forces of ${formatNumber(tally.low)}–${formatNumber(tally.high)} troops (status-weighted) against ${against.label} adversary troops in theatre: a ratio of ${ratio.low.toFixed(3)}–${Number.isFinite(ratio.high) ? ratio.high.toFixed(3) : 'unbounded'}.`,
    );
  },
);

export const airBalance = defineRule(
  {
    id: 'capability.air-balance',
    title: 'Air power against the adversary’s air force',
    factor: 'capability',
    kind: 'points',
    rationale:
      "Combat aircraft committed (from the beneficiary, a neighbour or offshore; half weight from home), weighted by status, as a share of the adversary's combat aircraft, on the same log scale as ground forces. Air power can blunt an offensive quickly and is the part of the local balance a distant guarantor can supply.",
    cites: ['huth1988', 'reiterPoast2021'],
    inputs: [
      'commitments[capability=air-power].scale',
      'commitments.location',
      'commitments.status',
      'adversary.indicators.combatAircraft',
    ],
    effect: `0 to +${AIR_MAX} points`,
  },
  (view, fire) => {
    const tally = tallyForces(view, ['air-power'], 'aircraft', AIR_LOCATION);
    if (tally.commitments.length === 0) {
      return fire(exactly(0), () => ({ commitments: 0 }), 'No live air-power commitment.');
    }
    const against = adversaryForces(view, 'combatAircraft');
    const { points } = ratioRange(tally, against, (r) => ratioPoints(r, AIR_MAX));
    return fire(
      points,
      () => ({
        aircraftLow: Math.round(tally.low),
        aircraftHigh: Number.isFinite(tally.high) ? Math.round(tally.high) : 'unbounded',
        adversaryCombatAircraft: against.label,
        commitments: tally.commitments.length,
      }),
      () =>
        `Committed combat aircraft of ${formatNumber(tally.low)}–${formatNumber(tally.high)} (status-weighted) against ${against.label} adversary combat aircraft.`,
    );
  },
);

export const reinforcementDepth = defineRule(
  {
    id: 'capability.reinforcement-depth',
    title: 'Depth: the forces the guarantors could bring to bear',
    factor: 'capability',
    kind: 'points',
    rationale:
      "The short-term balance: the engaged guarantors' active personnel (each weighted by its engagement: what the signed text obliges it to do — a defence obligation engages its forces fully, assistance half, consultation or an assurance not at all — or its furthest commitment on record, whichever is more) as a share of the adversary's: a text that obliges no one to fight puts no personnel within reach. Parity or better adds the full 25 points. An unknown figure leaves the best case open. Where the data records the local balance, capability.local-balance counts the forces within reach, by the days to bring them, instead.",
    cites: ['huth1988', 'huthRussett1984'],
    inputs: ['guarantors.indicators.activePersonnel', 'commitments.status', 'adversary.indicators.activePersonnel'],
    effect: `0 to +${DEPTH_MAX} points`,
  },
  (view, fire) => {
    if (view.ground.balance.adversary) return undefined;
    let low = 0;
    let high = 0;
    let unknownGuarantors = 0;
    for (const [id, weight] of view.ground.engagement) {
      if (weight === 0) continue;
      const personnel = knownValue(view.actors.get(id)?.indicators?.activePersonnel);
      if (personnel === undefined) {
        unknownGuarantors++;
        high = Number.POSITIVE_INFINITY;
      } else {
        low += weight * personnel;
        high += weight * personnel;
      }
    }
    const adversary = knownValue(view.actors.get(view.guarantee.adversary)?.indicators?.activePersonnel);
    const toPoints = (r: number) => DEPTH_MAX * Math.min(1, r);
    const inputs = {
      guarantorPersonnelWeighted: Math.round(low),
      guarantorsWithUnknownPersonnel: unknownGuarantors,
      adversaryActivePersonnel: adversary ?? 'unknown',
    };
    if (adversary === undefined) {
      return fire(
        between(toPoints(0), DEPTH_MAX),
        () => inputs,
        "The adversary's active personnel is unknown: the depth of the guarantors' forces cannot be weighed.",
      );
    }
    const ratio = (n: number) => (adversary === 0 ? Number.POSITIVE_INFINITY : n / adversary);
    const effect =
      unknownGuarantors > 0 ? between(toPoints(ratio(low)), toPoints(ratio(high))) : exactly(toPoints(ratio(low)));
    return fire(
      effect,
      () => inputs,
      () =>
        `Engaged guarantors field ${formatNumber(low)} active personnel (status-weighted${unknownGuarantors > 0 ? `, ${unknownGuarantors} unknown` : ''}) against the adversary's ${formatNumber(adversary)}.`,
    );
  },
);

export const enablers = defineRule(
  {
    id: 'capability.enablers',
    title: 'Enablers: air defence, surveillance, naval, logistics, command',
    factor: 'capability',
    kind: 'points',
    rationale:
      'Each distinct enabling capability committed adds 2 points times its furthest status: they make the combat forces usable but do not by themselves change the balance.',
    cites: ['huth1988'],
    inputs: ['commitments[capability∈air-defence,isr,naval,logistics,command].status'],
    effect: `0 to +${ENABLER_MAX} points`,
  },
  (view, fire) => {
    const best = new Map<string, number>();
    for (const state of view.commitments) {
      const cap = state.commitment.capability as (typeof ENABLERS)[number];
      if (!isLive(state) || !ENABLERS.includes(cap) || state.commitment.guarantor === view.guarantee.adversary)
        continue;
      best.set(cap, Math.max(best.get(cap) ?? 0, statusWeight(state)));
    }
    const points = Math.min(
      ENABLER_MAX,
      [...best.values()].reduce((sum, w) => sum + ENABLER_POINTS * w, 0),
    );
    return fire(
      exactly(points),
      () => ({ enablers: [...best.keys()].sort().join(', ') || 'none' }),
      () =>
        best.size === 0
          ? 'No enabling capability committed.'
          : `Enablers committed: ${[...best.keys()].sort().join(', ')}.`,
    );
  },
);

export const CAPABILITY_RULES: CredibilityRule[] = [groundBalance, airBalance, reinforcementDepth, enablers];
