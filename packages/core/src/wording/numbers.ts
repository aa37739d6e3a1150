import type { ScoreRange } from '../credibility/types.js';

/**
 * Numbers as every pledgewatch output prints them — the dashboard, `assess`, the PDF and the
 * Markdown briefing. One form each, so a reader never meets the same score written two ways.
 *
 * A score on 0–100 reads **low ‹point› high**, e.g. "16 ‹38› 67": the point is the score on
 * the data as recorded (an unknown counted halfway); low and high are the scores were every
 * unknown to turn out worst or best. {@link SCORE_FORM} says so in words for readers.
 */

/** What "low ‹point› high" means, in one sentence for a reader's key. */
export const SCORE_FORM =
  'A score reads low ‹point› high: the point is the score on the data as recorded, each unknown counted halfway; low and high are what it would be if every unknown turned out worst or best.';

/** Thousands separators without locale dependence: 15000 → "15,000", 2.5 → "2.5", ∞ → "no limit". */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return 'no limit';
  const [int, frac] = String(Math.abs(Number(n.toFixed(2)))).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '−' : ''}${frac ? `${grouped}.${frac}` : grouped}`;
}

/**
 * A range of amounts in words: "1,500–3,000", "1,500" when both ends agree, "at least 1,500"
 * when the top is open, "up to 3,000" when the bottom is zero and the top known — never
 * "1,500–unbounded".
 */
export function formatAmountRange(low: number, high: number): string {
  if (!Number.isFinite(high)) return `at least ${formatNumber(low)}`;
  if (low === high) return formatNumber(low);
  return `${formatNumber(low)}–${formatNumber(high)}`;
}

const whole = (x: number) => String(Math.round(x));

/** The one form of a score: "16 ‹38› 67"; a score with no spread is its point alone, "38". */
export function formatScore(range: ScoreRange): string {
  const [low, point, high] = [whole(range.low), whole(range.point), whole(range.high)];
  return low === high ? point : `${low} ‹${point}› ${high}`;
}

/** How a score moved: "16 ‹38→41› 67" when only the point moved, else "16 ‹38› 67 → 20 ‹41› 70". */
export function formatScoreMove(from: ScoreRange, to: ScoreRange): string {
  const same = (a: number, b: number) => Math.round(a) === Math.round(b);
  if (same(from.low, to.low) && same(from.high, to.high) && !same(from.low, from.high))
    return `${whole(from.low)} ‹${whole(from.point)}→${whole(to.point)}› ${whole(to.high)}`;
  return `${formatScore(from)} → ${formatScore(to)}`;
}

/** A change in points over a range, end by end: "−3 ‹+2› +8"; its point alone, "+5", when the ends agree. */
export function formatSignedScore(range: ScoreRange): string {
  if (Math.round(range.low) === Math.round(range.high)) return formatSignedDelta(range.point);
  return `${formatSignedDelta(range.low)} ‹${formatSignedDelta(range.point)}› ${formatSignedDelta(range.high)}`;
}

/** The span alone, "16–67", for narrow columns that print the point beside it or not at all. */
export function formatScoreRange(range: ScoreRange): string {
  return `${whole(range.low)}–${whole(range.high)}`;
}

/** A change in points: "+5", "−3", "±0". */
export function formatSignedDelta(n: number): string {
  const r = Math.round(n);
  return r > 0 ? `+${r}` : r < 0 ? `−${Math.abs(r)}` : '±0';
}

/** A probability band in percent: "55–80%", "≤5%" from 0, "≥95%" to 100, "50%" when both agree. */
export function formatPercentRange(min: number, max: number): string {
  const [lo, hi] = [whole(Math.min(min, max)), whole(Math.max(min, max))];
  if (lo === hi) return `${lo}%`;
  if (lo === '0') return `≤${hi}%`;
  if (hi === '100') return `≥${lo}%`;
  return `${lo}–${hi}%`;
}

/** "1 commitment", "3 commitments", "no commitment" — counts in words a reader does not have to parse. */
export function countOf(n: number, noun: string, plural = `${noun}s`): string {
  if (n === 0) return `no ${noun}`;
  return `${formatNumber(n)} ${n === 1 ? noun : plural}`;
}

/**
 * Numbers inside prose written elsewhere (a rule's explanation) made readable: bare integers
 * of five or more digits grouped ("715000" → "715,000") and open ranges said in words
 * ("1,500–unbounded" → "at least 1,500"). Digits inside words, ids or addresses are left alone.
 */
export function readableNumbers(text: string): string {
  return text
    .replace(/(?<![\w.,/-])(\d{5,})(?![\w/-]|[.,]\d)/g, (_, digits: string) => formatNumber(Number(digits)))
    .replace(/(?<![\w.,])([\d.,]+)[–-]unbounded\b/g, 'at least $1')
    .replace(/\bunbounded\b/g, 'no limit');
}
