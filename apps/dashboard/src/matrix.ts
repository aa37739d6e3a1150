import {
  CAPABILITIES,
  type Capability,
  COMMITMENT_STATUSES,
  type CommitmentState,
  type Id,
  type Snapshot,
} from '@pledgewatch/core';
import { namesOf } from './lists.js';

/**
 * The coalition matrix of one guarantee: its guarantors down, the capabilities they offer
 * across, each cell the commitment's status as of the date. Where one guarantor has two
 * commitments of the same capability, the cell shows the furthest along.
 */

export interface MatrixRow {
  actor: Id;
  name: string;
  cells: Partial<Record<Capability, CommitmentState>>;
}

export interface CoalitionMatrix {
  capabilities: Capability[];
  rows: MatrixRow[];
}

export const CAPABILITY_SHORT: Record<Capability, string> = {
  'ground-forces': 'ground',
  'air-power': 'air',
  'air-defence': 'air-def',
  naval: 'naval',
  isr: 'ISR',
  training: 'train',
  weapons: 'arms',
  financing: 'money',
  logistics: 'logist',
  command: 'command',
  monitoring: 'monitor',
  sanctions: 'sanction',
  diplomatic: 'diplo',
};

const rank = (s: CommitmentState) => (s.status ? COMMITMENT_STATUSES.indexOf(s.status) : -1);

export function coalitionMatrix(snapshot: Snapshot, guarantee: Id): CoalitionMatrix {
  const names = namesOf(snapshot.dataset);
  const g = snapshot.dataset.guarantees.find((x) => x.id === guarantee);
  const rows = new Map<Id, MatrixRow>();
  for (const id of g?.guarantors ?? []) rows.set(id, { actor: id, name: names.actor(id), cells: {} });
  const used = new Set<Capability>();
  for (const state of snapshot.commitments) {
    const c = state.commitment;
    if (c.guarantee !== guarantee) continue;
    let row = rows.get(c.guarantor);
    if (!row) {
      row = { actor: c.guarantor, name: names.actor(c.guarantor), cells: {} };
      rows.set(c.guarantor, row);
    }
    const prev = row.cells[c.capability];
    if (!prev || rank(state) > rank(prev)) row.cells[c.capability] = state;
    used.add(c.capability);
  }
  return { capabilities: CAPABILITIES.filter((c) => used.has(c)), rows: [...rows.values()] };
}
