import { type Briefing, formatDisplayDate, formatSignedDelta } from '@pledgewatch/core';
import { type Flow, noteRuns } from '../layout/flow.js';
import { THEME } from '../layout/theme.js';
import { openSection, SECTION_TITLES } from './section.js';

/** What changed since `--since`: only printed when a date was given. */
export function drawChanges(flow: Flow, briefing: Briefing): void {
  const ch = briefing.changes;
  if (!ch) return;
  const s = openSection(flow, `${SECTION_TITLES.changes} since ${formatDisplayDate(ch.since)}`);
  const list = (title: string, items: { text: string; date: string; notes: number[] }[]) => {
    s.subheading(`${title} (${items.length})`);
    if (items.length === 0) flow.paragraph('None.', { parent: s.element, colour: THEME.colour.muted });
    for (const it of items) {
      flow.paragraph(
        [{ text: `${formatDisplayDate(it.date)}  `, face: 'bold' }, { text: it.text }, ...noteRuns(it.notes)],
        {
          parent: s.element,
          indent: 6,
          gapAfter: 2,
        },
      );
    }
  };
  list('Status changes', ch.statusChanges);
  list('Stated positions', ch.stanceChanges);
  list('Questions answered', ch.answeredQuestions);
  list('New sources', ch.newSources);
  if (ch.judgmentChanges) list('Key judgments', ch.judgmentChanges);
  s.subheading('Credibility moves');
  if (ch.credibilityMoves.length === 0) {
    flow.paragraph('No assessment at the earlier date to compare with.', {
      parent: s.element,
      colour: THEME.colour.muted,
    });
  }
  for (const m of ch.credibilityMoves) {
    const f = (x: { low: number; point: number; high: number }) =>
      `${Math.round(x.low)}–${Math.round(x.high)} (point ${Math.round(x.point)})`;
    flow.paragraph(`${m.name}: ${f(m.before)} → ${f(m.after)}, ${formatSignedDelta(m.delta)}.`, {
      parent: s.element,
      indent: 6,
    });
  }
  s.end();
}
