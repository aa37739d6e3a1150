import type { Change } from '../model/change.js';
import type { Commitment, StatusEntry } from '../model/commitment.js';
import type { Id, IsoDate } from '../model/common.js';
import type { Dataset } from '../model/dataset.js';
import type { Condition, Guarantee } from '../model/guarantee.js';
import type { Position } from '../model/position.js';

/**
 * Applying changes: what a scenario or an open question's answer would make true, as a new
 * dataset. Nothing is mutated; untouched entities are shared with the original, so applying
 * a handful of changes to 10,000 commitments copies pointers, not commitments.
 *
 * The per-entity functions below are the one place a change's meaning is written down; the
 * credibility engine reuses them to apply answers to a single guarantee's view without
 * rebuilding the whole dataset.
 */

const SCENARIO_NOTE = 'set by a scenario or an answer, not by a source';

/** Inserts an entry into a date-ordered history, after any entry of the same date. */
function insertDated<T extends { date: string }>(history: readonly T[], entry: T): T[] {
  let at = history.length;
  while (at > 0 && history[at - 1]!.date > entry.date) at--;
  return [...history.slice(0, at), entry, ...history.slice(at)];
}

function withCondition(conditions: readonly Condition[] | undefined, id: Id, status: Condition['status']) {
  if (!conditions?.some((c) => c.id === id)) return undefined;
  return conditions.map((c) => (c.id === id ? { ...c, status } : c));
}

/** The commitment after `change`, or the same object when the change is not about it. */
export function changeCommitment(commitment: Commitment, change: Change, asOf: IsoDate): Commitment {
  switch (change.op) {
    case 'set-status':
      if (change.commitment !== commitment.id) return commitment;
      return {
        ...commitment,
        history: insertDated(commitment.history, {
          date: change.date ?? asOf,
          status: change.status,
          note: SCENARIO_NOTE,
        }),
      };
    case 'set-scale':
      return change.commitment === commitment.id ? { ...commitment, scale: change.scale } : commitment;
    case 'set-location':
      return change.commitment === commitment.id ? { ...commitment, location: change.location } : commitment;
    case 'set-condition': {
      if (change.commitment !== commitment.id) return commitment;
      const conditions = withCondition(commitment.conditions, change.condition, change.status);
      return conditions ? { ...commitment, conditions } : commitment;
    }
    default:
      return commitment;
  }
}

/** The guarantee after `change`, or the same object when the change is not about it. */
export function changeGuarantee(guarantee: Guarantee, change: Change): Guarantee {
  if (change.op === 'set-guarantee' && change.guarantee === guarantee.id) {
    return {
      ...guarantee,
      ...(change.obligation !== undefined ? { obligation: change.obligation } : {}),
      ...(change.legalForm !== undefined ? { legalForm: change.legalForm } : {}),
      ...(change.trigger !== undefined ? { trigger: change.trigger } : {}),
    };
  }
  if (change.op === 'set-condition' && change.guarantee === guarantee.id && change.commitment === undefined) {
    const conditions = withCondition(guarantee.conditions, change.condition, change.status);
    return conditions ? { ...guarantee, conditions } : guarantee;
  }
  return guarantee;
}

/** The position after `change`, or the same object when the change is not about it. */
export function changePosition(position: Position, change: Change, asOf: IsoDate): Position {
  if (change.op !== 'set-stance' || change.position !== position.id) return position;
  return {
    ...position,
    history: insertDated(position.history, { date: asOf, stance: change.stance, note: SCENARIO_NOTE }),
  };
}

/** The commitment an `add-commitment` change creates, its history starting on the as-of date. */
export function addedCommitment(change: Extract<Change, { op: 'add-commitment' }>, asOf: IsoDate): Commitment {
  return {
    id: change.id,
    guarantee: change.guarantee,
    guarantor: change.guarantor,
    capability: change.capability,
    ...(change.description !== undefined ? { description: change.description } : {}),
    ...(change.scale !== undefined ? { scale: change.scale } : {}),
    ...(change.location !== undefined ? { location: change.location } : {}),
    history: [{ date: asOf, status: change.status, note: SCENARIO_NOTE }],
  };
}

/** What a list of changes is about: the guarantees, commitments and positions it touches. */
export interface ChangeTargets {
  guarantees: Set<Id>;
  commitments: Set<Id>;
  positions: Set<Id>;
}

export function changeTargets(changes: readonly Change[]): ChangeTargets {
  const targets: ChangeTargets = { guarantees: new Set(), commitments: new Set(), positions: new Set() };
  for (const change of changes) {
    switch (change.op) {
      case 'set-status':
      case 'set-scale':
      case 'set-location':
        targets.commitments.add(change.commitment);
        break;
      case 'set-condition':
        if (change.commitment !== undefined) targets.commitments.add(change.commitment);
        else if (change.guarantee !== undefined) targets.guarantees.add(change.guarantee);
        break;
      case 'set-stance':
        targets.positions.add(change.position);
        break;
      case 'set-guarantee':
      case 'add-commitment':
        targets.guarantees.add(change.guarantee);
        break;
    }
  }
  return targets;
}

/** The changes about each id, in order: each entity then folds only its own changes. */
function changesById(changes: readonly Change[], idOf: (change: Change) => Id | undefined): Map<Id, Change[]> {
  const byId = new Map<Id, Change[]>();
  for (const change of changes) {
    const id = idOf(change);
    if (id === undefined) continue;
    const list = byId.get(id);
    if (list) list.push(change);
    else byId.set(id, [change]);
  }
  return byId;
}

