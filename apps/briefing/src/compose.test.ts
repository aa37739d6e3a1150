import { assess, credibilityHistory, loadDataset } from '@pledgewatch/core';
import { datasetDir } from '@pledgewatch/dataset-ukraine';
import { describe, expect, it } from 'vitest';
import { assessmentOn, composeBriefing } from './compose.js';

const loaded = await loadDataset(datasetDir);
if (!loaded.ok) throw new Error('the bundled dataset does not load');
const dataset = loaded.dataset;
const asOf = dataset.manifest.asOf;

function dayAfter(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

describe('assessmentOn', () => {
  const history = credibilityHistory(dataset, { until: asOf });
  if (!history.ok) throw new Error('history failed');
  const dates = history.history.map((h) => h.asOf);

  it('equals running the engine on that date, on and between dated changes', () => {
    const probes = [...new Set([...dates.filter((_, i) => i % 4 === 0), ...dates.map(dayAfter), '2025-09-01'])].filter(
      (d) => d <= asOf,
    );
    expect(probes.length).toBeGreaterThan(20);
    for (const date of probes) {
      const direct = assess(dataset, { asOf: date });
      if (!direct.ok) throw new Error(`assess failed on ${date}`);
      expect(assessmentOn(history.history, date), date).toEqual(direct.assessment);
    }
  });

  it('has nothing before the first dated change', () => {
    expect(assessmentOn(history.history, '1900-01-01')).toBeUndefined();
  });
});

describe('composeBriefing', () => {
  it('reports how credibility moved since a date, as the engine assesses that date', () => {
    const since = '2025-09-01';
    const composed = composeBriefing(dataset, { asOf, since, standard: 'icd203' });
    if (!composed.ok) throw new Error('compose failed');
    const before = assess(dataset, { asOf: since });
    if (!before.ok) throw new Error('assess failed');
    const moves = composed.briefing.changes?.credibilityMoves ?? [];
    expect(moves.length).toBeGreaterThan(0);
    for (const move of moves) {
      const g = before.assessment.guarantees.find((x) => x.guarantee === move.guarantee);
      expect(move.before, move.guarantee).toEqual(g?.credibility);
    }
  });
});
