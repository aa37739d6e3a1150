import type { Actor } from '../model/actor.js';
import type { Commitment, CommitmentStatus } from '../model/commitment.js';
import type { Id, IsoDate } from '../model/common.js';
import type { Guarantee } from '../model/guarantee.js';
import type { Profile } from '../model/profile.js';
import type { CommitmentState, PositionState } from '../timeline/snapshot.js';
import { signedBy } from './existence.js';

/**
 * What the rules see of one guarantee as of a date: the guarantee, its commitments and
 * positions folded to that date, and the actors by id. Rules read a view and nothing else,
 * so a guarantee can be re-assessed under a changed view without touching the others.
 */
export interface GuaranteeView {
  asOf: IsoDate;
  guarantee: Guarantee;
  commitments: readonly CommitmentState[];
  positions: readonly PositionState[];
  actors: ReadonlyMap<Id, Actor>;
  profile: Profile;
  /**
   * What the parties this guarantee depends on (its `third-party-backstop` conditions, and
   * those on its guarantors' commitments) have themselves committed to the same beneficiary
   * against the same adversary under other guarantees, folded to the date. Read by the
   * backstop rules (backstop.ts); the other rules see them only once the backstop is met.
   */
  backstop: readonly CommitmentState[];
  /** The other guarantees with the same beneficiary and adversary: where a backstop party's commitments can sit. */
  backstopGuarantees: ReadonlySet<Id>;
  /** Backstop parties whose forces this view counts as the guarantee's own (backstop.ts); absent on a plain view. */
  lentBy?: ReadonlySet<Id>;
}

/**
 * How far along each status is, 0–1: a proposal counts for little, a deployed force fully.
 * Monotone along the progression, so moving forward never lowers a score. Exits count zero.
 */
export const STATUS_WEIGHT: Record<CommitmentStatus, number> = {
  proposed: 0.1,
  'under-discussion': 0.2,
  conditional: 0.35,
  pledged: 0.5,
  approved: 0.65,
  deploying: 0.8,
  deployed: 1,
  declined: 0,
  'ruled-out': 0,
  withdrawn: 0,
  lapsed: 0,
};

export const EXITED: ReadonlySet<CommitmentStatus> = new Set(['declined', 'ruled-out', 'withdrawn', 'lapsed']);

export function statusWeight(state: CommitmentState): number {
  return state.status === undefined ? 0 : STATUS_WEIGHT[state.status];
}

/** A commitment that is on record as of the date and has not been dropped. */
export function isLive(state: CommitmentState): boolean {
  return state.status !== undefined && !EXITED.has(state.status);
}

/** Troops per unit, to put scales in one currency; a brigade is taken as 4,000, a battalion 600, a company 150. */
const TROOPS_PER_UNIT: Partial<Record<string, number>> = { troops: 1, companies: 150, battalions: 600, brigades: 4000 };

/**
 * A commitment's scale in a unit family, as [min, max]; `undefined` when the scale is in
 * another unit. An unknown scale is [0, ∞): nothing rules out a token or a large force.
 */
export function scaleIn(
  commitment: Commitment,
  family: 'troops' | 'aircraft' | 'systems',
): [number, number] | undefined {
  const scale = commitment.scale;
  if (scale === undefined || scale === 'unknown') return [0, Number.POSITIVE_INFINITY];
  if (family === 'troops') {
    const per = TROOPS_PER_UNIT[scale.unit];
    return per === undefined ? undefined : [scale.min * per, scale.max * per];
  }
  return scale.unit === family ? [scale.min, scale.max] : undefined;
}

/** The guarantors that are not the adversary: an adversary listed as guarantor guarantees nothing. */
export function realGuarantors(view: GuaranteeView): Id[] {
  return view.guarantee.guarantors.filter((id) => id !== view.guarantee.adversary);
}

export function guarantorLabel(view: GuaranteeView, id: Id): string {
  return view.actors.get(id)?.name ?? id;
}

/**
 * Each guarantor's engagement, 0–1: the furthest status among its live commitments. A
 * guarantee the data gives no commitments for at all, on any date, and that was signed by the
 * date (a treaty such as NATO's Article 5 binds its parties by its text), counts every listed
 * guarantor as fully engaged. A guarantee whose commitments are all still to come, or one not
 * yet signed, counts them as not engaged: nothing on record is not full commitment.
 */
export function guarantorEngagement(view: GuaranteeView): ReadonlyMap<Id, number> {
  // Several rules read it; views are immutable, so it is computed once per view.
  const cached = engagementCache.get(view);
  if (cached) return cached;
  const engagement = computeEngagement(view);
  engagementCache.set(view, engagement);
  return engagement;
}

const engagementCache = new WeakMap<GuaranteeView, Map<Id, number>>();

function computeEngagement(view: GuaranteeView): Map<Id, number> {
  const engagement = new Map<Id, number>();
  const lent = view.lentBy ?? new Set<Id>();
  const onRecord = view.commitments.filter((s) => s.status !== undefined);
  // A backstop's lent forces do not turn a treaty's text-bound guarantors into uncommitted ones.
  const own = lent.size ? view.commitments.filter((s) => !lent.has(s.commitment.guarantor)) : view.commitments;
  const boundByText = own.length === 0 && signedBy(view);
  for (const id of realGuarantors(view)) if (!lent.has(id)) engagement.set(id, boundByText ? 1 : 0);
  for (const state of onRecord) {
    const id = state.commitment.guarantor;
    if (id === view.guarantee.adversary) continue;
    engagement.set(id, Math.max(engagement.get(id) ?? 0, statusWeight(state)));
  }
  return engagement;
}

/** Guarantors with any engagement at all, i.e. "in" the guarantee. */
export function engagedGuarantors(view: GuaranteeView): Id[] {
  return [...guarantorEngagement(view)].filter(([, w]) => w > 0).map(([id]) => id);
}
