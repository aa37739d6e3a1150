import type { Dataset } from '../model/dataset.js';
import type { EndnoteRegister } from './endnotes.js';
import type { TimelineEntry } from './types.js';
import { clean } from './wording.js';

/** The dated events up to the as-of date, oldest first (ties keep the dataset's order). */
export function buildTimeline(dataset: Dataset, asOf: string, notes: EndnoteRegister): TimelineEntry[] {
  return dataset.events
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.date <= asOf)
    .sort((a, b) => a.e.date.localeCompare(b.e.date) || a.i - b.i)
    .map(({ e }) => ({
      date: e.date,
      title: clean(e.title),
      ...(e.description ? { description: clean(e.description) } : {}),
      notes: notes.cite(e),
    }));
}
