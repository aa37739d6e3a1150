import type { Breach, ForceEstimate, Hedge, Patron } from '../model/balance.js';
import type { IsoDate } from '../model/common.js';
import type { Guarantee } from '../model/guarantee.js';

/**
 * A guarantee's own dated facts folded as of a date: whether it is signed by then, its changes
 * since signing, the force estimates that count then, and the hedges, breaches (with the
 * answers given by then) and the adversary's patrons on record by then. An answer or a scenario
 * can change the guarantee, so this is folded again for every view built from a changed one
 * (credibility/ground.ts).
 */
export interface GuaranteeState {
  /** Signed or declared on or before the date, by a date the data gives. */
  signed: boolean;
  changesSinceSigning: NonNullable<Guarantee['changesSinceSigning']>;
  /** The latest estimate per party and posture on or before the date (undated ones are the oldest). */
  estimates: ForceEstimate[];
  hedges: Hedge[];
  /** Each breach on record, with only the answers given by the date (an undated answer counts). */
  breaches: BreachState[];
  /** The adversary's patrons backing it by the date (an undated backing counts). */
  patrons: Patron[];
}

const NONE = Object.freeze([]) as never[];

export type BreachState = Breach & { responses: NonNullable<Breach['responses']> };

/** A partial date (YYYY or YYYY-MM) turns true on the first day it covers. */
export function firstDay(date: string): IsoDate {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** Signed (or declared) on or before the date, by a date the data gives. */
export function signedOn(guarantee: Guarantee, asOf: IsoDate): boolean {
  const signed = guarantee.signed;
  return signed !== undefined && signed !== 'unknown' && firstDay(signed) <= asOf;
}

/**
 * `counts`: which estimates the engine can weigh at all (those in a unit it converts to
 * troops); an estimate it cannot weigh never hides an earlier one it can.
 */
export function guaranteeAsOf(
  guarantee: Guarantee,
  asOf: IsoDate,
  counts: (estimate: ForceEstimate) => boolean,
): GuaranteeState {
  // Most guarantees record none of these: nothing to fold then.
  const g = guarantee;
  const breaches = g.breaches
    ? g.breaches
        .filter((b) => b.date <= asOf)
        .map((b) => ({ ...b, responses: (b.responses ?? []).filter((r) => r.date === undefined || r.date <= asOf) }))
    : NONE;
  return {
    signed: signedOn(g, asOf),
    changesSinceSigning: g.changesSinceSigning ? g.changesSinceSigning.filter((c) => c.date <= asOf) : NONE,
    estimates: g.balance ? latestEstimates(g.balance, asOf, counts) : NONE,
    hedges: g.hedges ? g.hedges.filter((h) => h.date <= asOf) : NONE,
    breaches,
    patrons: g.adversaryPatrons
      ? g.adversaryPatrons.filter((p) => p.since === undefined || String(p.since) <= asOf)
      : NONE,
  };
}

function latestEstimates(
  balance: readonly ForceEstimate[],
  asOf: IsoDate,
  counts: (estimate: ForceEstimate) => boolean,
): ForceEstimate[] {
  const latest = new Map<string, ForceEstimate>();
  for (const f of balance) {
    if (f.date !== undefined && f.date > asOf) continue;
    if (!counts(f)) continue;
    const key = `${f.party}\u0000${f.posture ?? 'in-theatre'}`;
    const before = latest.get(key);
    if (!before || (f.date ?? '') >= (before.date ?? '')) latest.set(key, f);
  }
  return [...latest.values()];
}
