import { CAPABILITIES, type Capability, type CommitmentStatus, PROGRESS_STATUSES } from '../model/commitment.js';
import type { Id } from '../model/common.js';
import type { CommitmentState, Snapshot } from '../timeline/snapshot.js';

/**
 * The coalition matrix of one guarantee: its guarantors down, the capabilities they offer
 * across, each cell the strongest commitment of that guarantor and capability as of the
 * snapshot's date. A guarantor can hold two commitments of one capability (a pledge that
 * lapsed and a new one, say); the cell shows the one that counts for most.
 */

export interface CoalitionRow {
  /** The guarantor. */
  actor: Id;
  /** The strongest commitment per capability; a capability the guarantor never offered is absent. */
  cells: Partial<Record<Capability, CommitmentState>>;
}

export interface CoalitionMatrix {
  guarantee: Id;
  /** The capabilities any guarantor offers, in the model's order (CAPABILITIES). */
  capabilities: Capability[];
  /** The guarantee's guarantors in its own order, then any other actor with a commitment to it. */
  rows: CoalitionRow[];
}

const EXITED = -1;
const NOT_YET = -2;

/**
 * How much a status counts for, to pick the strongest of several commitments: forward
 * statuses by how far along they are (deployed highest); any exit (declined, ruled out,
 * withdrawn, lapsed) below every forward status, since it offers nothing now, yet above a
 * commitment not yet on record as of the date, since it is at least on record.
 */
export function commitmentStrength(status: CommitmentStatus | undefined): number {
  if (status === undefined) return NOT_YET;
  const progress = (PROGRESS_STATUSES as readonly string[]).indexOf(status);
  return progress >= 0 ? progress : EXITED;
}

/** The coalition matrix of `guarantee` as of the snapshot; ties keep the first commitment in the dataset. */
export function coalitionMatrix(snapshot: Snapshot, guarantee: Id): CoalitionMatrix {
  const g = snapshot.dataset.guarantees.find((x) => x.id === guarantee);
  const rows = new Map<Id, CoalitionRow>();
  for (const id of g?.guarantors ?? []) rows.set(id, { actor: id, cells: {} });
  const used = new Set<Capability>();
  for (const state of snapshot.commitments) {
    const c = state.commitment;
    if (c.guarantee !== guarantee) continue;
    let row = rows.get(c.guarantor);
    if (!row) {
      row = { actor: c.guarantor, cells: {} };
      rows.set(c.guarantor, row);
    }
    const held = row.cells[c.capability];
    if (!held || commitmentStrength(state.status) > commitmentStrength(held.status)) row.cells[c.capability] = state;
    used.add(c.capability);
  }
  return { guarantee, capabilities: CAPABILITIES.filter((c) => used.has(c)), rows: [...rows.values()] };
}
