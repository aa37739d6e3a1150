import type { Briefing } from '@pledgewatch/core';
import { type Flow, noteDestination } from '../layout/flow.js';
import { THEME } from '../layout/theme.js';
import type { Run } from '../layout/wrap.js';
import { openSection, SECTION_TITLES } from './section.js';

/**
 * Numbered endnotes, each a named destination the body's note numbers jump to. An address
 * becomes a link only when it is http(s) or mailto; anything else prints as plain text.
 */
export function drawSources(flow: Flow, briefing: Briefing): void {
  const s = openSection(flow, SECTION_TITLES.sources);
  flow.paragraph(
    'Grades follow the NATO/Admiralty system: a letter for the source’s reliability (A completely reliable … F cannot be judged) and a digit for the information’s credibility (1 confirmed … 6 cannot be judged).',
    { parent: s.element, style: THEME.small, colour: THEME.colour.muted },
  );
  const style = THEME.small;
  let uncitedHeading = false;
  for (const note of briefing.sources) {
    if (!note.cited && !uncitedHeading) {
      s.subheading('Also in the dataset, not cited above');
      uncitedHeading = true;
    }
    const runs: Run[] = [
      { text: `${note.number}. `, face: 'bold' },
      { text: `${note.publisher}${note.author ? ` (${note.author})` : ''}, ` },
      { text: `“${note.title}”`, face: 'italic' },
      { text: `, ${note.date}. ${note.kind}${note.via ? `, via ${note.via}` : ''}. ` },
      { text: `Grade ${note.grade}`, face: 'bold' },
      { text: ` (${note.gradeMeaning}).` },
      ...(note.link
        ? [{ text: ` ${note.address ?? note.link}`, colour: THEME.colour.link, link: note.link }]
        : note.address
          ? [{ text: ` ${note.address} (not a web address; not linked)`, colour: THEME.colour.muted }]
          : []),
    ];
    flow.ensure(flow.heightOf(runs, style, flow.width - 10));
    flow.doc.addNamedDestination(noteDestination(note.number), 'XYZ', flow.x, flow.y, null);
    flow.block('P', runs, style, { parent: s.element, indent: 10, gapAfter: 4 });
  }
  s.end();
}
