import { type Briefing, formatDisplayDate } from '@pledgewatch/core';
import { type Flow, noteRuns } from '../layout/flow.js';
import { type Column, drawTable } from '../layout/table.js';
import { THEME } from '../layout/theme.js';
import type { Run } from '../layout/wrap.js';
import { openSection, SECTION_TITLES } from './section.js';

const COLUMNS: Column[] = [
  { header: 'Guarantor', share: 14 },
  { header: 'Capability', share: 12 },
  { header: 'Status (since)', share: 15 },
  { header: 'Scale', share: 15 },
  { header: 'Location', share: 11 },
  { header: 'Conditions', share: 23 },
  { header: 'Sources', share: 10 },
];

/** The coalition table, one per guarantee: who offers what, how far along, on what terms. */
export function drawCommitments(flow: Flow, briefing: Briefing): void {
  const s = openSection(flow, SECTION_TITLES.commitments, 100);
  flow.paragraph(
    'Status as of the briefing date. Scale is a range (“thousands of troops” is 1,000–9,999), or unknown where no source gives it.',
    { parent: s.element, style: THEME.small, colour: THEME.colour.muted },
  );
  if (briefing.commitments.length === 0)
    flow.paragraph('No commitment is on record as of this date.', { parent: s.element });
  for (const table of briefing.commitments) {
    s.subheading(table.name, 50);
    const rows: Run[][][] = table.rows.map((r) => [
      [{ text: r.guarantor }],
      [{ text: r.capability }],
      [
        { text: r.status, face: r.exited ? 'italic' : 'bold' },
        ...(r.since ? [{ text: ` (${formatDisplayDate(r.since)})` }] : []),
        ...(r.reconfirmed ? [{ text: ` reconfirmed ${formatDisplayDate(r.reconfirmed)}` }] : []),
      ],
      [{ text: r.scale, ...(r.scale === 'unknown' ? { colour: THEME.colour.muted } : {}) }],
      [{ text: r.location, ...(r.location === 'unknown' ? { colour: THEME.colour.muted } : {}) }],
      [{ text: r.conditions }],
      noteRuns(r.notes).map((run, i) => (i === 0 ? { ...run, text: run.text.trimStart() } : run)),
    ]);
    drawTable(flow, COLUMNS, rows, { parent: s.element, summary: `Commitments to ${table.name}` });
  }
  s.end();
}
