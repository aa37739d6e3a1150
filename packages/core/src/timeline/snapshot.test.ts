import { describe, expect, it } from 'vitest';
import { files } from '../loading/__fixtures__/minimal.js';
import { buildDataset } from '../loading/load.js';
import { changeDates, commitmentAsOf, snapshotAt } from './snapshot.js';

const loaded = buildDataset(files());
if (!loaded.ok) throw new Error('fixture must load');
const dataset = loaded.dataset;
const commitment = dataset.commitments[0]!;

describe('the timeline', () => {
  it('has no status before the first dated entry', () => {
    expect(commitmentAsOf(commitment, '2025-03-01').status).toBeUndefined();
  });

  it('takes effect on the day of an entry', () => {
    expect(commitmentAsOf(commitment, '2025-03-02').status).toBe('proposed');
    expect(commitmentAsOf(commitment, '2025-08-18').status).toBe('proposed');
    expect(commitmentAsOf(commitment, '2025-08-19').status).toBe('pledged');
  });

  it('keeps the earlier statuses as the past', () => {
    const state = commitmentAsOf(commitment, '2026-02-28');
    expect(state.status).toBe('conditional');
    expect(state.since?.date).toBe('2026-01-06');
    expect(state.past.map((p) => p.status)).toEqual(['proposed', 'pledged']);
  });

  it('snapshots at the dataset cut-off by default', () => {
    const snap = snapshotAt(dataset);
    expect(snap.asOf).toBe('2026-02-28');
    expect(snap.commitments[0]?.status).toBe('conditional');
  });

  it('lists every change date once, in order, up to a date', () => {
    expect(changeDates(dataset)).toEqual(['2025-03-02', '2025-08-19', '2026-01-06']);
    expect(changeDates(dataset, '2025-12-31')).toEqual(['2025-03-02', '2025-08-19']);
  });
});

describe('when a status began, apart from its reconfirmations (issue 12)', () => {
  const reconfirmed = {
    ...commitment,
    history: [
      { date: '2025-03-02', status: 'conditional' as const, source: 's' },
      { date: '2026-01-06', status: 'pledged' as const, source: 's' },
      { date: '2026-01-07', status: 'pledged' as const, source: 's' },
      { date: '2026-02-22', status: 'pledged' as const, source: 's' },
    ],
  };

  it('dates the status from the first entry of its unbroken run, and keeps the latest entry as since', () => {
    const state = commitmentAsOf(reconfirmed, '2026-02-28');
    expect(state.began?.date).toBe('2026-01-06');
    expect(state.since?.date).toBe('2026-02-22');
    expect(commitmentAsOf(reconfirmed, '2026-01-06').began?.date).toBe('2026-01-06');
    expect(commitmentAsOf(reconfirmed, '2025-12-31').began?.date).toBe('2025-03-02');
    expect(commitmentAsOf(reconfirmed, '2025-01-01').began).toBeUndefined();
  });

  it('starts a new run when the status changes and later returns', () => {
    const back = {
      ...reconfirmed,
      history: [
        ...reconfirmed.history,
        { date: '2026-03-01', status: 'conditional' as const, source: 's' },
        { date: '2026-04-01', status: 'pledged' as const, source: 's' },
      ],
    };
    expect(commitmentAsOf(back, '2026-04-02').began?.date).toBe('2026-04-01');
  });
});

describe('when a status began, on long histories (issue 18: cost linear in the history)', () => {
  // Runs of 1 to 40 equal statuses, some longer than the short-history scan: every date of the
  // history must give the first entry of its run, as reading the history backwards does.
  const statuses = ['pledged', 'conditional', 'proposed'] as const;
  const runLengths = [1, 40, 3, 17, 1, 1, 25, 2, 16, 33];
  const history = runLengths.flatMap((n, run) =>
    Array.from({ length: n }, () => ({ status: statuses[run % 3]!, source: 's' })),
  );
  const dated = history.map((h, i) => ({
    ...h,
    date: new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10),
  }));
  const long = { ...commitment, history: dated };

  it('gives the first entry of the unbroken run on every date, wherever the run starts', () => {
    for (let i = 0; i < dated.length; i++) {
      let start = i;
      while (start > 0 && dated[start - 1]!.status === dated[i]!.status) start--;
      expect(commitmentAsOf(long, dated[i]!.date).began, dated[i]!.date).toBe(dated[start]);
    }
  });

  it('folds a history of 100,000 equal statuses over each of its dates in linear work', () => {
    // Counted, not timed: how often the status of an entry is read while folding every date.
    let reads = 0;
    const entries = Array.from({ length: 100_000 }, (_, i) => ({
      date: new Date(Date.UTC(1900, 0, 1 + i)).toISOString().slice(0, 10),
      source: 's',
      get status() {
        reads++;
        return 'pledged' as const;
      },
    }));
    const huge = { ...commitment, history: entries };
    for (const e of entries) expect(commitmentAsOf(huge, e.date).began).toBe(entries[0]);
    // Building the run index reads each entry twice; each fold reads its own entry once or
    // twice; a backwards scan from every date would read n²/2 = 5,000,000,000.
    expect(reads).toBeLessThan(10 * entries.length);
  });
});
