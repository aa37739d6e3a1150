import type { ForceEstimate } from '../model/balance.js';
import { citedSources, type Id } from '../model/common.js';
import type { ActorState } from '../timeline/actor.js';
import { guaranteeAsOf } from '../timeline/guarantee.js';
import type { CommitmentState } from '../timeline/snapshot.js';
import { backstopsOf, lendForces } from './backstop.js';
import { guarantorEngagement } from './engagement.js';
import {
  type Backstop,
  type ForceRange,
  type GroundFacts,
  type GuaranteeInputs,
  type GuaranteeView,
  type GuarantorForces,
  inputsWith,
  isLive,
  type LocalBalance,
} from './view.js';

/**
 * The one place a view is made: from a guarantee's inputs (the timeline folded to the date,
 * after any scenario or answer), derive once what the rules read — the local balance folded to
 * the date (the latest estimate per party and posture), the hedges and breaches on record by
 * then, who has lost the means to act or is nuclear-armed by then (from the situation's actors),
 * how firmly each fact is sourced, each guarantor's engagement and the backstops. Rules read
 * these fields, never the raw lists, and never fold anything themselves.
 */
export function groundedView(inputs: GuaranteeInputs, actors: ReadonlyMap<Id, ActorState>): GuaranteeView {
  const view = withGround(inputs, actors);
  const lent = lentViews(view, actors);
  if (lent) view.ground.lent = lent;
  return view;
}

function withGround(inputs: GuaranteeInputs, actors: ReadonlyMap<Id, ActorState>): GuaranteeView {
  const state = guaranteeAsOf(inputs.guarantee, inputs.asOf, inTroops);
  const engagement = guarantorEngagement(inputs, state.signed);
  let weakCommitments: ReadonlySet<CommitmentState> = ALL_FIRM;
  // Only a live commitment's grade is read (a dropped one counts nothing whatever its grade).
  if (inputs.sources !== undefined)
    for (const s of inputs.commitments)
      if (isLive(s) && !commitmentFirm(inputs, s)) {
        if (weakCommitments === ALL_FIRM) weakCommitments = new Set();
        (weakCommitments as Set<CommitmentState>).add(s);
      }
  const ground: GroundFacts = {
    actors,
    signed: state.signed,
    changesSinceSigning: state.changesSinceSigning,
    hedges: state.hedges,
    breaches: state.breaches,
    patrons: state.patrons,
    balance: localBalance(inputs, actors, state.estimates),
    guaranteeFirm: isFirm(inputs, inputs.guarantee),
    weakCommitments,
    engagement,
    engaged: [...engagement].filter(([, w]) => w > 0).map(([id]) => id),
    backstops: backstopsOf(inputs),
  };
  return Object.assign(inputsWith(inputs), { ground });
}

/**
 * A met third-party backstop lends its forces: the capability and commitment rules read the
 * view with them counted (evaluate.ts), `sure` with the met backstops, `best` with the unknown
 * ones too. Each is a view of its own, its ground derived from its inputs like any other.
 */
function lentViews(view: GuaranteeView, actors: ReadonlyMap<Id, ActorState>): GroundFacts['lent'] {
  const all = view.ground.backstops;
  const met = all.filter((b) => b.status === 'met');
  const unknown = all.filter((b) => b.status === 'unknown' && b.live.length > 0);
  const lend = (counted: readonly Backstop[]) => {
    const inputs = lendForces(view, counted);
    return inputs === undefined ? view : withGround(inputs, actors);
  };
  const sure = lend(met);
  const best = unknown.length > 0 ? lend([...met, ...unknown]) : sure;
  return sure === view && best === view ? undefined : { sure, best };
}

const ALL_FIRM: ReadonlySet<CommitmentState> = new Set();
const inTroops = (f: ForceEstimate) => TROOPS_PER_FORCE_UNIT[f.unit] !== undefined;

/** Troops per unit, to put every ground estimate in one currency. */
export const TROOPS_PER_FORCE_UNIT: Readonly<Record<string, number>> = {
  troops: 1,
  companies: 150,
  battalions: 600,
  brigades: 4000,
  divisions: 15000,
  corps: 45000,
};

