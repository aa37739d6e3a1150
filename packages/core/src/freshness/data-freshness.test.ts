import { describe, expect, it } from 'vitest';
import { DEFAULT_FRESH_FOR_DAYS, dataFreshness, todayFrom } from './data-freshness.js';

describe('dataFreshness', () => {
  it('counts whole days from the cut-off and says so in the words every tool shows', () => {
    const f = dataFreshness({ asOf: '2026-02-28' }, { today: '2026-11-30' });
    expect(f).toMatchObject({ cutOff: '2026-02-28', ageDays: 275, freshForDays: DEFAULT_FRESH_FOR_DAYS, stale: true });
    expect(f.summary).toBe('data last updated 28 Feb 2026 — 275 days ago');
    expect(f.warning).toBe(
      'Data last updated 28 Feb 2026 — 275 days ago, past its 30-day freshness window: it may not reflect events since',
    );
    expect(f.projection).toBe(false);
  });

  it('is fresh inside the window, including on its last day, and honours the manifest’s own window', () => {
    expect(dataFreshness({ asOf: '2026-11-20' }, { today: '2026-11-30' })).toMatchObject({ ageDays: 10, stale: false });
    expect(dataFreshness({ asOf: '2026-10-31' }, { today: '2026-11-30' })).toMatchObject({ ageDays: 30, stale: false });
    expect(dataFreshness({ asOf: '2026-10-30' }, { today: '2026-11-30' })).toMatchObject({ ageDays: 31, stale: true });
    const week = dataFreshness({ asOf: '2026-11-20', freshForDays: 7 }, { today: '2026-11-30' });
    expect(week).toMatchObject({ stale: true, freshForDays: 7 });
    expect(dataFreshness({ asOf: '2026-11-30' }, { today: '2026-11-30' }).summary).toMatch(/— today$/);
    expect(dataFreshness({ asOf: '2026-11-20' }, { today: '2026-11-30' }).warning).toBeUndefined();
  });

  it('counts across a leap day and a year end by the calendar, not by 30-day months', () => {
    expect(dataFreshness({ asOf: '2027-12-31' }, { today: '2028-03-01' }).ageDays).toBe(61);
  });

  it('marks an as-of date after the cut-off as a projection of old data, even when the data is fresh', () => {
    const f = dataFreshness({ asOf: '2026-11-20' }, { today: '2026-11-30', asOf: '2026-11-25' });
    expect(f).toMatchObject({ stale: false, projection: true, asOf: '2026-11-25' });
    expect(f.warning).toBe(
      'As of 25 Nov 2026 is a projection of data that stops on 20 Nov 2026, not a current assessment',
    );
    expect(dataFreshness({ asOf: '2026-11-20' }, { today: '2026-11-30', asOf: '2026-11-20' }).projection).toBe(false);
    expect(dataFreshness({ asOf: '2026-11-20' }, { today: '2026-11-30', asOf: '2025-01-01' }).projection).toBe(false);
  });

  it('joins both warnings when stale data is projected forward', () => {
    const f = dataFreshness({ asOf: '2026-02-28' }, { today: '2026-11-30', asOf: '2026-11-30' });
    expect(f.warning).toMatch(/^Data last updated 28 Feb 2026 — 275 days ago, .*; as of 30 Nov 2026 is a projection/);
    expect(f.headline).toBe(
      'Data last updated 28 Feb 2026 — 275 days ago: stale · as of 30 Nov 2026 is a projection of old data',
    );
    expect(dataFreshness({ asOf: '2026-11-20' }, { today: '2026-11-30' }).headline).toBeUndefined();
  });
});

describe('todayFrom', () => {
  const clock = new Date('2026-11-30T23:59:00Z');
  it('reads PLEDGEWATCH_TODAY when set, else the clock’s UTC day', () => {
    expect(todayFrom({ PLEDGEWATCH_TODAY: '2027-01-15' }, clock)).toEqual({ ok: true, today: '2027-01-15' });
    expect(todayFrom({}, clock)).toEqual({ ok: true, today: '2026-11-30' });
    expect(todayFrom({ PLEDGEWATCH_TODAY: '' }, clock)).toEqual({ ok: true, today: '2026-11-30' });
  });
  it('reports a value that is not a real date instead of silently using the clock', () => {
    const r = todayFrom({ PLEDGEWATCH_TODAY: '2026-02-30' }, clock);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatch(/PLEDGEWATCH_TODAY='2026-02-30' is not a date/);
  });
});
