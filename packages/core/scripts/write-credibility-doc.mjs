// Regenerates docs/credibility.md from the rule catalogue and a worked example on the bundled
// dataset. Run after `npm run build -w @pledgewatch/core`; a test fails when the committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { credibilityDocument, workedExample } from '../dist/credibility/document.js';
import { loadDataset, readOutcomes, runBacktest } from '../dist/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const datasetDir = join(here, '..', '..', 'dataset-ukraine', 'data');
const target = join(here, '..', '..', '..', 'docs', 'credibility.md');
const loaded = await loadDataset(datasetDir);
if (!loaded.ok) {
  process.stderr.write(
    `the bundled dataset does not load (${loaded.diagnostics.length} diagnostics); run pledgewatch check on it\n`,
  );
  process.exit(1);
}
// The backtest's figures on the bundled history dataset (docs/backtest.md), so the page reports them.
const historyDir = join(here, '..', '..', 'dataset-history');
const history = await loadDataset(join(historyDir, 'data'));
const outcomesPath = join(historyDir, 'outcomes.yaml');
const outcomes = history.ok
  ? readOutcomes(readFileSync(outcomesPath, 'utf8'), outcomesPath, history.dataset)
  : undefined;
if (!history.ok || !outcomes?.ok) {
  process.stderr.write('the bundled history dataset or its outcomes do not load; run pledgewatch backtest on it\n');
  process.exit(1);
}
const figures = runBacktest(history.dataset, outcomes.outcomes.cases).profiles;
writeFileSync(target, credibilityDocument(workedExample(loaded.dataset), figures));
process.stdout.write(`wrote ${target}\n`);
