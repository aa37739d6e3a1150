import type { ScoreRange } from './types.js';

/**
 * Interval arithmetic on scores. An unknown input becomes a range (worst..best) with a
 * point reading; sums and non-negative weightings of ranges are ranges, and every operation
 * here is monotone, so low ≤ point ≤ high survives every step.
 */

export function exactly(value: number): ScoreRange {
  return { low: value, point: value, high: value };
}

/** A range over an unknown input; the point is the midpoint unless a reading is given. */
export function between(a: number, b: number, point?: number): ScoreRange {
  const low = Math.min(a, b);
  const high = Math.max(a, b);
  const p = point ?? (low + high) / 2;
  return { low, point: Math.min(high, Math.max(low, p)), high };
}

export function add(...ranges: ScoreRange[]): ScoreRange {
  let low = 0;
  let point = 0;
  let high = 0;
  for (const r of ranges) {
    low += r.low;
    point += r.point;
    high += r.high;
  }
  return { low, point, high };
}

export function scale(range: ScoreRange, factor: number): ScoreRange {
  return factor >= 0
    ? { low: range.low * factor, point: range.point * factor, high: range.high * factor }
    : { low: range.high * factor, point: range.point * factor, high: range.low * factor };
}

/** Applies a monotone non-decreasing function to each end. */
export function mapRange(range: ScoreRange, f: (x: number) => number): ScoreRange {
  return { low: f(range.low), point: f(range.point), high: f(range.high) };
}

export function clampScore(range: ScoreRange, min = 0, max = 100): ScoreRange {
  return mapRange(range, (x) => Math.min(max, Math.max(min, x)));
}

/** The smallest range holding both; the point stays the first's (the as-recorded reading). */
export function hull(base: ScoreRange, other: ScoreRange): ScoreRange {
  return { low: Math.min(base.low, other.low), point: base.point, high: Math.max(base.high, other.high) };
}

export function minRange(a: ScoreRange, b: ScoreRange): ScoreRange {
  return { low: Math.min(a.low, b.low), point: Math.min(a.point, b.point), high: Math.min(a.high, b.high) };
}

export function subtract(a: ScoreRange, b: ScoreRange): ScoreRange {
  return { low: a.low - b.low, point: a.point - b.point, high: a.high - b.high };
}

/** Rounds to one decimal for display and stable output, keeping the order of the ends. */
export function roundRange(range: ScoreRange): ScoreRange {
  const r = (x: number) => Math.round(x * 10) / 10 + 0; // + 0 turns -0 into 0
  return { low: r(range.low), point: r(range.point), high: r(range.high) };
}

export function isExact(range: ScoreRange): boolean {
  return range.low === range.high;
}