function replaceTouched<T extends { id: Id }>(
  list: readonly T[],
  touched: ReadonlyMap<Id, readonly Change[]>,
  update: (entity: T, changes: readonly Change[]) => T,
): T[] {
  if (touched.size === 0) return list as T[];
  let copy: T[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const entity = list[i]!;
    const own = touched.get(entity.id);
    if (!own) continue;
    const next = update(entity, own);
    if (next !== entity) {
      copy ??= list.slice();
      copy[i] = next;
    }
  }
  return copy ?? (list as T[]);
}

/**
 * A commitment after its own changes. Status entries are merged into the history once, in
 * date order (each after any entry of the same date, as {@link changeCommitment} inserts them),
 * so a scenario of 100,000 changes costs what its length does, not its square.
 */
function foldCommitment(commitment: Commitment, changes: readonly Change[], asOf: IsoDate): Commitment {
  const entries: StatusEntry[] = [];
  let next = commitment;
  for (const change of changes) {
    if (change.op === 'set-status')
      entries.push({ date: change.date ?? asOf, status: change.status, note: SCENARIO_NOTE });
    else next = changeCommitment(next, change, asOf);
  }
  return entries.length === 0 ? next : { ...next, history: mergeDated(next.history, entries) };
}

/** `history` (date-ordered) with `entries` inserted, each after every entry dated on or before it. */
function mergeDated<T extends { date: string }>(history: readonly T[], entries: readonly T[]): T[] {
  const sorted = entries
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => (a.entry.date < b.entry.date ? -1 : a.entry.date > b.entry.date ? 1 : a.order - b.order));
  const out: T[] = [];
  let h = 0;
  for (const { entry } of sorted) {
    while (h < history.length && history[h]!.date <= entry.date) out.push(history[h++]!);
    out.push(entry);
  }
  while (h < history.length) out.push(history[h++]!);
  return out;
}

const commitmentOf = (c: Change): Id | undefined =>
  c.op === 'set-status' || c.op === 'set-scale' || c.op === 'set-location' || c.op === 'set-condition'
    ? c.commitment
    : undefined;
const guaranteeOf = (c: Change): Id | undefined =>
  c.op === 'set-guarantee' || (c.op === 'set-condition' && c.commitment === undefined) ? c.guarantee : undefined;
const positionOf = (c: Change): Id | undefined => (c.op === 'set-stance' ? c.position : undefined);

/**
 * The dataset as it would be after `changes`, applied in order as of `asOf` (a status or
 * stance change without its own date takes effect on `asOf`). Never mutates `dataset`.
 * A change that names an entity the dataset lacks changes nothing; the loader reports such
 * references in dataset files, and {@link unresolvedChanges} finds them in changes built in code.
 */
export function applyChanges(
  dataset: Dataset,
  changes: readonly Change[],
  asOf: IsoDate = dataset.manifest.asOf,
): Dataset {
  if (changes.length === 0) return dataset;
  const existing = new Set(dataset.commitments.map((c) => c.id));
  const guarantees = new Set(dataset.guarantees.map((g) => g.id));
  const added = changes
    .filter((c): c is Extract<Change, { op: 'add-commitment' }> => c.op === 'add-commitment')
    .filter((c) => !existing.has(c.id) && guarantees.has(c.guarantee))
    .map((c) => addedCommitment(c, asOf));
  const allCommitments = added.length > 0 ? [...dataset.commitments, ...added] : dataset.commitments;
  return {
    ...dataset,
    guarantees: replaceTouched(dataset.guarantees, changesById(changes, guaranteeOf), (g, own) =>
      own.reduce((acc, change) => changeGuarantee(acc, change), g),
    ),
    commitments: replaceTouched(allCommitments, changesById(changes, commitmentOf), (c, own) =>
      foldCommitment(c, own, asOf),
    ),
    positions: replaceTouched(dataset.positions, changesById(changes, positionOf), (p, own) =>
      own.reduce((acc, change) => changePosition(acc, change, asOf), p),
    ),
  };
}

/** Changes that name a guarantee, commitment, position or condition the dataset lacks. */
export function unresolvedChanges(dataset: Dataset, changes: readonly Change[]): { change: Change; missing: string }[] {
  const guarantees = new Map(dataset.guarantees.map((g) => [g.id, g]));
  const commitments = new Map(dataset.commitments.map((c) => [c.id, c]));
  const positions = new Set(dataset.positions.map((p) => p.id));
  const addedIds = new Set<Id>();
  const problems: { change: Change; missing: string }[] = [];
  for (const change of changes) {
    const missing = (what: string) => problems.push({ change, missing: what });
    switch (change.op) {
      case 'set-status':
      case 'set-scale':
      case 'set-location':
        if (!commitments.has(change.commitment) && !addedIds.has(change.commitment))
          missing(`commitment '${change.commitment}'`);
        break;
      case 'set-condition': {
        const owner = change.commitment !== undefined ? commitments.get(change.commitment) : undefined;
        const guarantee = change.guarantee !== undefined ? guarantees.get(change.guarantee) : undefined;
        const conditions = change.commitment !== undefined ? owner?.conditions : guarantee?.conditions;
        if (!conditions?.some((c) => c.id === change.condition)) missing(`condition '${change.condition}'`);
        break;
      }
      case 'set-stance':
        if (!positions.has(change.position)) missing(`position '${change.position}'`);
        break;
      case 'set-guarantee':
        if (!guarantees.has(change.guarantee)) missing(`guarantee '${change.guarantee}'`);
        break;
      case 'add-commitment':
        if (!guarantees.has(change.guarantee)) missing(`guarantee '${change.guarantee}'`);
        if (commitments.has(change.id)) missing(`a free commitment id ('${change.id}' exists)`);
        addedIds.add(change.id);
        break;
    }
  }
  return problems;
}
