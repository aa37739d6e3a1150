import { loadDataset } from '@pledgewatch/core';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR } from '../test-support/fixture.js';
import { assessDataset, credibilityTrends, daysBefore, TREND_WINDOW_DAYS } from './assessment.js';

describe('the trend column', () => {
  it('is how far the point moved over the 90 days to the as-of date, against the assessment on the window’s first day', async () => {
    const loaded = await loadDataset(FIXTURE_DIR);
    if (!loaded.ok) throw new Error('the fixture must load');
    const lens = { asOf: '2026-02-10', profile: 'current-calculus' };
    const now = assessDataset(loaded.dataset, lens).assessment!.guarantees[0]!;
    const start = daysBefore(lens.asOf, TREND_WINDOW_DAYS);
    expect(start).toBe('2025-11-12');
    const then = assessDataset(loaded.dataset, { ...lens, asOf: start }).assessment!.guarantees[0]!;
    const trend = credibilityTrends(loaded.dataset, lens)!.get('mfu')!;
    expect(trend).toEqual({
      delta: Math.round(now.credibility.point) - Math.round(then.credibility.point),
      since: start,
    });
    // The January pledges fall inside the window: the point moved.
    expect(trend.delta).not.toBe(0);
    // A window in which nothing was recorded (the autumn of 2025) is flat, and says so with 0.
    expect(credibilityTrends(loaded.dataset, { ...lens, asOf: '2025-12-31' })!.get('mfu')!.delta).toBe(0);
  });
});
