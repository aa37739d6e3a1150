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

describe('the score key', () => {
  it('anchors on designs that cover the beneficiary: none capped at 0 by scope (NATO Article 5 for Ukraine)', () => {
    const composed = composeBriefing(dataset, { asOf, standard: 'icd203' });
    if (!composed.ok) throw new Error('compose failed');
    const base = assess(dataset, { asOf });
    if (!base.ok) throw new Error('assess failed');
    const anchors = composed.briefing.scoreKey.anchors;
    expect(anchors.length).toBe(2);
    const article5 = base.assessment.guarantees.find((g) => g.guarantee === 'nato-article5');
    expect(article5?.ceilings?.some((c) => c.ceiling === 0)).toBe(true);
    for (const a of anchors) {
      const g = base.assessment.guarantees.find((x) => x.guarantee === a.guarantee);
      expect(g?.ceilings?.some((c) => c.ceiling === 0) ?? false, a.guarantee).toBe(false);
    }
  });
});
