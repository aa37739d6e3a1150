import { type Briefing, formatSignedDelta } from '@pledgewatch/core';
import type { Flow } from '../layout/flow.js';
import { type Column, drawTable } from '../layout/table.js';
import { THEME } from '../layout/theme.js';
import { openSection, SECTION_TITLES } from './section.js';

const COLUMNS: Column[] = [
  { header: 'Guarantee', share: 34 },
  { header: 'Baseline', share: 20 },
  { header: 'Scenario', share: 20 },
  { header: 'Change (credibility)', share: 13 },
  { header: 'Change (viability)', share: 13 },
];

const r = (x: { low: number; point: number; high: number }) =>
  `${Math.round(x.low)}–${Math.round(x.high)} (${Math.round(x.point)})`;

/** Each selected scenario beside the baseline. */
export function drawScenarios(flow: Flow, briefing: Briefing): void {
  const s = openSection(flow, SECTION_TITLES.scenarios);
  if (briefing.scenarios.length === 0) {
    flow.paragraph(
      briefing.credibility.missing
        ? 'No scenario was assessed.'
        : 'The dataset defines no scenario, or none was selected.',
      { parent: s.element, colour: THEME.colour.muted },
    );
  }
  for (const sc of briefing.scenarios) {
    s.subheading(sc.name, 50);
    if (sc.description) flow.paragraph(sc.description, { parent: s.element });
    drawTable(
      flow,
      COLUMNS,
      sc.rows.map((row) => [
        [{ text: row.name }],
        [{ text: r(row.baseline) }],
        [{ text: r(row.scenario) }],
        [{ text: formatSignedDelta(row.delta), face: 'bold' }],
        [{ text: formatSignedDelta(row.viabilityDelta) }],
      ]),
      { parent: s.element, summary: `Scenario ${sc.name} against the baseline` },
    );
  }
  s.end();
}
