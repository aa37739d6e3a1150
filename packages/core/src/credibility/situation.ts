import type { Actor } from '../model/actor.js';
import type { Change } from '../model/change.js';
import type { Commitment } from '../model/commitment.js';
import type { Id, IsoDate } from '../model/common.js';
import type { Dataset } from '../model/dataset.js';
import type { Position } from '../model/position.js';
import type { Profile } from '../model/profile.js';
import {
  addedCommitment,
  changeCommitment,
  changeGuarantee,
  changePosition,
  changeTargets,
} from '../scenario/apply.js';
import { type ActorState, actorsAsOf } from '../timeline/actor.js';
import { type CommitmentState, commitmentAsOf, positionAsOf } from '../timeline/snapshot.js';
import { backstopParties } from './backstop.js';
import { existsAsOf, sourceDates } from './existence.js';
import { groundedView } from './ground.js';
import { type GuaranteeInputs, type GuaranteeView, inputsWith } from './view.js';

/**
 * The dataset on one date with the timeline folded once: the actors, and each guarantee's
 * commitments, positions and backstop commitments, as the inputs of its view. Built once in a
 * single pass (commitments are indexed by guarantee, never joined pairwise), so 10,000
 * commitments cost 10,000 steps.
 *
 * The flow is one-way: scenarios are applied to the dataset first (assess.ts), the timeline is
 * folded here, a guarantee's view is built from its inputs with its ground facts derived once
 * (`viewOf`, ground.ts) when it is assessed, and the rules read only the view. An answer to a
 * question is a change to a view's inputs (`deriveView`), after which its ground facts are
 * derived again the same way. A guarantee whose inputs are the very objects of an earlier
 * assessment is not built at all (reuse.ts).
 */
export interface Situation {
  dataset: Dataset;
  asOf: IsoDate;
  profile: Profile;
  actors: ReadonlyMap<Id, Actor>;
  /** The inputs of each guarantee that exists as of the date (existence.ts), in dataset order. */
  guarantees: Map<Id, GuaranteeInputs>;
  /** The actors folded to the date: every view of the situation shares them. */
  actorStates: ReadonlyMap<Id, ActorState>;
  commitmentGuarantee: ReadonlyMap<Id, Id>;
  positionGuarantee: ReadonlyMap<Id, Id>;
  /** For a commitment, the other guarantees that read it as a third party's backstop. */
  backstopReaders: ReadonlyMap<Id, Id[]>;
  /** Each source's publication date (existence.ts): what dates a guarantee with no signing date. */
  sourceDates: ReadonlyMap<Id, IsoDate>;
}

const pairKey = (beneficiary: Id, adversary: Id) => `${beneficiary}\u0000${adversary}`;

export function buildSituation(dataset: Dataset, asOf: IsoDate, profile: Profile): Situation {
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const commitments = new Map<Id, GuaranteeView['commitments'][number][]>();
  const positions = new Map<Id, GuaranteeView['positions'][number][]>();
  const commitmentGuarantee = new Map<Id, Id>();
  const positionGuarantee = new Map<Id, Id>();
  for (const c of dataset.commitments) {
    commitmentGuarantee.set(c.id, c.guarantee);
    const list = commitments.get(c.guarantee);
    if (list) list.push(commitmentAsOf(c, asOf));
    else commitments.set(c.guarantee, [commitmentAsOf(c, asOf)]);
  }
  for (const p of dataset.positions) {
    positionGuarantee.set(p.id, p.guarantee);
    const list = positions.get(p.guarantee);
    if (list) list.push(positionAsOf(p, asOf));
    else positions.set(p.guarantee, [positionAsOf(p, asOf)]);
  }
  const { pairs, pairOf, byGuarantor } = backstopIndex(dataset, commitments);
  const backstopReaders = new Map<Id, Id[]>();
  const published = sourceDates(dataset.sources);
  const actorStates = actorsAsOf(dataset.actors, asOf);
  const inputsById = new Map<Id, GuaranteeInputs>();
  for (const guarantee of dataset.guarantees) {
    const own = commitments.get(guarantee.id) ?? [];
    const key = pairOf.get(guarantee.id)!;
    const backstop: CommitmentState[] = [];
    for (const party of backstopParties(guarantee, own))
      for (const state of byGuarantor.get(`${party}\u0000${key}`) ?? []) {
        if (state.commitment.guarantee === guarantee.id) continue;
        backstop.push(state);
        const readers = backstopReaders.get(state.commitment.id);
        if (readers) readers.push(guarantee.id);
        else backstopReaders.set(state.commitment.id, [guarantee.id]);
      }
    const inputs: GuaranteeInputs = {
      asOf,
      guarantee,
      commitments: own,
      positions: positions.get(guarantee.id) ?? [],
      actors,
      profile,
      backstop,
      backstopGuarantees: pairs.get(key)!,
      sources,
    };
    // Not yet signed and nothing on record: left out on this date (existence.ts).
    if (existsAsOf(inputs, published)) inputsById.set(guarantee.id, inputs);
  }
  return {
    dataset,
    asOf,
    profile,
    actors,
    guarantees: inputsById,
    actorStates,
    commitmentGuarantee,
    positionGuarantee,
    backstopReaders,
    sourceDates: published,
  };
}

