import type { Briefing, KnownFact } from '@pledgewatch/core';
import { type Flow, noteRuns } from '../layout/flow.js';
import { THEME } from '../layout/theme.js';
import { openSection, SECTION_TITLES } from './section.js';

/** What we know, in three groups so a reader never mistakes a claim for a confirmed fact. */
export function drawKnown(flow: Flow, briefing: Briefing): void {
  const s = openSection(flow, SECTION_TITLES.known);
  const groups: [string, string, KnownFact[]][] = [
    [
      'Confirmed',
      'official texts and statements from reliable sources, or information confirmed by other sources',
      briefing.known.confirmed,
    ],
    ['Reported', 'news reports and analyses, not independently confirmed', briefing.known.reported],
    [
      'Claimed',
      'from sources of doubtful reliability, or information graded doubtful; treat with caution',
      briefing.known.claimed,
    ],
  ];
  for (const [title, meaning, facts] of groups) {
    s.subheading(`${title} (${facts.length})`);
    flow.paragraph(`${title}: ${meaning}.`, { parent: s.element, style: THEME.small, colour: THEME.colour.muted });
    if (facts.length === 0) flow.paragraph('None.', { parent: s.element });
    for (const f of facts) {
      flow.paragraph(
        [{ text: '• ' }, { text: f.text }, { text: ` (${f.grade})`, colour: THEME.colour.muted }, ...noteRuns(f.notes)],
        {
          parent: s.element,
          indent: 6,
          gapAfter: 3,
        },
      );
    }
  }
  s.end();
}
