import {
  COMMITMENT_STATUSES,
  type CommitmentState,
  type CommitmentStatus,
  capabilityLabel,
  formatScale,
  type Id,
  type Snapshot,
} from '@pledgewatch/core';
import { matches } from './filter.js';
import { namesOf } from './names.js';

/** The Commitments view's rows, filtered and sorted. */

export interface CommitmentRow {
  id: Id;
  state: CommitmentState;
  guarantee: string;
  guarantor: string;
  capability: string;
  status?: CommitmentStatus;
  since: string;
  scale: string;
}

export const COMMITMENT_SORTS = ['guarantee', 'guarantor', 'capability', 'status', 'since'] as const;
export type CommitmentSort = (typeof COMMITMENT_SORTS)[number];

function compareRows(sort: CommitmentSort): (a: CommitmentRow, b: CommitmentRow) => number {
  const statusRank = (s?: CommitmentStatus) => (s ? COMMITMENT_STATUSES.indexOf(s) : -1);
  const byName = (a: CommitmentRow, b: CommitmentRow) =>
    a.guarantee.localeCompare(b.guarantee) || a.guarantor.localeCompare(b.guarantor) || a.id.localeCompare(b.id);
  switch (sort) {
    case 'status':
      return (a, b) => statusRank(b.status) - statusRank(a.status) || byName(a, b);
    case 'since':
      return (a, b) => b.since.localeCompare(a.since) || byName(a, b);
    case 'guarantor':
      return (a, b) => a.guarantor.localeCompare(b.guarantor) || byName(a, b);
    case 'capability':
      return (a, b) => a.capability.localeCompare(b.capability) || byName(a, b);
    default:
      return byName;
  }
}

const rowsCache = new WeakMap<Snapshot, CommitmentRow[]>();

function allCommitmentRows(snapshot: Snapshot): CommitmentRow[] {
  const cached = rowsCache.get(snapshot);
  if (cached) return cached;
  const names = namesOf(snapshot.dataset);
  const rows = snapshot.commitments.map((state) => {
    const c = state.commitment;
    return {
      id: c.id,
      state,
      guarantee: names.guarantee(c.guarantee),
      guarantor: names.actor(c.guarantor),
      capability: capabilityLabel(c.capability),
      status: state.status,
      since: state.began?.date ?? '',
      scale: formatScale(c.scale),
    };
  });
  rowsCache.set(snapshot, rows);
  return rows;
}

export function commitmentRows(snapshot: Snapshot, filter: string, sort: CommitmentSort): CommitmentRow[] {
  const rows = allCommitmentRows(snapshot).filter((r) =>
    matches(filter, {
      id: r.id,
      guarantee: r.guarantee,
      guarantor: r.guarantor,
      capability: r.capability,
      status: r.status ?? 'not yet',
      since: r.since,
      scale: r.scale,
    }),
  );
  return rows.sort(compareRows(sort));
}
