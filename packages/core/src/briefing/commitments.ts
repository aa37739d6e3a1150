import { CAPABILITIES, EXIT_STATUSES } from '../model/commitment.js';
import type { Snapshot } from '../timeline/snapshot.js';
import type { EndnoteRegister } from './endnotes.js';
import { actorName, guaranteeName, scaleText } from './known.js';
import type { CommitmentTable } from './types.js';
import { clean, words } from './wording.js';

/**
 * The coalition table: for each guarantee, one row per guarantor and capability with the
 * status as of the date, the scale (a range, or unknown), the location, the conditions with
 * their status, and the sources of all of it. Commitments not yet on record are left out.
 */
export function buildCommitmentTables(snapshot: Snapshot, notes: EndnoteRegister): CommitmentTable[] {
  const tables: CommitmentTable[] = [];
  for (const g of snapshot.dataset.guarantees) {
    const rows = snapshot.commitments
      .filter((s) => s.commitment.guarantee === g.id && s.status !== undefined)
      .map((s) => {
        const c = s.commitment;
        const scaleRefs = c.scale && c.scale !== 'unknown' ? [c.scale] : [];
        return {
          commitment: c.id,
          guarantor: actorName(snapshot, c.guarantor),
          capability: words(c.capability),
          capabilityOrder: CAPABILITIES.indexOf(c.capability),
          status: words(s.status!),
          ...(s.began ? { since: s.began.date } : {}),
          ...(s.since && s.began && s.since.date !== s.began.date ? { reconfirmed: s.since.date } : {}),
          exited: (EXIT_STATUSES as readonly string[]).includes(s.status!),
          scale: scaleText(c),
          location: c.location === undefined ? 'unknown' : words(c.location),
          conditions:
            (c.conditions ?? []).map((k) => `${clean(k.description)} (${k.status})`).join('; ') || 'none stated',
          refs: [s.began, s.since, ...scaleRefs, ...(c.conditions ?? [])].flatMap((r) =>
            notes.sourcesOf(r).map((x) => x.id),
          ),
        };
      })
      .sort((a, b) => a.guarantor.localeCompare(b.guarantor, 'en') || a.capabilityOrder - b.capabilityOrder)
      // Cite after sorting, so endnote numbers rise down the table.
      .map(({ capabilityOrder: _order, refs, ...row }) => ({ ...row, notes: notes.cite(refs) }));
    if (rows.length > 0) tables.push({ guarantee: g.id, name: guaranteeName(g), rows });
  }
  return tables;
}
