import type { Actor } from '../model/actor.js';
import type { ForceEstimate } from '../model/balance.js';
import type { Commitment, CommitmentStatus } from '../model/commitment.js';
import type { Id, IsoDate } from '../model/common.js';
import type { Condition, ConditionStatus, Guarantee } from '../model/guarantee.js';
import type { Profile } from '../model/profile.js';
import type { Source } from '../model/source.js';
import type { ActorState } from '../timeline/actor.js';
import type { BreachState, GuaranteeState } from '../timeline/guarantee.js';
import type { CommitmentState, PositionState } from '../timeline/snapshot.js';

/**
 * What folding the timeline gives for one guarantee as of a date (situation.ts): the guarantee,
 * its commitments and positions folded to that date, and the actors by id. An answer or a
 * scenario changes these and nothing else; the ground facts are derived from them.
 */
export interface GuaranteeInputs {
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
 * The inputs with some fields replaced, as one literal of a fixed shape: every view then has
 * the same hidden class (rules read its fields on every evaluation), and a view's derived
 * `ground` is never carried over (no spread, no rest). A new input field is listed here.
 */
export function inputsWith(from: GuaranteeInputs, changed: Partial<GuaranteeInputs> = {}): GuaranteeInputs {
  return {
    asOf: changed.asOf ?? from.asOf,
    guarantee: changed.guarantee ?? from.guarantee,
    commitments: changed.commitments ?? from.commitments,
    positions: changed.positions ?? from.positions,
    actors: changed.actors ?? from.actors,
    profile: changed.profile ?? from.profile,
    backstop: changed.backstop ?? from.backstop,
    backstopGuarantees: changed.backstopGuarantees ?? from.backstopGuarantees,
    sources: changed.sources ?? from.sources,
    lentBy: changed.lentBy ?? from.lentBy,
  };
}

/**
 * What the rules see of one guarantee as of a date: its inputs and the ground facts derived
 * from them once, when the view was built (ground.ts: `groundedView`, the only place a view is
 * made). Rules read a view's fields and nothing else — never a date, never the timeline or a
 * scenario — so a guarantee can be re-assessed under a changed view without touching the
 * others. The flow is one-way: scenarios → situation (the timeline folded) → views → rules.
 */
export interface GuaranteeView extends GuaranteeInputs {
  ground: GroundFacts;
}

/** The facts about a guarantee on the ground and on record as of the view's date, derived from its inputs. */
export interface GroundFacts {
  /** Each actor's dated facts as of the date (nuclear-armed, means lost, record): one map per situation. */
  actors: ReadonlyMap<Id, ActorState>;
  /** Signed or declared on or before the date. */
  signed: boolean;
  changesSinceSigning: GuaranteeState['changesSinceSigning'];
  hedges: GuaranteeState['hedges'];
  /** Breaches on record, each with the answers given by the date. */
  breaches: readonly BreachState[];
  /** The adversary's patrons backing it by the date. */
  patrons: GuaranteeState['patrons'];
  /** The local balance in troops. */
  balance: LocalBalance;
  /** Whether the guarantee's own sources state it firmly (ground.ts: isFirm). */
  guaranteeFirm: boolean;
  /** The live states of `commitments` whose current status or scale is only weakly sourced. */
  weakCommitments: ReadonlySet<CommitmentState>;
  /** Each guarantor's engagement, 0–1 (engagement.ts). */
  engagement: ReadonlyMap<Id, number>;
  /** The guarantors with any engagement at all, i.e. "in" the guarantee. */
  engaged: readonly Id[];
  /** Third-party backstops and their status (backstop.ts). */
  backstops: readonly Backstop[];
  /**
   * The view with backstops' live forces counted as the guarantee's own, read by the
   * capability and commitment rules (evaluate.ts): `sure` with the met ones, `best` with the
   * unknown ones too. Absent when no backstop lends anything (and on a lent view itself).
   */
  lent?: { sure: GuaranteeView; best: GuaranteeView };
}

export interface ForceRange {
  low: number;
  mid: number;
  high: number;
}

export interface GuarantorForces {
  guarantor: Id;
  inTheatre: ForceRange;
  /** Within reach, already discounted by the time to bring it (see `REINFORCEMENT_DAYS`). */
  arriving: ForceRange;
  /** Days to bring the within-reach force, as recorded; undefined when none or unknown. */
  days?: { min: number; max: number };
}

export interface LocalBalance {
  /** The adversary's forces in theatre, in troops; undefined when not recorded. */
  adversary?: ForceRange;
  beneficiary?: ForceRange;
  guarantors: GuarantorForces[];
  /** The estimates that count on the date. */
  estimates: ForceEstimate[];
}

/** A third party's backstop as read from the data (backstop.ts). */
export interface Backstop {
  party: Id;
  status: ConditionStatus;
  /** Why the status is what it is, in a phrase. */
  basis: string;
  /** The backstop conditions naming the party, on the guarantee or its guarantors' commitments. */
  conditions: Condition[];
  /** The party's force commitments to the same beneficiary and adversary elsewhere, live or not. */
  forces: CommitmentState[];
  /** The live ones: what counts toward the guarantee once the backstop is met. */
  live: CommitmentState[];
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
export function realGuarantors(view: GuaranteeInputs): Id[] {
  return view.guarantee.guarantors.filter((id) => id !== view.guarantee.adversary);
}

export function guarantorLabel(view: GuaranteeInputs, id: Id): string {
  return view.actors.get(id)?.name ?? id;
}

/** A condition's status as the rules read it: a backstop condition takes its party's status. */
export function conditionStatus(view: GuaranteeView, condition: Condition): ConditionStatus {
  if (condition.kind !== 'third-party-backstop' || condition.party === undefined) return condition.status;
  return view.ground.backstops.find((b) => b.party === condition.party)?.status ?? condition.status;
}
