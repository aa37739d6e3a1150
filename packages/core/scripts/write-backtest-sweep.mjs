// Regenerates the sensitivity sweep in docs/backtest.md: the backtest on the bundled history dataset
// under alternative legal-form weights (src/backtest/sweep.ts). Run after `npm run build -w @pledgewatch/core`;
// a test fails when the committed table is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { legalFormSweep, sweepTable } from '../dist/backtest/sweep.js';
import { loadDataset, readOutcomes } from '../dist/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const historyDir = join(here, '..', '..', 'dataset-history');
const target = join(here, '..', '..', '..', 'docs', 'backtest.md');
const history = await loadDataset(join(historyDir, 'data'));
const outcomesPath = join(historyDir, 'outcomes.yaml');
const outcomes = history.ok
  ? readOutcomes(readFileSync(outcomesPath, 'utf8'), outcomesPath, history.dataset)
  : undefined;
if (!history.ok || !outcomes?.ok) {
  process.stderr.write('the bundled history dataset or its outcomes do not load; run pledgewatch backtest on it\n');
  process.exit(1);
}
const START = '<!-- sweep:start -->';
const END = '<!-- sweep:end -->';
const doc = readFileSync(target, 'utf8');
const from = doc.indexOf(START);
const to = doc.indexOf(END);
if (from < 0 || to < from) {
  process.stderr.write(`${target}: the markers ${START} and ${END} are missing\n`);
  process.exit(1);
}
const table = sweepTable(legalFormSweep(history.dataset, outcomes.outcomes.cases)).join('\n');
writeFileSync(target, `${doc.slice(0, from + START.length)}\n${table}\n${doc.slice(to)}`);
process.stdout.write(`wrote the sweep to ${target}\n`);
