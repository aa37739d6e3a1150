import type { Actor } from '../model/actor.js';
import type { Commitment, CommitmentStatus } from '../model/commitment.js';
import type { Id, IsoDate } from '../model/common.js';
import type { Guarantee } from '../model/guarantee.js';
import type { Profile } from '../model/profile.js';
import type { Source } from '../model/source.js';
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
  /** The dataset's sources by id: a fact's grade (ground.ts) is read from them. */
  sources?: ReadonlyMap<Id, Source>;
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
  const text = signedBy(view) ? TEXT_ENGAGEMENT[view.guarantee.legalForm] : 0;
  for (const id of realGuarantors(view)) if (!lent.has(id)) engagement.set(id, text);
  for (const state of onRecord) {
    const id = state.commitment.guarantor;
    if (id === view.guarantee.adversary) continue;
    const weight = statusWeight(state) * CAPABILITY_ENGAGEMENT[state.commitment.capability];
    engagement.set(id, Math.max(engagement.get(id) ?? 0, weight));
  }
  return engagement;
}

/** Guarantors with any engagement at all, i.e. "in" the guarantee. */
export function engagedGuarantors(view: GuaranteeView): Id[] {
  return [...guarantorEngagement(view)].filter(([, w]) => w > 0).map(([id]) => id);
}
