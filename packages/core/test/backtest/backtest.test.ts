import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assess, concordance, type Dataset, eraOf, loadDataset, readOutcomes, runBacktest } from '@pledgewatch/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const historyDir = fileURLToPath(new URL('../../../dataset-history', import.meta.url));

describe('concordance', () => {
  test('counts a success above a failure as 1, a tie as ½, mixed outcomes in no pair', () => {
    expect(
      concordance([
        { score: 60, outcome: 'deterred' },
        { score: 40, outcome: 'not-honoured' },
        { score: 60, outcome: 'not-honoured' },
        { score: 99, outcome: 'mixed' },
      ]),
    ).toEqual({ value: 0.75, pairs: 2 });
    expect(concordance([{ score: 1, outcome: 'honoured' }])).toEqual({ pairs: 0 });
  });

  test('the eras split at 1945', () => {
    expect(eraOf('1944-12-31')).toBe('before-1945');
    expect(eraOf('1945-01-01')).toBe('from-1945');
  });
});

describe('the backtest on the bundled history dataset', () => {
  let dataset: Dataset;
  let text: string;
  let copy: string;
  beforeAll(async () => {
    const loaded = await loadDataset(join(historyDir, 'data'));
    if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => `${d.file}:${d.line} ${d.message}`).join('\n'));
    dataset = loaded.dataset;
    text = readFileSync(join(historyDir, 'outcomes.yaml'), 'utf8');
    copy = mkdtempSync(join(tmpdir(), 'pledgewatch-backtest-'));
    cpSync(join(historyDir, 'data'), join(copy, 'data'), { recursive: true });
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  test('the outcomes file reads, and names only guarantees of the dataset', () => {
    const outcomes = readOutcomes(text, 'outcomes.yaml', dataset);
    expect(outcomes.ok).toBe(true);
  });

  test('the assessment is identical with and without the outcomes', async () => {
    // The folder without outcomes.yaml loads to the same dataset and the same assessment…
    const without = await loadDataset(join(copy, 'data'));
    if (!without.ok) throw new Error('the copy failed to load');
    expect(without.dataset).toEqual(dataset);
    // …and the backtest's scores do not depend on what the outcomes say: every outcome flipped,
    // every case's scores stay the same, and equal a plain assessment on its date.
    const outcomes = readOutcomes(text, 'outcomes.yaml', dataset);
    if (!outcomes.ok) throw new Error('outcomes failed to read');
    const cases = outcomes.outcomes.cases;
    const flipped = cases.map((c) => ({
      ...c,
      outcome: c.outcome === 'not-honoured' ? ('deterred' as const) : ('not-honoured' as const),
      test: 'x',
    }));
    const a = runBacktest(without.dataset, cases);
    const b = runBacktest(without.dataset, flipped);
    expect(b.cases.map((c) => c.credibility)).toEqual(a.cases.map((c) => c.credibility));
    for (const c of a.cases.slice(0, 5)) {
      const direct = assess(without.dataset, { asOf: c.asOf, profile: 'current-calculus' });
      if (!direct.ok) throw new Error('assess failed');
      expect(direct.assessment.guarantees.find((g) => g.guarantee === c.guarantee)?.credibility).toEqual(
        c.credibility['current-calculus'],
      );
    }
  });

  test('a case naming a guarantee the dataset lacks is reported at its line', () => {
    const bad = readOutcomes(
      "cases:\n  - guarantee: nowhere\n    asOf: '1914-07-31'\n    test: t\n    outcome: deterred\n    sources: [x]\n",
      'outcomes.yaml',
      dataset,
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.diagnostics[0]).toMatchObject({ code: 'dangling-reference', line: 2 });
  });
});
