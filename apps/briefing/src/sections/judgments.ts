import { type Briefing, ESTIMATIVE_STANDARDS, formatDisplayDate } from '@pledgewatch/core';
import { type Flow, noteRuns } from '../layout/flow.js';
import { THEME } from '../layout/theme.js';
import { openSection, SECTION_TITLES } from './section.js';

/**
 * Key judgments: the statement, then the likelihood in the standard's words and, as a
 * separate sentence, the confidence (ICD 203), then the basis with its endnotes.
 */
export function drawJudgments(flow: Flow, briefing: Briefing): void {
  const s = openSection(flow, SECTION_TITLES.judgments);
  const standard = ESTIMATIVE_STANDARDS[briefing.standard].name;
  flow.paragraph(`Likelihood is expressed in the words of the ${standard}; the Method section gives the table.`, {
    parent: s.element,
    style: THEME.small,
    colour: THEME.colour.muted,
  });
  if (briefing.judgments.length === 0)
    flow.paragraph('The dataset records no key judgments as of this date.', { parent: s.element });
  briefing.judgments.forEach((j, i) => {
    flow.paragraph([{ text: `${i + 1}. ${j.statement}`, face: 'bold' }], { parent: s.element, gapAfter: 2 });
    flow.paragraph(
      [
        { text: j.likelihoodSentence },
        ...(j.likelihood.note ? [{ text: ` ${j.likelihood.note}`, colour: THEME.colour.muted }] : []),
        { text: ` ${j.confidenceSentence}` },
      ],
      { parent: s.element, indent: 12, gapAfter: 2 },
    );
    flow.paragraph(
      [{ text: `Basis: ${j.basis} (${formatDisplayDate(j.date)})`, face: 'italic' }, ...noteRuns(j.notes)],
      {
        parent: s.element,
        indent: 12,
        gapAfter: 8,
      },
    );
  });
  s.end();
}
