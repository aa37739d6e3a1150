import { type Briefing, formatPercentRange } from '@pledgewatch/core';
import type { Flow } from '../layout/flow.js';
import { type Column, drawTable } from '../layout/table.js';
import { THEME } from '../layout/theme.js';
import { openSection, SECTION_TITLES } from './section.js';

/** The method: the profile, the rules with their citations, the estimative table, sourcing. */
export function drawMethod(flow: Flow, briefing: Briefing): void {
  const s = openSection(flow, SECTION_TITLES.method);
  const m = briefing.method;
  if (briefing.cover.subtitle) {
    s.subheading('The dataset');
    flow.paragraph(briefing.cover.subtitle, { parent: s.element });
  }
  s.subheading('Estimative language');
  flow.paragraph(
    `${m.standard.name} — ${m.standard.citation}. Likelihood and confidence are never stated in one sentence.`,
    {
      parent: s.element,
    },
  );
  const terms: Column[] = [
    { header: 'Term', share: 40 },
    { header: 'Synonyms', share: 35 },
    { header: 'Probability', share: 25 },
  ];
  drawTable(
    flow,
    terms,
    m.standard.terms.map((t) => [
      [{ text: t.term }],
      [{ text: t.synonyms.join(', ') || '—' }],
      [{ text: formatPercentRange(t.min, t.max) }],
    ]),
    { parent: s.element, summary: `${m.standard.name} terms` },
  );
  s.subheading('Confirmed, reported, claimed');
  for (const rule of m.sourcing) flow.paragraph(`• ${rule}`, { parent: s.element, indent: 6, gapAfter: 2 });
  s.subheading('Credibility profile and rules');
  if (m.profile) {
    const w = m.profile.weights;
    flow.paragraph(
      `Profile “${m.profile.name}”: weights capability ${w.capability}, commitment ${w.commitment}, resolve ${w.resolve}, cohesion ${w.cohesion} (normalised).${m.profile.description ? ` ${m.profile.description}` : ''}`,
      { parent: s.element },
    );
  } else {
    flow.paragraph('No credibility assessment was computed, so no profile or rule applies.', { parent: s.element });
  }
  if (m.rules.length > 0) {
    const cols: Column[] = [
      { header: 'Rule', share: 30 },
      { header: 'Factor', share: 14 },
      { header: 'Basis', share: 56 },
    ];
    drawTable(
      flow,
      cols,
      m.rules.map((r) => [
        [{ text: r.title }],
        [{ text: r.factor }],
        [{ text: r.citations.map((c) => `${c.key}: ${c.reference}`).join(' · ') }],
      ]),
      { parent: s.element, summary: 'Credibility rules that fired, with their citations' },
    );
  }
  flow.paragraph(
    'Every figure in this briefing is either stated by a numbered source or computed by a rule listed here; what no source states is shown as unknown.',
    { parent: s.element, style: THEME.small, colour: THEME.colour.muted },
  );
  s.end();
}
