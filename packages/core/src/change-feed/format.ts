import { formatScoreRange } from '../wording/numbers.js';
import type { ChangeFeedEntry } from './change-feed.js';

/** Formatting of change-feed entries as the one-line phrases readers see. */

function arrow(from: string | undefined, to: string | undefined): string {
  return `${from ?? 'not on record'} → ${to ?? 'not on record'}`;
}

/** One entry as a phrase, e.g. "United Kingdom ground forces: pledged → deploying". */
export function formatChangeEntry(entry: ChangeFeedEntry): string {
  switch (entry.kind) {
    case 'commitment-status':
    case 'stance':
    case 'question-status':
      return `${entry.label}: ${arrow(entry.from, entry.to)}`;
    case 'commitment-edited':
      return `${entry.label}: details edited`;
    case 'commitment-added':
      return `${entry.label}: new commitment${entry.to ? ` (${entry.to})` : ''}`;
    case 'commitment-removed':
      return `${entry.label}: removed`;
    case 'event-added':
      return `${entry.date} ${entry.label}`;
    case 'credibility':
    case 'viability':
      return `${entry.label} ${entry.kind} ${formatScoreRange(entry.from)} → ${formatScoreRange(entry.to)}`;
    case 'guarantee-added':
      return `${entry.label}: new guarantee`;
    case 'guarantee-removed':
      return `${entry.label}: guarantee removed`;
  }
}

/** All entries as one line, joined with " · "; "no visible change" when there are none. */
export function formatChangeSummary(entries: readonly ChangeFeedEntry[]): string {
  return entries.length === 0 ? 'no visible change' : entries.map(formatChangeEntry).join(' · ');
}
