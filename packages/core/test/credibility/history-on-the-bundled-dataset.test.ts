import { fileURLToPath } from 'node:url';
import { type Assessment, assess, credibilityHistory, loadDataset } from '@pledgewatch/core';
import { describe, expect, it } from 'vitest';

/**
 * The credibility history of the bundled dataset against the engine run on each date: nothing
 * the engine reads changes between two dated changes, so on any date — a change's, the day
 * after, or one no entry dates — the history's last entry on or before it is the assessment.
 * (This caught a gap once: Budapest 10 in the history against 5 assessed after the breaches.)
 */

const dir = fileURLToPath(new URL('../../../dataset-ukraine/data', import.meta.url));
const loaded = await loadDataset(dir);
if (!loaded.ok) throw new Error('the bundled dataset does not load');
const dataset = loaded.dataset;
const asOf = dataset.manifest.asOf;

function dayAfter(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** The history's last entry on or before `date`, re-dated to it. */
function entryOn(history: readonly Assessment[], date: string): Assessment | undefined {
  const found = history.filter((entry) => entry.asOf <= date).at(-1);
  return found && { ...found, asOf: date };
}

describe('credibility history of the bundled dataset', () => {
  const history = credibilityHistory(dataset, { until: asOf });
  if (!history.ok) throw new Error('history failed');
  const dates = history.history.map((h) => h.asOf);

  it('equals running the engine on that date, on and between dated changes', () => {
    const probes = [...new Set([...dates.filter((_, i) => i % 4 === 0), ...dates.map(dayAfter), '2025-09-01'])].filter(
      (d) => d <= asOf,
    );
    expect(probes.length).toBeGreaterThan(20);
    for (const date of probes) {
      const direct = assess(dataset, { asOf: date });
      if (!direct.ok) throw new Error(`assess failed on ${date}`);
      expect(entryOn(history.history, date), date).toEqual(direct.assessment);
    }
  });

  it('has nothing before the first dated change', () => {
    expect(entryOn(history.history, '1900-01-01')).toBeUndefined();
  });
});
