import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CREDIBILITY_RULES, loadDataset, readOutcomes, runBacktest } from '@pledgewatch/core';
import { describe, expect, test } from 'vitest';
import { credibilityDocument, workedExample } from '../../src/credibility/document.js';

const docPath = fileURLToPath(new URL('../../../../docs/credibility.md', import.meta.url));
const datasetDir = fileURLToPath(new URL('../../../dataset-ukraine/data', import.meta.url));
const historyDir = fileURLToPath(new URL('../../../dataset-history/data', import.meta.url));
const outcomesPath = fileURLToPath(new URL('../../../dataset-history/outcomes.yaml', import.meta.url));

describe('docs/credibility.md', () => {
  test('is generated from the current rules and bundled dataset (if not: npm run build -w @pledgewatch/core && npm run docs:credibility -w @pledgewatch/core)', async () => {
    const loaded = await loadDataset(datasetDir);
    const history = await loadDataset(historyDir);
    expect(loaded.ok && history.ok).toBe(true);
    if (!loaded.ok || !history.ok) return;
    const outcomes = readOutcomes(readFileSync(outcomesPath, 'utf8'), outcomesPath, history.dataset);
    expect(outcomes.ok).toBe(true);
    if (!outcomes.ok) return;
    const figures = runBacktest(history.dataset, outcomes.outcomes.cases).profiles;
    expect(readFileSync(docPath, 'utf8')).toBe(credibilityDocument(workedExample(loaded.dataset), figures));
  });

  test('lists every rule with its citations', () => {
    const doc = credibilityDocument();
    for (const rule of CREDIBILITY_RULES) {
      expect(doc).toContain(`\`${rule.id}\``);
      for (const c of rule.citations) expect(doc).toContain(c.reference);
    }
  });
});
