import { formatScoreMove } from '../wording/numbers.js';
import type { ChangeFeedEntry } from './change-feed.js';
import { formatChangeEntry } from './format.js';

/**
 * A watcher's one-line account of a save: what moved first, with the point in full, then
 * why — "MFU credibility 16 ‹38→41› 67 · United Kingdom ground forces: pledged → deployed".
 * A range's ends alone hide a moved point ("16–67 → 16–67" reads as "no effect"), so the
 * point is always printed.
 */

function phrase(entry: ChangeFeedEntry): string {
  if (entry.kind === 'credibility' || entry.kind === 'viability')
    return `${entry.label} ${entry.kind} ${formatScoreMove(entry.from, entry.to)}`;
  return formatChangeEntry(entry);
}

/** Score moves first, then the changes in the data that caused them, joined with " · ". */
export function formatFeedLine(entries: readonly ChangeFeedEntry[]): string {
  if (entries.length === 0) return 'no visible change';
  const isScore = (e: ChangeFeedEntry) => e.kind === 'credibility' || e.kind === 'viability';
  return [...entries.filter(isScore), ...entries.filter((e) => !isScore(e))].map(phrase).join(' · ');
}