/**
 * A fact is firm when its best corroboration — the best-graded of its sources, as the
 * Admiralty code intends — is at least fairly reliable (A–C) and probably true (1–2). A fact
 * with no source cited is read as before (firm): the loader asks for sources where they
 * are required. A weak fact widens the range: its worst case is that it is not so.
 */
function isFirm(inputs: GuaranteeInputs, entry: { source?: Id; sources?: Id[] } | undefined): boolean {
  const ids = citedSources(entry);
  if (ids.length === 0 || inputs.sources === undefined) return true;
  return ids.some((id) => {
    const s = inputs.sources!.get(id);
    return s !== undefined && 'ABC'.includes(s.reliability) && s.credibility <= 2;
  });
}

/** The grade of a commitment's status as of the date: its current entry and its scale. */
function commitmentFirm(inputs: GuaranteeInputs, state: CommitmentState): boolean {
  const scale = state.commitment.scale;
  return isFirm(inputs, state.since) && (scale === undefined || scale === 'unknown' || isFirm(inputs, scale));
}

/**
 * How much a force within reach counts by the days it needs: 30 / (30 + days). A force a
 * month away counts half; conventional deterrence turns on whether the adversary expects a
 * quick victory before help arrives (Mearsheimer 1983).
 */
export const REINFORCEMENT_DAYS = 30;
const arrivalWeight = (days: number) => REINFORCEMENT_DAYS / (REINFORCEMENT_DAYS + days);

const ZERO: ForceRange = { low: 0, mid: 0, high: 0 };
const plus = (a: ForceRange, b: ForceRange): ForceRange => ({
  low: a.low + b.low,
  mid: a.mid + b.mid,
  high: a.high + b.high,
});

/** One estimate in troops: a weak one spans half its minimum to half again its maximum. */
function troops(inputs: GuaranteeInputs, f: ForceEstimate): ForceRange | undefined {
  const per = TROOPS_PER_FORCE_UNIT[f.unit];
  if (per === undefined) return undefined;
  const min = f.min * per;
  const max = f.max * per;
  const mid = (min + max) / 2;
  return isFirm(inputs, f) ? { low: min, mid, high: max } : { low: min / 2, mid, high: max * 1.5 };
}

/** The estimates that count on the date, in troops, by side; a guarantor without the means to act brings nothing. */
function localBalance(
  inputs: GuaranteeInputs,
  actors: ReadonlyMap<Id, ActorState>,
  estimates: ForceEstimate[],
): LocalBalance {
  const g = inputs.guarantee;
  const result: LocalBalance = { guarantors: [], estimates };
  const byGuarantor = new Map<Id, GuarantorForces>();
  for (const f of estimates) {
    const force = troops(inputs, f);
    if (!force) continue;
    if (f.party === g.adversary) result.adversary = plus(result.adversary ?? ZERO, force);
    else if (f.party === g.beneficiary) result.beneficiary = plus(result.beneficiary ?? ZERO, force);
    else if (g.guarantors.includes(f.party)) {
      const entry = byGuarantor.get(f.party) ?? { guarantor: f.party, inTheatre: ZERO, arriving: ZERO };
      // A guarantor defeated or without the means to act brings nothing.
      if (actors.get(f.party)?.meansLost !== undefined) {
        byGuarantor.set(f.party, entry);
        continue;
      }
      if (f.posture === 'within-reach') {
        const days = f.days === undefined || f.days === 'unknown' ? undefined : f.days;
        const [slow, fast] = days ? [arrivalWeight(days.max), arrivalWeight(days.min)] : [0, 1];
        const mid = days ? arrivalWeight((days.min + days.max) / 2) : 0.5;
        entry.arriving = plus(entry.arriving, { low: force.low * slow, mid: force.mid * mid, high: force.high * fast });
        if (days) entry.days = days;
      } else entry.inTheatre = plus(entry.inTheatre, force);
      byGuarantor.set(f.party, entry);
    }
  }
  result.guarantors = [...byGuarantor.values()];
  return result;
}
