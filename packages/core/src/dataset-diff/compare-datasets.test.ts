import { describe, expect, it } from 'vitest';
import { datasetFromYaml, oneGuaranteeYaml } from '../test-support/yaml-dataset.js';
import { compareDatasets } from './compare-datasets.js';

const BASE = oneGuaranteeYaml({
  status: 'proposed',
  source:
    '{ id: s1, title: First report, publisher: Agency, date: 2026-01-06, kind: news-report, reliability: B, credibility: 2 }',
});

describe('compareDatasets', () => {
  const before = datasetFromYaml(BASE);
  const after = datasetFromYaml(
    BASE.replace(
      'sources:\n',
      'sources:\n  - { id: s2, title: Troops arrive, publisher: Wire, date: 2026-02-01, kind: news-report, reliability: A, credibility: 1 }\n',
    ).replace(
      'status: proposed, source: s1 }',
      'status: proposed, source: s1 }\n      - { date: 2026-02-01, status: deploying, source: s2 }',
    ),
  );

  it('names each changed fact with the source that states it, and the new source itself', () => {
    const result = compareDatasets(before, after);
    if (!result.ok) throw new Error('assessment failed');
    const { facts } = result.comparison;
    expect(facts.map((f) => f.text)).toEqual([
      'United Kingdom ground forces: proposed → deploying',
      'new source Wire: Troops arrive',
    ]);
    expect(facts[0]).toMatchObject({ date: '2026-02-01', sources: [{ id: 's2', publisher: 'Wire', grade: 'A1' }] });
  });

  it('gives every guarantee before and after, and the rules whose contribution moved', () => {
    const result = compareDatasets(before, after);
    if (!result.ok) throw new Error('assessment failed');
    const { guarantees, rules } = result.comparison;
    expect(guarantees).toHaveLength(1);
    const [mfu] = guarantees;
    expect(mfu!.moved).toBe(true);
    expect(mfu!.after!.credibility.point).toBeGreaterThan(mfu!.before!.credibility.point);
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.every((r) => r.guarantee === 'mfu')).toBe(true);
    // A deploying guarantor counts as committed: the share of committed guarantors rises.
    const share = rules.find((r) => r.rule === 'cohesion.share-committed')!;
    expect(share.after!.point).toBeGreaterThan(share.before!.point);
  });

  it('finds nothing to report between a dataset and itself', () => {
    const result = compareDatasets(before, datasetFromYaml(BASE));
    if (!result.ok) throw new Error('assessment failed');
    expect(result.comparison.facts).toEqual([]);
    expect(result.comparison.rules).toEqual([]);
    expect(result.comparison.guarantees.map((g) => g.moved)).toEqual([false]);
  });
});
