import { CAPABILITIES, EXIT_STATUSES } from '../model/commitment.js';
import type { Snapshot } from '../timeline/snapshot.js';
import { actorLabel, capabilityLabel, enumWords } from '../wording/labels.js';
import type { EndnoteRegister } from './endnotes.js';
import { guaranteeName, scaleText } from './known.js';
import { strongestSourcing } from './sourcing.js';
import type { CommitmentTable } from './types.js';
import { clean } from './wording.js';

/**
 * The coalition table: for each guarantee, one row per guarantor and capability with the
 * status as of the date, the scale (a range, or not known), the location, the conditions with
 * their status, the best grade of its sources and the sources themselves. This is where each
 * commitment is stated — once. Commitments not yet on record are left out.
 */
export function buildCommitmentTables(snapshot: Snapshot, notes: EndnoteRegister): CommitmentTable[] {
  const tables: CommitmentTable[] = [];
  for (const g of snapshot.dataset.guarantees) {
    const rows = snapshot.commitments
      .filter((s) => s.commitment.guarantee === g.id && s.status !== undefined)
      .map((s) => {
        const c = s.commitment;
        const scaleRefs = c.scale && c.scale !== 'unknown' ? [c.scale] : [];
        const refs = [s.began, s.since, ...scaleRefs, ...(c.conditions ?? [])];
        const graded = strongestSourcing(refs.flatMap((r) => notes.sourcesOf(r)));
        return {
          commitment: c.id,
          guarantor: clean(actorLabel(snapshot.dataset, c.guarantor)),
          capability: capabilityLabel(c.capability),
          capabilityOrder: CAPABILITIES.indexOf(c.capability),
          status: enumWords(s.status!),
          ...(s.began ? { since: s.began.date } : {}),
          ...(s.since && s.began && s.since.date !== s.began.date ? { reconfirmed: s.since.date } : {}),
          exited: (EXIT_STATUSES as readonly string[]).includes(s.status!),
          sized: c.scale !== undefined && c.scale !== 'unknown',
          scale: scaleText(c),
          location: c.location === undefined ? 'not known' : enumWords(c.location),
          conditions:
            (c.conditions ?? []).map((k) => `${clean(k.description)} (${enumWords(k.status)})`).join('; ') ||
            'none stated',
          ...(graded ? { grade: graded.grade, sourcing: graded.sourcing } : {}),
          refs: refs.flatMap((r) => notes.sourcesOf(r).map((x) => x.id)),
        };
      })
      .sort((a, b) => a.guarantor.localeCompare(b.guarantor, 'en') || a.capabilityOrder - b.capabilityOrder)
      // Cite after sorting, so endnote numbers rise down the table.
      .map(({ capabilityOrder: _order, refs, ...row }) => ({ ...row, notes: notes.cite(refs) }));
    if (rows.length === 0) continue;
    const live = rows.filter((r) => !r.exited);
    const unsized = live.filter((r) => !r.sized).length;
    tables.push({
      guarantee: g.id,
      name: guaranteeName(g),
      rows: rows.map(({ sized: _sized, ...row }) => row),
      ...(unsized > 0
        ? {
            sizeGap:
              live.length === 1
                ? 'No source gives the size of the one commitment still in play.'
                : unsized === live.length
                  ? `No source gives the size of any of the ${live.length} commitments still in play.`
                  : `No source gives the size of ${unsized} of the ${live.length} commitments still in play.`,
          }
        : {}),
    });
  }
  return tables;
}
