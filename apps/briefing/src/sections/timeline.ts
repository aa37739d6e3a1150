import { type Briefing, formatDisplayDate } from '@pledgewatch/core';
import { type Flow, noteRuns } from '../layout/flow.js';
import { type Column, drawTable } from '../layout/table.js';
import { THEME } from '../layout/theme.js';
import { openSection, SECTION_TITLES } from './section.js';

const COLUMNS: Column[] = [
  { header: 'Date', share: 14 },
  { header: 'Event', share: 74 },
  { header: 'Sources', share: 12 },
];

/** Dated events, oldest first. */
export function drawTimeline(flow: Flow, briefing: Briefing): void {
  const s = openSection(flow, SECTION_TITLES.timeline, 50);
  if (briefing.timeline.length === 0) {
    flow.paragraph('No dated event is on record.', { parent: s.element });
  } else {
    drawTable(
      flow,
      COLUMNS,
      briefing.timeline.map((e) => [
        [{ text: formatDisplayDate(e.date) }],
        [{ text: e.title }, ...(e.description ? [{ text: ` — ${e.description}`, colour: THEME.colour.muted }] : [])],
        noteRuns(e.notes).map((run, i) => (i === 0 ? { ...run, text: run.text.trimStart() } : run)),
      ]),
      { parent: s.element, style: THEME.small, summary: 'Timeline of dated events' },
    );
  }
  s.end();
}
