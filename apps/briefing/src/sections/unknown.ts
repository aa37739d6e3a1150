import { answerEffectText, type Briefing, formatDisplayDate } from '@pledgewatch/core';
import { type Flow, noteRuns } from '../layout/flow.js';
import { THEME } from '../layout/theme.js';
import { openSection, SECTION_TITLES } from './section.js';

/**
 * Annex C, the unknowns register: every open question in rank order — why it matters, what is
 * known so far, the indicators (for those not already in "what to watch") and what each answer
 * would do to the scores; then what no source says about the guarantees themselves.
 */
export function drawUnknown(flow: Flow, briefing: Briefing): void {
  const s = openSection(flow, SECTION_TITLES.unknowns);
  const { questions, gaps } = briefing.unknown;
  const watched = new Set(briefing.watch.map((w) => w.question));
  if (questions.length === 0) flow.paragraph('No question is open as of this date.', { parent: s.element });
  const small = THEME.small;
  questions.forEach((q, i) => {
    const status = q.status === 'partly-answered' ? ' — partly answered' : '';
    flow.ensure(3 * flow.lineHeight(THEME.body));
    flow.paragraph(
      watched.has(q.id)
        ? [{ text: `Q${i + 1} (see What to watch)${status}`, face: 'bold' }]
        : [{ text: `Q${i + 1}. ${q.question}`, face: 'bold' }, ...noteRuns(q.notes), { text: status, face: 'bold' }],
      { parent: s.element, gapAfter: 1 },
    );
    const line = (label: string, text: string, notes: number[] = []) =>
      flow.paragraph([{ text: label, face: 'italic' }, { text }, ...noteRuns(notes)], {
        parent: s.element,
        indent: 12,
        gapAfter: 1,
        style: small,
      });
    line('Why it matters: ', q.why);
    if (q.knownSoFar)
      line(`Known so far (${formatDisplayDate(q.knownSoFar.date)}): `, q.knownSoFar.text, q.knownSoFar.notes);
    if (!watched.has(q.id) && q.indicators.length > 0) line('Indicators: ', q.indicators.join('; '));
    for (const a of q.answers)
      flow.paragraph(answerEffectText(a), { parent: s.element, indent: 24, gapAfter: 1, style: small });
    flow.space(4);
  });
  if (gaps.length > 0) {
    s.subheading('What no source says');
    for (const g of gaps)
      flow.paragraph([{ text: `• ${g.text}` }, ...noteRuns(g.notes)], {
        parent: s.element,
        indent: 6,
        gapAfter: 2,
        style: small,
      });
  }
  s.end();
}
