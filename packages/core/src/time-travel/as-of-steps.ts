import type { Id, IsoDate } from '../model/common.js';
import type { Dataset } from '../model/dataset.js';

/**
 * Stepping the as-of date through the record: every date on which something in the data
 * changed, before and after the dataset's own cut-off. A reader looking back steps from one
 * dated change to the next; everything is then folded and assessed as of that date.
 */

/** Every dated change in the record, ascending and unique, whatever the cut-off. */
export function recordDates(dataset: Dataset): IsoDate[] {
  const dates = new Set<IsoDate>();
  for (const c of dataset.commitments) for (const h of c.history) dates.add(h.date);
  for (const p of dataset.positions) for (const h of p.history) dates.add(h.date);
  for (const q of dataset.questions) for (const h of q.history) dates.add(h.date);
  for (const e of dataset.events) dates.add(e.date);
  return [...dates].sort();
}

/**
 * The as-of date one dated change earlier (`by` −1) or later (+1) than `asOf`, or undefined
 * at the end of the record. Forward stops at the dataset's cut-off unless the record goes
 * beyond it, so stepping never invents a date nothing happened on.
 */
export function stepAsOf(dataset: Dataset, asOf: IsoDate, by: -1 | 1): IsoDate | undefined {
  const dates = recordDates(dataset);
  const cutOff = dataset.manifest.asOf;
  if (by < 0) return dates.filter((d) => d < asOf).at(-1);
  const later = dates.find((d) => d > asOf);
  // Back from the past, the cut-off itself is a stop: it is where the dataset says "now".
  if (asOf < cutOff && (!later || later > cutOff)) return cutOff;
  return later;
}

/** One fact dated after the as-of date: it exists in the files but not yet on screen. */
export interface LaterFact {
  kind: 'commitment' | 'position' | 'question' | 'event';
  id: Id;
  date: IsoDate;
}

/** The facts dated after `asOf`, earliest first: what an as-of date hides. */
export function factsAfter(dataset: Dataset, asOf: IsoDate): LaterFact[] {
  const out: LaterFact[] = [];
  const add = (kind: LaterFact['kind'], id: Id, dates: readonly { date: IsoDate }[]) => {
    for (const h of dates) if (h.date > asOf) out.push({ kind, id, date: h.date });
  };
  for (const c of dataset.commitments) add('commitment', c.id, c.history);
  for (const p of dataset.positions) add('position', p.id, p.history);
  for (const q of dataset.questions) add('question', q.id, q.history);
  for (const e of dataset.events) add('event', e.id, [e]);
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** The day before a date, as an ISO date (for "just before this change"). */
export function dayBefore(date: IsoDate): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
