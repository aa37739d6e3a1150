import type { Actor } from '../model/actor.js';
import type { Breach, ForceEstimate, Hedge } from '../model/balance.js';
import { citedSources, type Id, type IsoDate, knownValue } from '../model/common.js';
import type { CommitmentState } from '../timeline/snapshot.js';
import type { GuaranteeView } from './view.js';

/**
 * What stands on the ground and what has happened to a guarantee, as of the view's date:
 * the local balance folded to the date (the latest estimate per party and posture), the
 * hedges and breaches on record by then, who has lost the means to act, who is nuclear-armed
 * by then, and how firmly each fact is sourced. Rules read these, never the raw lists.
 */

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
export function isFirm(view: GuaranteeView, entry: { source?: Id; sources?: Id[] } | undefined): boolean {
  const ids = citedSources(entry);
  if (ids.length === 0 || view.sources === undefined) return true;
  return ids.some((id) => {
    const s = view.sources!.get(id);
    return s !== undefined && 'ABC'.includes(s.reliability) && s.credibility <= 2;
  });
}

/** The grade of a commitment's status as of the date: its current entry and its scale. */
export function commitmentFirm(view: GuaranteeView, state: CommitmentState): boolean {
  const scale = state.commitment.scale;
  return isFirm(view, state.since) && (scale === undefined || scale === 'unknown' || isFirm(view, scale));
}

/** Whether the actor is nuclear-armed on the date: its fact, and no earlier than `nuclearSince`. */
export function nuclearOn(actor: Actor | undefined, asOf: IsoDate): boolean | undefined {
  const value = knownValue(actor?.nuclearArmed);
  if (value !== true) return value;
  const since = actor?.nuclearSince?.date;
  return since === undefined || String(since) <= asOf;
}

/** A guarantor defeated, or without the means to act, on the date. */
export function meansLostOn(actor: Actor | undefined, asOf: IsoDate) {
  return actor?.meansLost?.find((m) => m.date <= asOf && (m.until === undefined || m.until > asOf));
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
function troops(view: GuaranteeView, f: ForceEstimate): ForceRange | undefined {
  const per = TROOPS_PER_FORCE_UNIT[f.unit];
  if (per === undefined) return undefined;
  const min = f.min * per;
  const max = f.max * per;
  const mid = (min + max) / 2;
  return isFirm(view, f) ? { low: min, mid, high: max } : { low: min / 2, mid, high: max * 1.5 };
}

/** The latest estimate per party and posture on or before the date (undated ones are the oldest). */
function current(view: GuaranteeView): ForceEstimate[] {
  const latest = new Map<string, ForceEstimate>();
  for (const f of view.guarantee.balance ?? []) {
    if (f.date !== undefined && f.date > view.asOf) continue;
    if (TROOPS_PER_FORCE_UNIT[f.unit] === undefined) continue;
    const key = `${f.party}\u0000${f.posture ?? 'in-theatre'}`;
    const before = latest.get(key);
    if (!before || (f.date ?? '') >= (before.date ?? '')) latest.set(key, f);
  }
  return [...latest.values()];
}

export function localBalance(view: GuaranteeView): LocalBalance {
  const cached = balanceCache.get(view);
  if (cached) return cached;
  const g = view.guarantee;
  const estimates = current(view);
  const result: LocalBalance = { guarantors: [], estimates };
  const byGuarantor = new Map<Id, GuarantorForces>();
  for (const f of estimates) {
    const force = troops(view, f);
    if (!force) continue;
    if (f.party === g.adversary) result.adversary = plus(result.adversary ?? ZERO, force);
    else if (f.party === g.beneficiary) result.beneficiary = plus(result.beneficiary ?? ZERO, force);
    else if (g.guarantors.includes(f.party)) {
      const entry = byGuarantor.get(f.party) ?? { guarantor: f.party, inTheatre: ZERO, arriving: ZERO };
      // A guarantor defeated or without the means to act brings nothing.
      const lost = meansLostOn(view.actors.get(f.party), view.asOf) !== undefined;
      if (lost) {
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
  balanceCache.set(view, result);
  return result;
}

const balanceCache = new WeakMap<GuaranteeView, LocalBalance>();

/** Hedges on record by the date. */
export function hedgesOn(view: GuaranteeView): Hedge[] {
  return (view.guarantee.hedges ?? []).filter((h) => h.date <= view.asOf);
}

/** Breaches on record by the date. */
export function breachesOn(view: GuaranteeView): Breach[] {
  return (view.guarantee.breaches ?? []).filter((b) => b.date <= view.asOf);
}
