import { assess, loadDataset } from '@pledgewatch/core';
import { datasetDir } from '@pledgewatch/dataset-ukraine';
import { describe, expect, it } from 'vitest';
import { composeBriefing } from './compose.js';

const loaded = await loadDataset(datasetDir);
if (!loaded.ok) throw new Error('the bundled dataset does not load');
const dataset = loaded.dataset;
const asOf = dataset.manifest.asOf;

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
