import type { Actor } from '../model/actor.js';
import type { MeansLoss } from '../model/balance.js';
import { type Id, type IsoDate, knownValue } from '../model/common.js';

/**
 * An actor's dated facts folded as of a date: whether it is nuclear-armed by then, the loss of
 * the means to act in force then, and the crisis episodes on record by then. Answers and
 * scenarios never change an actor, so a situation folds its actors once and every view shares
 * the result (credibility/situation.ts).
 */
export interface ActorState {
  actor: Actor;
  /** Its nuclear fact, and not before `nuclearSince`; undefined when unknown. */
  nuclearArmed: boolean | undefined;
  /** Defeated or without the means to act on the date. */
  meansLost?: MeansLoss;
  /** Its recorded episodes dated on or before the date (a partial date on its first day or later). */
  record: NonNullable<Actor['record']>;
}

export function actorAsOf(actor: Actor, asOf: IsoDate): ActorState {
  // An actor with no dated fact reads the same on every date: folded once (history folds per date).
  const undated = actor.nuclearSince === undefined && actor.meansLost === undefined && actor.record === undefined;
  if (undated) {
    const kept = undatedStates.get(actor);
    if (kept) return kept;
  }
  const known = knownValue(actor.nuclearArmed);
  const since = actor.nuclearSince?.date;
  const nuclearArmed = known === true ? since === undefined || String(since) <= asOf : known;
  const meansLost = actor.meansLost?.find((m) => m.date <= asOf && (m.until === undefined || m.until > asOf));
  const record = (actor.record ?? []).filter((r) => !(r.date > asOf));
  const state = { actor, nuclearArmed, ...(meansLost ? { meansLost } : {}), record };
  if (undated) undatedStates.set(actor, state);
  return state;
}

const undatedStates = new WeakMap<Actor, ActorState>();

/** Every actor folded as of the date, by id. */
export function actorsAsOf(actors: Iterable<Actor>, asOf: IsoDate): ReadonlyMap<Id, ActorState> {
  const states = new Map<Id, ActorState>();
  for (const actor of actors) states.set(actor.id, actorAsOf(actor, asOf));
  return states;
}
