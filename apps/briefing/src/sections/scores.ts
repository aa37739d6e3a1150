import { type Briefing, formatScore, formatSignedDelta } from '@pledgewatch/core';
import type { Flow } from '../layout/flow.js';
import { type Column, drawTable } from '../layout/table.js';
import { THEME } from '../layout/theme.js';
import { openSection, SECTION_TITLES } from './section.js';

const FACTOR_COLUMNS: Column[] = [
  { header: 'Factor', share: 14 },
  { header: 'Weight', share: 9 },
  { header: 'Score', share: 13 },
  { header: 'Main reasons (rule, effect, basis)', share: 64 },
];

/** Annex D: each guarantee's factors with their main reasons, and viability by its conditions. */
export function drawScores(flow: Flow, briefing: Briefing): void {
  const c = briefing.credibility;
  if (c.missing || c.guarantees.length === 0) return;
  const s = openSection(flow, SECTION_TITLES.scores, 80);
  flow.paragraph(`Profile: ${c.profile.name}. Method lists every rule with its basis.`, {
    parent: s.element,
    style: THEME.small,
    colour: THEME.colour.muted,
  });
  for (const g of c.guarantees) {
    s.subheading(g.name, 70);
    flow.paragraph([{ text: 'Viability: ', face: 'italic' }, { text: g.viabilityWords }], {
      parent: s.element,
      style: THEME.small,
      gapAfter: 2,
    });
    for (const flag of g.flags)
      flow.paragraph(`⚑ ${flag}`, { parent: s.element, colour: THEME.colour.marking, style: THEME.small, gapAfter: 2 });
    drawTable(
      flow,
      FACTOR_COLUMNS,
      g.factors.map((f) => [
        [{ text: f.factor }],
        [{ text: `${Math.round(f.weight * 100)}%` }],
        [{ text: formatScore(f.score) }],
        [
          {
            text:
              g.reasons
                .filter((r) => r.factor === f.factor)
                .map(
                  (r) =>
                    `${r.title} (${formatSignedDelta(r.effect.point)}): ${r.explanation} [${r.citations.join('; ')}]`,
                )
                .join(' · ') || 'see Method for the rules',
          },
        ],
      ]),
      { parent: s.element, summary: `Credibility factors of ${g.name}` },
    );
  }
  s.end();
}
