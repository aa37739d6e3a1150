import { type Capability, type CoalitionRow, coalitionMatrix, type Id, type Snapshot } from '@pledgewatch/core';
import { namesOf } from './names.js';

/**
 * The coalition matrix of one guarantee as the dashboard shows it: core's matrix (each cell
 * the strongest commitment, see `commitmentStrength`) with names and short column heads.
 */

export interface MatrixRow extends CoalitionRow {
  name: string;
}

export interface MatrixRows {
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

/** The core matrix with the guarantors' display names. */
export function matrixRows(snapshot: Snapshot, guarantee: Id): MatrixRows {
  const names = namesOf(snapshot.dataset);
  const { capabilities, rows } = coalitionMatrix(snapshot, guarantee);
  return { capabilities, rows: rows.map((r) => ({ ...r, name: names.actor(r.actor) })) };
}
