import { assess, type Dataset, type GuaranteeAssessment, type Scenario } from '@pledgewatch/core';
import { beforeAll, describe, expect, test } from 'vitest';
import { bundledUkraine } from './assess-helpers.js';

/**
 * Issue 11's done-when checks on the bundled Ukraine dataset, each argued from the rules that
 * make it hold (docs/credibility.md).
 */

let d: Dataset;
beforeAll(async () => {
  d = await bundledUkraine();
});

function all(dataset: Dataset, asOf?: string, scenarios: Scenario[] = []): GuaranteeAssessment[] {
  const result = assess(dataset, { ...(asOf ? { asOf } : {}), scenarios });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.assessment.guarantees;
}
const one = (gs: GuaranteeAssessment[], id: string) => gs.find((g) => g.guarantee === id)!;
const width = (g: GuaranteeAssessment) => g.credibility.high - g.credibility.low;

describe('engine v2 on the bundled dataset', () => {
  test('the Budapest Memorandum after February 2014 scores below every live guarantee', () => {
    // resolve.breach-ceiling: breached in 2014 (and 2022), answered by sanctions and military aid,
    // never by force: capped at 5, and resolve.breach-unanswered takes resolve down. Before the
    // breach it was capped at 10 by the Security Council veto (commitment.adversary-consent). An
    // assurance engages no guarantor's means (OBLIGATION_ENGAGEMENT), so its uncapped score is
    // already below 5 and resolve already at its floor: the breach fires but cannot lower it.
    const before = one(all(d, '2014-01-01'), 'budapest-1994');
    const after = one(all(d, '2014-06-01'), 'budapest-1994');
    expect(after.credibility.point).toBeLessThanOrEqual(Math.min(before.credibility.point, 5));
    expect(before.ceilings?.map((c) => c.rule)).not.toContain('resolve.breach-ceiling');
    expect(after.ceilings?.map((c) => c.rule)).toContain('resolve.breach-ceiling');
    const now = all(d);
    const budapest = one(now, 'budapest-1994');
    // Live: on record by the date and covering the beneficiary at all (viability above 0).
    const live = now.filter((g) => g.guarantee !== 'budapest-1994' && g.viability.high > 0);
    expect(live.length).toBeGreaterThan(3);
    for (const g of live) expect(budapest.credibility.point, g.guarantee).toBeLessThan(g.credibility.point);
  });

  test('NATO Article 5 does not cover Ukraine', () => {
    // commitment.out-of-scope (ceiling 0) and viability.scope (−100): its members-only scope is unmet.
    const art5 = one(all(d), 'nato-article5');
    expect(art5.credibility).toEqual({ low: 0, point: 0, high: 0 });
    expect(art5.viability.high).toBe(0);
    expect(art5.ceilings?.map((c) => c.rule)).toContain('commitment.out-of-scope');
  });

  test("a D3 single-source fact widens its guarantee's range compared with the same fact at A1", () => {
    // ground.ts isFirm: a fact is firm when its best-graded source is A–C and 1–2. The UK–Ukraine
    // agreement's text (its obligation and legal form) cited by one source only: at D3 its worst
    // case is the weakest text (commitment.obligation-type, commitment.legal-form), its point as
    // recorded; at A1 it counts as certain.
    const graded = (reliability: 'A' | 'D', credibility: 1 | 3): Dataset => ({
      ...d,
      sources: [
        ...d.sources,
        {
          id: 'one-report',
          title: 'One report (fictional, for this test)',
          publisher: 'tests',
          date: '2024-01-12',
          kind: 'news-report',
          reliability,
          credibility,
        },
      ],
      guarantees: d.guarantees.map(({ source: _s, sources: _ss, ...g }) =>
        g.id === 'uk-ukraine-2024'
          ? { ...g, source: 'one-report' }
          : { ...g, ...(_s ? { source: _s } : {}), ...(_ss ? { sources: _ss } : {}) },
      ),
    });
    const a1 = one(all(graded('A', 1)), 'uk-ukraine-2024');
    const d3 = one(all(graded('D', 3)), 'uk-ukraine-2024');
    expect(width(d3)).toBeGreaterThan(width(a1));
    expect(d3.credibility.point).toBe(a1.credibility.point);
  });

  test('a deployed brigade outscores a training mission of the same guarantor', () => {
    // commitment.forward-forces (tripwire by size), capability.ground-balance (the local balance)
    // and the engagement weights (combat forces 1, training 0.5) all favour the brigade.
    const added = (capability: 'ground-forces' | 'training', scale: { min: number; max: number }): Scenario => ({
      id: `uk-${capability}`,
      name: `UK ${capability}`,
      changes: [
        {
          op: 'add-commitment',
          id: `test-uk-${capability}`,
          guarantee: 'mfu',
          guarantor: 'uk',
          capability,
          status: 'deployed',
          scale: { ...scale, unit: 'troops' },
          location: 'beneficiary-territory',
        },
      ],
    });
    const brigade = one(all(d, undefined, [added('ground-forces', { min: 4000, max: 4000 })]), 'mfu');
    const trainers = one(all(d, undefined, [added('training', { min: 200, max: 200 })]), 'mfu');
    expect(brigade.credibility.point).toBeGreaterThan(trainers.credibility.point);
  });
});
