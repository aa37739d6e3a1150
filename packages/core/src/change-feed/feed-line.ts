import type { ScoreRange } from '../credibility/types.js';
import type { ChangeFeedEntry } from './change-feed.js';
import { formatChangeEntry } from './format.js';

/**
 * A watcher's one-line account of a save: what moved first, with the point in full, then
 * why — "MFU credibility 16 ‹38→41› 67 · United Kingdom ground forces: pledged → deployed".
 * A range's ends alone hide a moved point ("16–67 → 16–67" reads as "no effect"), so the
 * point is always printed.
 */

const whole = (x: number) => String(Math.round(x));

/** A score as low ‹point› high, e.g. "16 ‹38› 67"; its point alone when it has no spread. */
export function scoreInFull(r: ScoreRange): string {
  return Math.round(r.low) === Math.round(r.high)
    ? whole(r.point)
    : `${whole(r.low)} ‹${whole(r.point)}› ${whole(r.high)}`;
}

/** How a score moved: "16 ‹38→41› 67" when only the point moved, else "16 ‹38› 67 → 20 ‹41› 70". */
export function scoreMove(from: ScoreRange, to: ScoreRange): string {
  const same = (a: number, b: number) => Math.round(a) === Math.round(b);
  if (same(from.low, to.low) && same(from.high, to.high) && !same(from.low, from.high))
    return `${whole(from.low)} ‹${whole(from.point)}→${whole(to.point)}› ${whole(to.high)}`;
  return `${scoreInFull(from)} → ${scoreInFull(to)}`;
}

function phrase(entry: ChangeFeedEntry): string {
  if (entry.kind === 'credibility' || entry.kind === 'viability')
    return `${entry.label} ${entry.kind} ${scoreMove(entry.from, entry.to)}`;
  return formatChangeEntry(entry);
}

/** Score moves first, then the changes in the data that caused them, joined with " · ". */
export function formatFeedLine(entries: readonly ChangeFeedEntry[]): string {
  if (entries.length === 0) return 'no visible change';
  const isScore = (e: ChangeFeedEntry) => e.kind === 'credibility' || e.kind === 'viability';
  return [...entries.filter(isScore), ...entries.filter((e) => !isScore(e))].map(phrase).join(' · ');
}
