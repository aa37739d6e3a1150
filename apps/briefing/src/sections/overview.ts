import { type Briefing, formatPercentRange, formatScore } from '@pledgewatch/core';
import { drawRangeChart } from '../layout/chart.js';
import type { Flow } from '../layout/flow.js';
import { type Column, drawTable } from '../layout/table.js';
import { THEME } from '../layout/theme.js';
import { openSection, SECTION_TITLES } from './section.js';

const COLUMNS: Column[] = [
  { header: 'Guarantee', share: 19 },
  { header: 'Credibility', share: 12 },
  { header: 'Viability', share: 12 },
  { header: 'What makes the range wide', share: 57 },
];

/** Every guarantee's scores at a glance: one chart on the 0–100 score axis, then the ranges in words. */
export function drawOverview(flow: Flow, briefing: Briefing): void {
  const c = briefing.credibility;
  const s = openSection(flow, SECTION_TITLES.overview, 120);
  if (c.missing || c.guarantees.length === 0) {
    flow.paragraph(c.missing ?? 'No guarantee was assessed.', { parent: s.element, colour: THEME.colour.muted });
    s.end();
    return;
  }
  drawRangeChart(
    flow,
    c.guarantees.map((g) => ({ label: g.label, credibility: g.credibility, viability: g.viability })),
    {
      alt: `Scores on the 0–100 scale. ${c.guarantees.map((g) => g.alt).join(' ')}`,
      source: `pledgewatch assessment of dataset ${briefing.datasetId} as of ${briefing.asOf}, profile “${c.profile.name}”.`,
      parent: s.element,
    },
  );
  drawTable(
    flow,
    COLUMNS,
    c.guarantees.map((g) => [
      [{ text: g.label }],
      [{ text: formatScore(g.credibility), face: 'bold' }],
      [{ text: formatScore(g.viability) }],
      [{ text: g.rangeWords }],
    ]),
    { parent: s.element, summary: 'Scores of each guarantee, with what makes each range wide' },
  );
  s.end();
}

/** The base rates in their own panel: percentages of past cases, not scores. */
export function drawBaseRates(flow: Flow, briefing: Briefing): void {
  if (briefing.baseRates.length === 0) return;
  const s = openSection(flow, SECTION_TITLES.baseRates, 80);
  flow.paragraph(
    'Percentages of past cases, for context: they are not on the score scale and do not enter the scores.',
    {
      parent: s.element,
      style: THEME.small,
      colour: THEME.colour.muted,
      gapAfter: 2,
    },
  );
  drawTable(
    flow,
    [
      { header: 'Reference class', share: 40 },
      { header: 'Kept', share: 8 },
      { header: 'Study', share: 22 },
      { header: 'Applies to', share: 30 },
    ],
    briefing.baseRates.map((r) => [
      [{ text: r.label }],
      [{ text: formatPercentRange(r.low, r.high) }],
      [{ text: r.citation }],
      [{ text: r.guarantees.join(', ') }],
    ]),
    { parent: s.element, summary: 'Base rates of the reference classes', keepTogether: true },
  );
  s.end();
}
