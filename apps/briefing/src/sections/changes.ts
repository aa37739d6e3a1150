import { type Briefing, changeLists, changeMoveLines, coreChanges, formatDisplayDate } from '@pledgewatch/core';
import { type Flow, noteRuns } from '../layout/flow.js';
import { THEME } from '../layout/theme.js';
import { openSection, SECTION_TITLES } from './section.js';

type Item = { text: string; date: string; notes: number[] };

function item(flow: Flow, parent: PDFKit.PDFStructureElement, it: Item): void {
  flow.paragraph(
    [{ text: `${formatDisplayDate(it.date)}  `, face: 'bold' }, { text: it.text }, ...noteRuns(it.notes)],
    {
      parent,
      indent: 6,
      gapAfter: 2,
      style: THEME.small,
    },
  );
}

/** What changed since `--since`, first in the core (ISW's habit): the score moves and the main changes. */
export function drawCoreChanges(flow: Flow, briefing: Briefing): void {
  const ch = briefing.changes;
  if (!ch) return;
  const s = openSection(flow, `${SECTION_TITLES.changes} since ${formatDisplayDate(ch.since)}`, 40);
  if (ch.credibilityMoves.length === 0)
    flow.paragraph('No assessment at the earlier date to compare with.', {
      parent: s.element,
      colour: THEME.colour.muted,
    });
  for (const line of changeMoveLines(ch))
    flow.paragraph(line, { parent: s.element, indent: 6, gapAfter: 1, style: THEME.small });
  for (const it of coreChanges(ch)) item(flow, s.element, it);
  s.end();
}

/** The annex: every other change since the date, by kind. */
export function drawMoreChanges(flow: Flow, briefing: Briefing): void {
  const ch = briefing.changes;
  if (!ch) return;
  const shown = new Set(coreChanges(ch));
  const lists = changeLists(ch)
    .map(([title, items]) => [title, items.filter((x) => !shown.has(x))] as const)
    .filter(([, items]) => items.length > 0);
  const s = openSection(flow, `${SECTION_TITLES.allChanges} ${formatDisplayDate(ch.since)}`);
  if (lists.length === 0) flow.paragraph('Every change is in the core above.', { parent: s.element });
  for (const [title, items] of lists) {
    s.subheading(title);
    for (const it of items) item(flow, s.element, it);
  }
  s.end();
}
