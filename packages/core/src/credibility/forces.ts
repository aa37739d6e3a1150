import type { Capability, Location } from '../model/commitment.js';
import { knownValue } from '../model/common.js';
import { ratioPoints } from './rule.js';
import type { ScoreRange } from './types.js';
import { type GuaranteeView, isLive, scaleIn, statusWeight } from './view.js';

/**
 * Force tallies the capability and commitment rules share: the guarantors' forces where they
 * matter, weighted by how far each commitment has got, against the adversary's. Every tally
 * is an interval, because a scale or an indicator may be unknown.
 */

/** How much a force counts by where it is, as [worst, best]; an unknown location spans them. */
export type LocationWeights = Record<Location, number>;

export const GROUND_LOCATION: LocationWeights = {
  'beneficiary-territory': 1,
  'neighbouring-state': 0.5,
  offshore: 0,
  home: 0,
};
export const AIR_LOCATION: LocationWeights = {
  'beneficiary-territory': 1,
  'neighbouring-state': 1,
  offshore: 1,
  home: 0.5,
};

export interface ForceTally {
  /** Worst case: unknown scales count zero, unknown locations their weakest. */
  low: number;
  /** As recorded: known scales at their midpoint, unknown scales at zero. */
  mid: number;
  /** Best case: unknown scales unbounded unless the guarantor's brigades bound them. */
  high: number;
  /** Some input was unknown. */
  unknown: boolean;
  /**
   * How far along the commitments with an unknown input are: the sum of their status weights
   * (times their best location weight). A deployed force of unknown size counts 1, a proposal
   * 0.1; it sets how far the point leans toward the best case (`ratioRange`).
   */
  reach: number;
  commitments: string[];
}

function locationRange(location: Location | 'unknown' | undefined, weights: LocationWeights): [number, number] {
  if (location === undefined || location === 'unknown') {
    const all = Object.values(weights);
    return [Math.min(...all), Math.max(...all)];
  }
  return [weights[location], weights[location]];
}

/** A product where nothing times an unbounded scale is nothing (not NaN). */
function times(weight: number, amount: number): number {
  return weight === 0 || amount === 0 ? 0 : weight * amount;
}

/** The guarantors' live forces of the given capabilities, in `family` units. */
export function tallyForces(
  view: GuaranteeView,
  capabilities: readonly Capability[],
  family: 'troops' | 'aircraft',
  weights: LocationWeights,
): ForceTally {
  // Two rules read the ground tally; views are immutable, so it is computed once per view.
  const key = `${capabilities.join(',')}|${family}|${Object.values(weights).join(',')}`;
  const cache = tallyCache.get(view) ?? new Map<string, ForceTally>();
  tallyCache.set(view, cache);
  const cached = cache.get(key);
  if (cached) return cached;
  const tally = computeTally(view, capabilities, family, weights);
  cache.set(key, tally);
  return tally;
}

const tallyCache = new WeakMap<GuaranteeView, Map<string, ForceTally>>();

function computeTally(
  view: GuaranteeView,
  capabilities: readonly Capability[],
  family: 'troops' | 'aircraft',
  weights: LocationWeights,
): ForceTally {
  const tally: ForceTally = { low: 0, mid: 0, high: 0, unknown: false, reach: 0, commitments: [] };
  for (const state of view.commitments) {
    const c = state.commitment;
    if (!isLive(state) || c.guarantor === view.guarantee.adversary || !capabilities.includes(c.capability)) continue;
    // A guarantor defeated or without the means to act brings nothing (ground.ts).
    if (view.ground.actors.get(c.guarantor)?.meansLost) continue;
    // A weakly sourced commitment's worst case is that it is not there (ground.ts: isFirm).
    const firm = !view.ground.weakCommitments.has(state);
    const scale = scaleIn(c, family);
    if (scale === undefined) continue;
    const w = statusWeight(state);
    const [locLow, locHigh] = locationRange(c.location, weights);
    let [min, max] = scale;
    const scaleUnknown = !Number.isFinite(max);
    if (scaleUnknown && family === 'troops') {
      const brigades = knownValue(view.actors.get(c.guarantor)?.indicators?.deployableBrigades);
      if (brigades !== undefined) max = brigades * 4000;
    }
    if (scaleUnknown) min = 0;
    tally.low += firm ? times(w * locLow, min) : 0;
    tally.mid += scaleUnknown ? 0 : times(w * ((locLow + locHigh) / 2), (min + max) / 2);
    tally.high += times(w * locHigh, max);
    if (scaleUnknown || locLow !== locHigh || !firm) {
      tally.unknown = true;
      tally.reach += w * locHigh;
    }
    tally.commitments.push(c.id);
  }
  return tally;
}

/** The adversary's forces: an exact figure, or bounded above by its whole active force, or unknown. */
export interface AdversaryForces {
  min: number;
  point: number;
  max: number;
  known: boolean;
  label: string;
}

export function adversaryForces(view: GuaranteeView, indicator: 'forcesInTheatre' | 'combatAircraft'): AdversaryForces {
  const adversary = view.actors.get(view.guarantee.adversary);
  const exact = knownValue(adversary?.indicators?.[indicator]);
  if (exact !== undefined) return { min: exact, point: exact, max: exact, known: true, label: String(exact) };
  if (indicator === 'forcesInTheatre') {
    const whole = knownValue(adversary?.indicators?.activePersonnel);
    if (whole !== undefined)
      return { min: 0, point: whole, max: whole, known: false, label: `unknown (at most ${whole})` };
  }
  return { min: 0, point: Number.POSITIVE_INFINITY, max: Number.POSITIVE_INFINITY, known: false, label: 'unknown' };
}

/**
 * Points for a force ratio as a range: worst = least force against the most adversary, best
 * the reverse. The point is the as-recorded ratio, or — when an input is unknown — leans
 * from it toward the best case: halfway when the adversary's forces are unknown or the
 * forces of unknown size are together as far along as one deployed force ("could be
 * either"), less when they are only proposals or pledges. So a pledge of unknown size reads
 * above a proposal of unknown size, as a pledge of known size reads above a proposal of it.
 */
export function ratioRange(
  tally: ForceTally,
  against: AdversaryForces,
  toPoints: (ratio: number) => number,
): { points: ScoreRange; ratio: { low: number; mid: number; high: number } } {
  const div = (a: number, b: number) => (a === 0 ? 0 : b === 0 ? Number.POSITIVE_INFINITY : a / b);
  const ratio = {
    low: div(tally.low, against.max),
    mid: div(tally.mid, against.point),
    high: div(tally.high, against.min),
  };
  const low = toPoints(ratio.low);
  const high = toPoints(ratio.high);
  const recorded = Math.min(high, Math.max(low, toPoints(ratio.mid)));
  if (!tally.unknown && against.known) return { points: { low, point: recorded, high }, ratio };
  const lean = against.known ? Math.min(1, tally.reach) / 2 : 1 / 2;
  return { points: { low, point: recorded + (high - recorded) * lean, high }, ratio };
}

export { ratioPoints };
