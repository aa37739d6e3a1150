import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Dataset, loadDataset, type OutcomeCase, readOutcomes, runBacktest } from '@pledgewatch/core';
import { beforeAll, describe, expect, test } from 'vitest';
import { legalFormSweep, type SweepRow, sweepTable } from '../../src/backtest/sweep.js';
import { LEGAL_FORM_POINTS } from '../../src/credibility/rules/commitment.js';
import { TEXT_ENGAGEMENT } from '../../src/credibility/view.js';

const docPath = fileURLToPath(new URL('../../../../docs/backtest.md', import.meta.url));
const historyDir = fileURLToPath(new URL('../../../dataset-history/data', import.meta.url));
const outcomesPath = fileURLToPath(new URL('../../../dataset-history/outcomes.yaml', import.meta.url));

let dataset: Dataset;
let cases: readonly OutcomeCase[];
let rows: SweepRow[];
let engagementBefore: Record<string, number>;
let pointsBefore: Record<string, number>;

beforeAll(async () => {
  const history = await loadDataset(historyDir);
  if (!history.ok) throw new Error('the bundled history dataset does not load');
  const outcomes = readOutcomes(readFileSync(outcomesPath, 'utf8'), outcomesPath, history.dataset);
  if (!outcomes.ok) throw new Error('the bundled history outcomes do not load');
  dataset = history.dataset;
  cases = outcomes.outcomes.cases;
  engagementBefore = { ...TEXT_ENGAGEMENT };
  pointsBefore = { ...LEGAL_FORM_POINTS };
  rows = legalFormSweep(dataset, cases);
});

describe('the legal-form sensitivity sweep', () => {
  test('leaves the engine’s own weights as they were', () => {
    expect({ ...TEXT_ENGAGEMENT }).toEqual(engagementBefore);
    expect({ ...LEGAL_FORM_POINTS }).toEqual(pointsBefore);
  });

  test('marks exactly one row as the engine’s own, and that row is the plain backtest', () => {
    const current = rows.filter((r) => r.current);
    expect(current).toHaveLength(1);
    expect(current[0]!.figures).toEqual(runBacktest(dataset, cases).profiles);
  });

  test('the alternatives really change the scores (the weights reach the engine)', () => {
    const overall = new Set(rows.map((r) => r.figures.map((f) => f.overall.value).join('/')));
    expect(overall.size).toBeGreaterThan(1);
  });

  test('docs/backtest.md holds the table as generated now (if not: npm run docs:backtest-sweep -w @pledgewatch/core)', () => {
    const doc = readFileSync(docPath, 'utf8');
    const section = doc.slice(doc.indexOf('<!-- sweep:start -->'), doc.indexOf('<!-- sweep:end -->'));
    expect(section).toBe(`<!-- sweep:start -->\n${sweepTable(rows).join('\n')}\n`);
  });
});
