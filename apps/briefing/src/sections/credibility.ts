import { type Briefing, formatDisplayDate } from '@pledgewatch/core';
import { drawRangeChart, drawTrendChart } from '../layout/chart.js';
import type { Flow } from '../layout/flow.js';
import { type Column, drawTable } from '../layout/table.js';
import { THEME } from '../layout/theme.js';
import { openSection, SECTION_TITLES } from './section.js';

const FACTOR_COLUMNS: Column[] = [
  { header: 'Factor', share: 20 },
  { header: 'Weight', share: 10 },
  { header: 'Score (low–high, point)', share: 22 },
  { header: 'Main reasons (rule, effect, basis)', share: 48 },
];

const n = (x: number) => String(Math.round(x));
const range = (r: { low: number; point: number; high: number }) => `${n(r.low)}–${n(r.high)}, point ${n(r.point)}`;

/**
 * Credibility per guarantee: one range chart for all (so they compare at a glance), then
 * each guarantee's factors, viability, base rate, main reasons and trend.
 */
export function drawCredibility(flow: Flow, briefing: Briefing): void {
  const s = openSection(flow, SECTION_TITLES.credibility, 120);
  const c = briefing.credibility;
  flow.paragraph(
    `Deterrent credibility — how likely the adversary is to believe the guarantors would act — and viability — whether the arrangement will exist at all — are scored separately on 0–100 under the “${c.profile.name}” profile. Each is a range over what is unknown. The base rate of the reference class is context, not part of the score. These scores are not probabilities.`,
    { parent: s.element },
  );
  if (c.missing || c.guarantees.length === 0) {
    flow.paragraph(c.missing ?? 'No guarantee was assessed.', { parent: s.element, colour: THEME.colour.muted });
    s.end();
    return;
  }
  drawRangeChart(
    flow,
    c.guarantees.map((g) => ({
      label: g.name,
      credibility: g.credibility,
      viability: g.viability,
      baseRate: g.baseRate,
    })),
    {
      alt: `Credibility ranges on a 0–100 scale. ${c.guarantees.map((g) => g.alt).join(' ')}`,
      source: `pledgewatch assessment of dataset ${briefing.datasetId} as of ${briefing.asOf}, profile ${c.profile.id}; base rates as cited in Method.`,
      parent: s.element,
    },
  );
  for (const g of c.guarantees) {
    s.subheading(g.name, 60);
    flow.paragraph(
      `Credibility ${range(g.credibility)}. Viability ${range(g.viability)}. Base rate: ${g.baseRate.label}, ${g.baseRate.low}–${g.baseRate.high}% (${g.baseRate.citation}).`,
      { parent: s.element },
    );
    for (const flag of g.flags) flow.paragraph(`⚑ ${flag}`, { parent: s.element, colour: THEME.colour.marking });
    const rows = g.factors.map((f) => {
      const reasons = g.reasons.filter((r) => r.factor === f.factor);
      return [
        [{ text: f.factor }],
        [{ text: `${Math.round(f.weight * 100)}%` }],
        [{ text: range(f.score) }],
        [
          {
            text:
              reasons
                .map(
                  (r) =>
                    `${r.title} (${r.effect.point >= 0 ? '+' : ''}${n(r.effect.point)}): ${r.explanation} [${r.citations.join('; ')}]`,
                )
                .join(' · ') || 'see Method for the rules',
          },
        ],
      ];
    });
    const viabilityReasons = g.reasons.filter((r) => r.factor === 'viability');
    if (viabilityReasons.length > 0) {
      rows.push([
        [{ text: 'viability' }],
        [{ text: '—' }],
        [{ text: range(g.viability) }],
        [
          {
            text: viabilityReasons
              .map((r) => `${r.title} (${n(r.effect.point)}): ${r.explanation} [${r.citations.join('; ')}]`)
              .join(' · '),
          },
        ],
      ]);
    }
    drawTable(flow, FACTOR_COLUMNS, rows, { parent: s.element, summary: `Credibility factors of ${g.name}` });
    if (g.trend.length >= 2) {
      const first = g.trend[0]!;
      const last = g.trend[g.trend.length - 1]!;
      drawTrendChart(
        flow,
        `${g.name}: credibility over time`,
        g.trend.map((t) => ({ date: t.date, ...t.credibility })),
        {
          alt: `Trend of ${g.name}'s credibility from ${formatDisplayDate(first.date)} (point ${n(first.credibility.point)}) to ${formatDisplayDate(last.date)} (point ${n(last.credibility.point)}), ${g.trend.length} dated changes.`,
          source: `pledgewatch assessment at each dated change in dataset ${briefing.datasetId}, profile ${c.profile.id}.`,
          parent: s.element,
        },
      );
    }
  }
  s.end();
}
