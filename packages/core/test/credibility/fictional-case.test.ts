import { fileURLToPath } from 'node:url';
import {
  applyChanges,
  assess,
  compareScenarios,
  credibilityHistory,
  type Dataset,
  loadDataset,
  scenarioFromAnswer,
  sensitivity,
} from '@pledgewatch/core';
import { beforeAll, describe, expect, test } from 'vitest';
import { assessed } from './assess-helpers.js';

const dir = fileURLToPath(new URL('./__fixtures__/fictional', import.meta.url));
let d: Dataset;
beforeAll(async () => {
  const loaded = await loadDataset(dir);
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((x) => x.message).join('\n'));
  d = loaded.dataset;
});

describe('the fictional case: Northland, Southland and three guarantees', () => {
  test('the ratified defence treaty outranks the memorandum that Northland can veto', () => {
    const pact = assessed(d, 'pact');
    const memo = assessed(d, 'memo');
    expect(pact.credibility.low).toBeGreaterThan(memo.credibility.high);
    expect(memo.credibility.high).toBeLessThanOrEqual(10);
  });

  test('every guarantee gets ranges in bounds, reasons with citations, and a base-rate band', () => {
    const result = assess(d);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const g of result.assessment.guarantees) {
      for (const r of [g.credibility, g.viability, ...g.factors.map((f) => f.score)]) {
        expect(0).toBeLessThanOrEqual(r.low);
        expect(r.low).toBeLessThanOrEqual(r.point);
        expect(r.point).toBeLessThanOrEqual(r.high);
        expect(r.high).toBeLessThanOrEqual(100);
      }
      for (const reason of g.factors.flatMap((f) => f.reasons)) expect(reason.citations.length).toBeGreaterThan(0);
      expect(g.baseRate.low).toBeLessThan(g.baseRate.high);
    }
  });

  test('the force’s range narrows once the backstop question is answered', () => {
    const open = assessed(d, 'force');
    const answered: Dataset = {
      ...d,
      questions: d.questions.map((q) =>
        q.id === 'q-backstop'
          ? { ...q, history: [...q.history, { date: '2030-06-01', status: 'answered', answer: 'no', source: 'fx' }] }
          : q,
      ),
    };
    const closed = assessed(answered, 'force');
    expect(closed.credibility.high - closed.credibility.low).toBeLessThan(open.credibility.high - open.credibility.low);
    expect(closed.questions?.map((q) => q.question)).not.toContain('q-backstop');
  });

  test('the as-of date moves the reading: before Gamma declined, cohesion was higher', () => {
    const before = assessed(d, 'force', { asOf: '2030-05-01' });
    const after = assessed(d, 'force');
    const cohesion = (g: typeof before) => g.factors.find((f) => f.factor === 'cohesion')!.score.point;
    expect(cohesion(before)).toBeGreaterThan(cohesion(after));
  });

  test('a scenario from the dataset and one built from an answer are compared with deltas', () => {
    const question = d.questions.find((q) => q.id === 'q-backstop')!;
    const yes = scenarioFromAnswer(question, 'yes')!;
    const result = compareScenarios(d, ['deploy', yes]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const deploy = result.comparisons[0]!.guarantees.find((g) => g.guarantee === 'force')!;
    // Alpha's ground force moves from pledged to deployed: commitment and capability rise.
    expect(deploy.delta.factors.commitment.point).toBeGreaterThan(0);
    expect(deploy.delta.factors.capability.point).toBeGreaterThan(0);
    const backstop = result.comparisons[1]!.guarantees.find((g) => g.guarantee === 'force')!;
    expect(backstop.delta.viability.point).toBeGreaterThan(0);
    // The treaty is untouched by either.
    expect(result.comparisons[0]!.guarantees.find((g) => g.guarantee === 'pact')!.delta.credibility.point).toBe(0);
  });

  test('sensitivity ranks the backstop question above Northland’s consent for credibility, and shows consent moving viability only', () => {
    const result = sensitivity(d);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const backstop = result.ranking.find((e) => e.question === 'q-backstop')!;
    const consent = result.ranking.find((e) => e.question === 'q-north-accepts')!;
    expect(backstop.swing.credibility).toBeGreaterThan(0);
    expect(consent.swing.credibility).toBe(0);
    expect(consent.swing.viability).toBeGreaterThan(0);
    // Rejects (−30) against supports (0), on a guarantee not yet signed.
    expect(consent.swing.viability).toBe(30);
  });

  test('history equals assessing on every change date', () => {
    const result = credibilityHistory(d);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.history.length).toBeGreaterThan(3);
    for (const point of result.history) {
      const direct = assess(d, { asOf: point.asOf });
      expect(direct.ok && direct.assessment).toEqual(point);
    }
  });

  test('problems come back as values: an unknown profile, scenario or date', () => {
    const result = assess(d, { profile: 'no-such', scenarios: ['nope'], asOf: '2030-02-30' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.code).sort()).toEqual(['invalid-date', 'unknown-profile', 'unknown-scenario']);
  });

  test('applying changes never mutates the dataset', () => {
    const before = JSON.stringify(d);
    const changed = applyChanges(d, d.scenarios[0]!.changes, d.manifest.asOf);
    expect(JSON.stringify(d)).toBe(before);
    expect(changed).not.toBe(d);
    expect(changed.actors).toBe(d.actors);
    const alpha = changed.commitments.find((c) => c.id === 'force-alpha-ground')!;
    expect(alpha.history.at(-1)!.status).toBe('deployed');
  });
});
