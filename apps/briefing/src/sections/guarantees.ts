import { type Briefing, COMMITMENT_COLUMNS, commitmentCells } from '@pledgewatch/core';
import { type Flow, noteRuns } from '../layout/flow.js';
import { type Column, drawTable } from '../layout/table.js';
import { THEME } from '../layout/theme.js';
import type { Run } from '../layout/wrap.js';
import { openSection, SECTION_TITLES } from './section.js';

const SHARES = [11, 11, 15, 15, 13, 20, 6];
const COLUMNS: Column[] = [
  ...COMMITMENT_COLUMNS.map((header, i) => ({ header, share: SHARES[i]! })),
  { header: 'Sources', share: 8 },
];

/**
 * Annex A, facts by topic: for each guarantee its design, conditions and the stances on it,
 * each graded, then its commitments table — each commitment stated once, here.
 */
export function drawGuarantees(flow: Flow, briefing: Briefing): void {
  const s = openSection(flow, SECTION_TITLES.guarantees, 100);
  flow.paragraph(
    'Grades follow the NATO/Admiralty system (letter: the source’s reliability; digit: the information’s credibility); Sources explains them. Status as of the briefing date.',
    { parent: s.element, style: THEME.small, colour: THEME.colour.muted },
  );
  const tables = new Map(briefing.commitments.map((t) => [t.guarantee, t]));
  const ids = [
    ...new Set([...briefing.known.map((k) => k.guarantee), ...briefing.commitments.map((t) => t.guarantee)]),
  ];
  for (const id of ids) {
    const facts = briefing.known.find((k) => k.guarantee === id);
    const table = tables.get(id);
    s.subheading(facts?.name ?? table!.name, 50);
    for (const f of facts?.facts ?? []) {
      flow.paragraph(
        [{ text: `• ${f.text}` }, { text: ` (${f.grade})`, colour: THEME.colour.muted }, ...noteRuns(f.notes)],
        { parent: s.element, indent: 6, gapAfter: 2, style: THEME.small },
      );
    }
    if (!table) continue;
    if (table.sizeGap)
      flow.paragraph(table.sizeGap, { parent: s.element, style: THEME.small, colour: THEME.colour.muted, gapAfter: 2 });
    const rows: Run[][][] = table.rows.map((r) => {
      const cells = commitmentCells(r);
      return [
        ...cells.map((text, i): Run[] => {
          if (i === 2) return [{ text, face: r.exited ? 'italic' : 'bold' }];
          if (text === 'not known') return [{ text, colour: THEME.colour.muted }];
          return [{ text }];
        }),
        noteRuns(r.notes).map((run, i) => (i === 0 ? { ...run, text: run.text.trimStart() } : run)),
      ];
    });
    drawTable(flow, COLUMNS, rows, { parent: s.element, summary: `Commitments to ${table.name}` });
  }
  s.end();
}
