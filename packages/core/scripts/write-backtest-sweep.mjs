// Regenerates the sensitivity sweep in docs/backtest.md: the backtest on the bundled history dataset
// under alternative legal-form weights (src/backtest/sweep.ts). Run after `npm run build -w @pledgewatch/core`;
// a test fails when the committed table is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { legalFormSweep, sweepTable } from '../dist/backtest/sweep.js';
import { loadBundledHistory } from './bundled-history.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, '..', '..', '..', 'docs', 'backtest.md');
const history = await loadBundledHistory();
const START = '<!-- sweep:start -->';
const END = '<!-- sweep:end -->';
const doc = readFileSync(target, 'utf8');
const from = doc.indexOf(START);
const to = doc.indexOf(END);
if (from < 0 || to < from) {
  process.stderr.write(`${target}: the markers ${START} and ${END} are missing\n`);
  process.exit(1);
}
const table = sweepTable(legalFormSweep(history.dataset, history.cases)).join('\n');
writeFileSync(target, `${doc.slice(0, from + START.length)}\n${table}\n${doc.slice(to)}`);
process.stdout.write(`wrote the sweep to ${target}\n`);