/**
 * Backstops: each guarantee sees what the parties it depends on committed to the same
 * beneficiary against the same adversary elsewhere, indexed once by guarantor and pair.
 */
function backstopIndex(dataset: Dataset, commitments: ReadonlyMap<Id, readonly CommitmentState[]>) {
  const pairs = new Map<string, Set<Id>>();
  const pairOf = new Map<Id, string>();
  for (const g of dataset.guarantees) {
    const key = pairKey(g.beneficiary, g.adversary);
    pairOf.set(g.id, key);
    const set = pairs.get(key);
    if (set) set.add(g.id);
    else pairs.set(key, new Set([g.id]));
  }
  const byGuarantor = new Map<string, CommitmentState[]>();
  for (const list of commitments.values())
    for (const state of list) {
      const key = `${state.commitment.guarantor}\u0000${pairOf.get(state.commitment.guarantee)}`;
      const at = byGuarantor.get(key);
      if (at) at.push(state);
      else byGuarantor.set(key, [state]);
    }
  return { pairs, pairOf, byGuarantor };
}

/** The guarantees a list of changes would touch. */
export function touchedGuarantees(situation: Situation, changes: readonly Change[]): Set<Id> {
  const targets = changeTargets(changes);
  const touched = new Set<Id>();
  for (const g of targets.guarantees) if (situation.guarantees.has(g)) touched.add(g);
  for (const c of targets.commitments) {
    const g = situation.commitmentGuarantee.get(c);
    if (g !== undefined) touched.add(g);
    for (const reader of situation.backstopReaders.get(c) ?? []) touched.add(reader);
  }
  for (const p of targets.positions) {
    const g = situation.positionGuarantee.get(p);
    if (g !== undefined) touched.add(g);
  }
  // A change to a commitment a change earlier in the list adds; an added commitment of a
  // party another guarantee depends on is part of that guarantee's backstop.
  for (const change of changes) {
    if (change.op !== 'add-commitment' || !situation.guarantees.has(change.guarantee)) continue;
    touched.add(change.guarantee);
    for (const [id, inputs] of situation.guarantees)
      if (id !== change.guarantee && readsAsBackstop(inputs, change)) touched.add(id);
  }
  return touched;
}

function readsAsBackstop(view: GuaranteeInputs, change: Extract<Change, { op: 'add-commitment' }>): boolean {
  return (
    change.guarantee !== view.guarantee.id &&
    view.backstopGuarantees.has(change.guarantee) &&
    backstopParties(view.guarantee, view.commitments).has(change.guarantor)
  );
}

/** A guarantee's view on the situation's date, after `changes` (the most-likely reading's answers): built once. */
export function viewOf(situation: Situation, inputs: GuaranteeInputs, changes: readonly Change[] = []): GuaranteeView {
  return groundedView(changedInputs(inputs, changes) ?? inputs, situation.actorStates);
}

