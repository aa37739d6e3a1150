import { type Briefing, formatSignedDelta } from '@pledgewatch/core';
import { type Flow, noteRuns } from '../layout/flow.js';
import { THEME } from '../layout/theme.js';
import type { Run } from '../layout/wrap.js';
import { openSection, SECTION_TITLES } from './section.js';

/**
 * What we don't know: each open question, why it matters, what to watch, and what each
 * answer would do to credibility; then the facts the sources are silent on.
 */
export function drawUnknown(flow: Flow, briefing: Briefing): void {
  const s = openSection(flow, SECTION_TITLES.unknown);
  const { questions, gaps } = briefing.unknown;
  s.subheading(`Open questions (${questions.length})`);
  if (questions.length === 0) flow.paragraph('No question is open as of this date.', { parent: s.element });
  questions.forEach((q, i) => {
    const status = q.status === 'partly-answered' ? ' (partly answered)' : '';
    flow.paragraph([{ text: `${i + 1}. ${q.question}${status}`, face: 'bold' }, ...noteRuns(q.notes)], {
      parent: s.element,
      gapAfter: 2,
    });
    flow.paragraph([{ text: 'Why it matters: ', face: 'italic' }, { text: q.why }], {
      parent: s.element,
      indent: 12,
      gapAfter: 2,
    });
    if (q.indicators.length > 0) {
      flow.paragraph([{ text: 'Indicators: ', face: 'italic' }, { text: q.indicators.join('; ') }], {
        parent: s.element,
        indent: 12,
        gapAfter: 2,
      });
    }
    for (const a of q.answers) {
      const effect: Run[] =
        a.effects.length === 0
          ? [{ text: ' — effect not assessed.', colour: THEME.colour.muted }]
          : [
              {
                text: ` — ${a.effects
                  .map(
                    (e) =>
                      `${e.name}: credibility ${Math.round(e.credibility.point)} (${formatSignedDelta(e.delta)}), viability ${Math.round(e.viability.point)} (${formatSignedDelta(e.viabilityDelta)})`,
                  )
                  .join('; ')}.`,
              },
            ];
      flow.paragraph([{ text: `If “${a.label}”`, face: 'italic' }, ...effect], {
        parent: s.element,
        indent: 24,
        gapAfter: 2,
      });
    }
    flow.space(6);
  });
  s.subheading(`Facts the sources are silent on (${gaps.length})`);
  if (gaps.length === 0) flow.paragraph('None recorded.', { parent: s.element });
  for (const g of gaps) {
    flow.paragraph([{ text: `• ${g.text}` }, ...noteRuns(g.notes)], {
      parent: s.element,
      indent: 6,
      gapAfter: 2,
      style: THEME.body,
    });
  }
  s.end();
}
