import type { Briefing } from '@pledgewatch/core';
import { formatDisplayDate } from '@pledgewatch/core';
import type { Flow, Outline } from '../layout/flow.js';
import { THEME } from '../layout/theme.js';

/** The cover: title, dates, marking, and the bottom line up front. */
export function drawCover(flow: Flow, briefing: Briefing): void {
  const doc = flow.doc;
  const c = briefing.cover;
  const sect = doc.struct('Sect');
  flow.root.add(sect);
  flow.space(18);
  flow.block('Title', [{ text: c.title, face: 'bold' }], { ...THEME.h1, size: 20 }, { parent: sect, gapAfter: 6 });
  (doc.outline as unknown as Outline).addItem(c.title);
  if (c.subtitle) flow.paragraph(c.subtitle, { parent: sect, colour: THEME.colour.muted, gapAfter: 8 });
  const cutOff = c.cutOff === c.asOf ? '' : ` · data cut-off ${formatDisplayDate(c.cutOff)}`;
  const since = briefing.since ? ` · changes since ${formatDisplayDate(briefing.since)}` : '';
  flow.paragraph(
    [
      { text: `As of ${formatDisplayDate(c.asOf)}`, face: 'bold' },
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
  flow.paragraph(c.marking, {
    parent: sect,
    style: { ...THEME.small, face: 'bold' },
    colour: THEME.colour.marking,
    gapAfter: 14,
  });
  flow.rule();
  flow.heading(2, 'Bottom line', { parent: sect });
  for (const line of c.bottomLine) flow.paragraph(line, { parent: sect, gapAfter: 6 });
  sect.end();
}
