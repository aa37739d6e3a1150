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
import { commitmentAsOf, positionAsOf } from '../timeline/snapshot.js';
import type { GuaranteeView } from './view.js';

/**
 * The dataset as the rules see it on one date: one view per guarantee, with its commitments
 * and positions folded to that date. Built once in a single pass (commitments are indexed by
 * guarantee, never joined pairwise), so 10,000 commitments cost 10,000 steps.
 */
export interface Situation {
  dataset: Dataset;
  asOf: IsoDate;
  profile: Profile;
  actors: ReadonlyMap<Id, Actor>;
  /** One view per guarantee, in dataset order. */
  views: Map<Id, GuaranteeView>;
  commitmentGuarantee: ReadonlyMap<Id, Id>;
  positionGuarantee: ReadonlyMap<Id, Id>;
}

export function buildSituation(dataset: Dataset, asOf: IsoDate, profile: Profile): Situation {
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
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
  const views = new Map<Id, GuaranteeView>();
  for (const guarantee of dataset.guarantees) {
    views.set(guarantee.id, {
      asOf,
      guarantee,
      commitments: commitments.get(guarantee.id) ?? [],
      positions: positions.get(guarantee.id) ?? [],
      actors,
      profile,
    });
  }
  return { dataset, asOf, profile, actors, views, commitmentGuarantee, positionGuarantee };
}

/** The guarantees a list of changes would touch. */
export function touchedGuarantees(situation: Situation, changes: readonly Change[]): Set<Id> {
  const targets = changeTargets(changes);
  const touched = new Set<Id>();
  for (const g of targets.guarantees) if (situation.views.has(g)) touched.add(g);
  for (const c of targets.commitments) {
    const g = situation.commitmentGuarantee.get(c);
    if (g !== undefined) touched.add(g);
  }
  for (const p of targets.positions) {
    const g = situation.positionGuarantee.get(p);
    if (g !== undefined) touched.add(g);
  }
  // A change to a commitment a change earlier in the list adds.
  for (const change of changes)
    if (change.op === 'add-commitment' && situation.views.has(change.guarantee)) touched.add(change.guarantee);
  return touched;
}

/**
 * One guarantee's view after `changes`, applied exactly as `applyChanges` applies them to a
 * dataset (the same per-entity functions), without rebuilding anything else. Returns the
 * same view when nothing in it changes.
 */
export function deriveView(view: GuaranteeView, changes: readonly Change[]): GuaranteeView {
  if (changes.length === 0) return view;
  const asOf = view.asOf;
  const id = view.guarantee.id;
  const existing = new Set(view.commitments.map((s) => s.commitment.id));
  const added = changes
    .filter((c): c is Extract<Change, { op: 'add-commitment' }> => c.op === 'add-commitment' && c.guarantee === id)
    .filter((c) => !existing.has(c.id))
    .map((c) => addedCommitment(c, asOf));
  const guarantee = changes.reduce((g, change) => changeGuarantee(g, change), view.guarantee);
  let commitmentsChanged = added.length > 0;
  const updateCommitment = (c: Commitment) => changes.reduce((acc, change) => changeCommitment(acc, change, asOf), c);
  const commitments = [...view.commitments.map((s) => s.commitment), ...added].map((c, i) => {
    const next = updateCommitment(c);
    const before = view.commitments[i];
    if (before && next === before.commitment) return before;
    commitmentsChanged = true;
    return commitmentAsOf(next, asOf);
  });
  let positionsChanged = false;
  const updatePosition = (p: Position) => changes.reduce((acc, change) => changePosition(acc, change, asOf), p);
  const positions = view.positions.map((s) => {
    const next = updatePosition(s.position);
    if (next === s.position) return s;
    positionsChanged = true;
    return positionAsOf(next, asOf);
  });
  if (guarantee === view.guarantee && !commitmentsChanged && !positionsChanged) return view;
  return {
    ...view,
    guarantee,
    commitments: commitmentsChanged ? commitments : view.commitments,
    positions: positionsChanged ? positions : view.positions,
  };
}