/**
 * One guarantee's view after `changes`, applied exactly as `applyChanges` applies them to a
 * dataset (the same per-entity functions) to the view's inputs, its ground facts then derived
 * again (ground.ts), without rebuilding anything else. Returns the same view when nothing in
 * it changes.
 */
export function deriveView(view: GuaranteeView, changes: readonly Change[]): GuaranteeView {
  const inputs = changedInputs(view, changes);
  return inputs === undefined ? view : groundedView(inputs, view.ground.actors);
}

/** A guarantee's inputs after `changes` (as `deriveView`), or undefined when nothing in them changes. */
export function changedInputs(view: GuaranteeInputs, changes: readonly Change[]): GuaranteeInputs | undefined {
  if (changes.length === 0) return undefined;
  const asOf = view.asOf;
  const id = view.guarantee.id;
  // Only the entities a change names can change (changeCommitment and changePosition return
  // the same object otherwise): a pass over the rest would cost commitments × changes.
  const targets = changeTargets(changes);
  const adding = changes.filter(
    (c): c is Extract<Change, { op: 'add-commitment' }> => c.op === 'add-commitment' && c.guarantee === id,
  );
  const existing = adding.length ? new Set(view.commitments.map((s) => s.commitment.id)) : undefined;
  const added = adding.filter((c) => !existing!.has(c.id)).map((c) => addedCommitment(c, asOf));
  const guarantee = changes.reduce((g, change) => changeGuarantee(g, change), view.guarantee);
  let commitmentsChanged = added.length > 0;
  const updateCommitment = (c: Commitment) =>
    targets.commitments.has(c.id) ? changes.reduce((acc, change) => changeCommitment(acc, change, asOf), c) : c;
  const commitments = [...view.commitments.map((s) => s.commitment), ...added].map((c, i) => {
    const next = updateCommitment(c);
    const before = view.commitments[i];
    if (before && next === before.commitment) return before;
    commitmentsChanged = true;
    return commitmentAsOf(next, asOf);
  });
  const backstopAdded = changes
    .filter((c): c is Extract<Change, { op: 'add-commitment' }> => c.op === 'add-commitment')
    .filter((c) => readsAsBackstop(view, c))
    .filter((c) => !view.backstop.some((s) => s.commitment.id === c.id))
    .map((c) => addedCommitment(c, asOf));
  let backstopChanged = backstopAdded.length > 0;
  const backstop = [...view.backstop.map((s) => s.commitment), ...backstopAdded].map((c, i) => {
    const next = updateCommitment(c);
    const before = view.backstop[i];
    if (before && next === before.commitment) return before;
    backstopChanged = true;
    return commitmentAsOf(next, asOf);
  });
  let positionsChanged = false;
  const updatePosition = (p: Position) =>
    targets.positions.has(p.id) ? changes.reduce((acc, change) => changePosition(acc, change, asOf), p) : p;
  const positions = view.positions.map((s) => {
    const next = updatePosition(s.position);
    if (next === s.position) return s;
    positionsChanged = true;
    return positionAsOf(next, asOf);
  });
  if (guarantee === view.guarantee && !commitmentsChanged && !positionsChanged && !backstopChanged) return undefined;
  return inputsWith(view, {
    guarantee,
    commitments: commitmentsChanged ? commitments : view.commitments,
    positions: positionsChanged ? positions : view.positions,
    backstop: backstopChanged ? backstop : view.backstop,
  });
}

/** The same guarantee's inputs on another date: its entities folded again to that date (history.ts). */
export function inputsOnDate(view: GuaranteeInputs, asOf: IsoDate): GuaranteeInputs {
  return inputsWith(view, {
    asOf,
    commitments: view.commitments.map((s) => commitmentAsOf(s.commitment, asOf)),
    positions: view.positions.map((s) => positionAsOf(s.position, asOf)),
    backstop: view.backstop.map((s) => commitmentAsOf(s.commitment, asOf)),
  });
}
