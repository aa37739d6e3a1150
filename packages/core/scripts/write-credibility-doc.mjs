// Regenerates docs/credibility.md from the rule catalogue and a worked example on the bundled
// dataset. Run after `npm run build -w @pledgewatch/core`; a test fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { credibilityDocument, workedExample } from '../dist/credibility/document.js';
import { loadDataset, runBacktest } from '../dist/index.js';
import { loadBundledHistory } from './bundled-history.mjs';

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
const history = await loadBundledHistory();
const figures = runBacktest(history.dataset, history.cases).profiles;
writeFileSync(target, credibilityDocument(workedExample(loaded.dataset), figures));
process.stdout.write(`wrote ${target}\n`);
