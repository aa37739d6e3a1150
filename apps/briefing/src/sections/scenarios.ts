import { type Briefing, formatScore, formatSignedDelta, unchangedScenariosText } from '@pledgewatch/core';
import type { Flow } from '../layout/flow.js';
import { type Column, drawTable } from '../layout/table.js';
import { THEME } from '../layout/theme.js';
import { openSection, SECTION_TITLES } from './section.js';

const COLUMNS: Column[] = [
  { header: 'Guarantee', share: 32 },
  { header: 'Baseline', share: 18 },
  { header: 'Scenario', share: 18 },
  { header: 'Credibility', share: 16 },
  { header: 'Viability', share: 16 },
];

/** Annex E: the scenarios that change a score, each with only the guarantees it moves; the rest named. */
export function drawScenarios(flow: Flow, briefing: Briefing): void {
  const s = openSection(flow, SECTION_TITLES.scenarios, 60);
  if (briefing.scenarios.length === 0 && briefing.scenariosUnchanged.length === 0) {
    flow.paragraph(
      briefing.credibility.missing
        ? 'No scenario was assessed.'
        : 'The dataset defines no scenario, or none was selected.',
      {
        parent: s.element,
        colour: THEME.colour.muted,
      },
    );
  }
  for (const sc of briefing.scenarios) {
    s.subheading(sc.name, 50);
    if (sc.description) flow.paragraph(sc.description, { parent: s.element, style: THEME.small });
    drawTable(
      flow,
      COLUMNS,
      sc.rows.map((row) => [
        [{ text: row.name }],
        [{ text: formatScore(row.baseline) }],
        [{ text: formatScore(row.scenario) }],
        [{ text: formatSignedDelta(row.delta), face: 'bold' }],
        [{ text: formatSignedDelta(row.viabilityDelta) }],
      ]),
      { parent: s.element, summary: `Scenario ${sc.name} against the baseline` },
    );
  }
  const unchanged = unchangedScenariosText(briefing);
  if (unchanged) flow.paragraph(unchanged, { parent: s.element, style: THEME.small, colour: THEME.colour.muted });
  s.end();
}
