import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatFeedLine } from '../change-feed/feed-line.js';
import { assess } from '../credibility/assess.js';
import { loadDataset } from '../loading/load.js';
import type { Dataset } from '../model/dataset.js';
import { dayBefore, factsAfter, recordDates, stepAsOf } from '../time-travel/as-of-steps.js';
import { formatScore, formatScoreMove } from '../wording/numbers.js';
import { commitmentShare } from './commitment-share.js';
import { explainGuarantee } from './why.js';

const fixture = fileURLToPath(new URL('../../../../tests/fixtures/dashboard-basic', import.meta.url));
let dataset: Dataset;

beforeAll(async () => {
  const loaded = await loadDataset(fixture);
  if (!loaded.ok) throw new Error(`fixture invalid: ${JSON.stringify(loaded.diagnostics)}`);
  dataset = loaded.dataset;
});

function mfu() {
  const result = assess(dataset);
  if (!result.ok) throw new Error('not assessed');
  return result.assessment.guarantees.find((g) => g.guarantee === 'mfu')!;
}

describe('explainGuarantee', () => {
  it('factors carry the point: their contributions sum to the uncapped point, largest first', () => {
    const g = mfu();
    const why = explainGuarantee(g);
    expect(why.factors.map((f) => f.factor).sort()).toEqual(['capability', 'cohesion', 'commitment', 'resolve']);
    const contributions = why.factors.map((f) => f.contribution);
    expect(contributions).toEqual([...contributions].sort((a, b) => b - a));
    const sum = contributions.reduce((a, b) => a + b, 0);
    if (why.ceilings.length === 0) expect(Math.abs(sum - g.credibility.point)).toBeLessThanOrEqual(2);
    expect(why.factors.flatMap((f) => f.rules).length).toBeGreaterThan(0);
    expect(why.baseRate.citation.reference.length).toBeGreaterThan(0);
  });

  it('names the unknowns that widen the range, largest swing first', () => {
    const why = explainGuarantee(mfu());
    const swings = why.widening.map((w) => w.swing);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    expect(why.widening.length + why.uncertainRules.length).toBeGreaterThan(0);
  });
});

describe('commitmentShare', () => {
  it('measures a pledged commitment as the difference it makes to its guarantee', () => {
    const share = commitmentShare(dataset, {}, 'mfu-fr-ground');
    expect(share?.guarantee).toBe('mfu');
    expect(share!.withIt.credibility.point).toBeGreaterThan(share!.withoutIt.credibility.point);
    expect(share!.withIt.credibility).not.toEqual(share!.withoutIt.credibility);
  });

  it('is undefined for an id that is not a commitment', () => {
    expect(commitmentShare(dataset, {}, 'no-such-commitment')).toBeUndefined();
  });
});

describe('time travel', () => {
  it('steps through dated changes back and forth, stopping at the cut-off on the way forward', () => {
    const dates = recordDates(dataset);
    const cutOff = dataset.manifest.asOf;
    expect(stepAsOf(dataset, cutOff, -1)).toBe(dates.filter((d) => d < cutOff).at(-1));
    expect(stepAsOf(dataset, '2000-01-01', 1)).toBe(dates[0]);
    expect(stepAsOf(dataset, '2000-01-01', -1)).toBeUndefined();
    const lastBefore = dates.filter((d) => d < cutOff).at(-1)!;
    expect(stepAsOf(dataset, lastBefore, 1)).toBe(cutOff);
  });

  it('lists the facts an as-of date hides, earliest first', () => {
    expect(factsAfter(dataset, dataset.manifest.asOf)).toEqual([]);
    const hidden = factsAfter(dataset, '2025-12-31');
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden.every((f) => f.date > '2025-12-31')).toBe(true);
    expect(hidden.map((f) => f.date)).toEqual([...hidden.map((f) => f.date)].sort());
  });

  it('knows the day before, across months and leap years', () => {
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(dayBefore('2026-01-01')).toBe('2025-12-31');
  });
});

describe('the feed line', () => {
  it('prints the point: a moved point reads "16 ‹38→41› 67", scores first, then the cause', () => {
    expect(formatScore({ low: 16, point: 38, high: 67 })).toBe('16 ‹38› 67');
    expect(formatScore({ low: 29, point: 29, high: 29 })).toBe('29');
    expect(formatScoreMove({ low: 16, point: 38, high: 67 }, { low: 16, point: 41, high: 67 })).toBe('16 ‹38→41› 67');
    expect(formatScoreMove({ low: 16, point: 38, high: 67 }, { low: 20, point: 41, high: 70 })).toBe(
      '16 ‹38› 67 → 20 ‹41› 70',
    );
    const line = formatFeedLine([
      {
        kind: 'commitment-status',
        commitment: 'c',
        guarantee: 'mfu',
        label: 'UK ground forces',
        from: 'pledged',
        to: 'deployed',
      },
      {
        kind: 'credibility',
        guarantee: 'mfu',
        label: 'MFU',
        from: { low: 16, point: 38, high: 67 },
        to: { low: 16, point: 41, high: 67 },
      },
    ]);
    expect(line).toBe('MFU credibility 16 ‹38→41› 67 · UK ground forces: pledged → deployed');
  });
});
