import type { Briefing } from '@pledgewatch/core';
import { type Flow, noteRuns } from '../layout/flow.js';
import { THEME } from '../layout/theme.js';
import { openSection, SECTION_TITLES } from './section.js';

/** What to watch: the open questions whose answers move the scores most, with their indicators. */
export function drawWatch(flow: Flow, briefing: Briefing): void {
  const s = openSection(flow, SECTION_TITLES.watch, 50);
  if (briefing.watch.length === 0) flow.paragraph('No open question moves a score.', { parent: s.element });
  briefing.watch.forEach((w, i) => {
    flow.ensure(3 * flow.lineHeight(THEME.body));
    flow.paragraph([{ text: `${i + 1}. ${w.text}`, face: 'bold' }, ...noteRuns(w.notes)], {
      parent: s.element,
      gapAfter: 1,
    });
    flow.paragraph(
      [
        { text: w.stakes },
        ...(w.indicators.length > 0
          ? [{ text: ' Indicators: ', face: 'italic' as const }, { text: w.indicators.join('; ') }]
          : []),
      ],
      { parent: s.element, indent: 12, gapAfter: 4, style: THEME.small },
    );
  });
  s.end();
}
