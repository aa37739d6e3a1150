// The bundled history dataset and its outcomes, loaded from the built core for the doc
// generators (write-credibility-doc.mjs, write-backtest-sweep.mjs). Ends the process with a
// one-line message when either does not load: the generators have nothing to write then.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataset, readOutcomes } from '../dist/index.js';

const historyDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dataset-history');

/** The history dataset and its outcome cases, both checked. */
export async function loadBundledHistory() {
  const history = await loadDataset(join(historyDir, 'data'));
  const outcomesPath = join(historyDir, 'outcomes.yaml');
  const outcomes = history.ok
    ? readOutcomes(readFileSync(outcomesPath, 'utf8'), outcomesPath, history.dataset)
    : undefined;
  if (!history.ok || !outcomes?.ok) {
    process.stderr.write('the bundled history dataset or its outcomes do not load; run pledgewatch backtest on it\n');
    process.exit(1);
  }
  return { dataset: history.dataset, cases: outcomes.outcomes.cases };
}
