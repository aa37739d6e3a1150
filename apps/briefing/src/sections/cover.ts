import { type Briefing, formatDisplayDate } from '@pledgewatch/core';
import type { Flow, Outline } from '../layout/flow.js';
import { THEME } from '../layout/theme.js';
import { openSection, SECTION_TITLES } from './section.js';

/** The head of page 1 — title, dates, marking, notices — and the bottom line up front. */
export function drawCover(flow: Flow, briefing: Briefing): void {
  const doc = flow.doc;
  const c = briefing.cover;
  const sect = doc.struct('Sect');
  flow.root.add(sect);
  flow.block('Title', [{ text: c.title, face: 'bold' }], THEME.title, { parent: sect, gapAfter: 3 });
  (doc.outline as unknown as Outline).addItem(c.title);
  const cutOff = c.cutOff === c.asOf ? '' : ` · data cut-off ${formatDisplayDate(c.cutOff)}`;
  const since = briefing.since ? ` · changes since ${formatDisplayDate(briefing.since)}` : '';
  flow.paragraph(
    [
      { text: c.marking, face: 'bold', colour: THEME.colour.marking },
      { text: ` · As of ${formatDisplayDate(c.asOf)}`, face: 'bold' },
      { text: `${cutOff}${since} · document ${briefing.documentId}` },
    ],
    { parent: sect, style: THEME.small, gapAfter: 2 },
  );
  // Stale data, or an as-of date past the cut-off, is said on the first page, never only implied.
  if (c.freshness?.warning) {
    flow.paragraph([{ text: `${c.freshness.warning}.`, face: 'bold' }], {
      parent: sect,
      style: THEME.small,
      colour: THEME.colour.marking,
      gapAfter: 2,
    });
  }
  for (const notice of c.notices ?? [])
    flow.paragraph(notice, {
      parent: sect,
      style: { ...THEME.small, face: 'bold' },
      colour: THEME.colour.marking,
      gapAfter: 2,
    });
  sect.end();
  const s = openSection(flow, SECTION_TITLES.bottomLine);
  for (const line of c.bottomLine) flow.paragraph(line, { parent: s.element, gapAfter: 4 });
  s.end();
}
