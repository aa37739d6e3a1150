import { citedSources, type Id, type IsoDate } from '../model/common.js';
import type { Source } from '../model/source.js';
import type { GuaranteeView } from './view.js';

/** A partial date (YYYY or YYYY-MM) turns true on the first day it covers. */
export function firstDay(date: string): IsoDate {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** Each source's publication date, from its first day; sources with an unknown date are left out. */
export function sourceDates(sources: readonly Source[]): Map<Id, IsoDate> {
  const dates = new Map<Id, IsoDate>();
  for (const s of sources) if (s.date !== 'unknown') dates.set(s.id, firstDay(s.date));
  return dates;
}

/**
 * The first day a guarantee is on record: the earliest of its signing (or declaration), its
 * first dated fact (a commitment's or a stance's first entry) and the publication of the
 * sources it cites itself. Undefined when the data dates none of them: nothing then says it
 * did not exist, so it is assessed on every date.
 */
export function firstOnRecord(view: GuaranteeView, sources: ReadonlyMap<Id, IsoDate>): IsoDate | undefined {
  let first: IsoDate | undefined;
  const see = (date: IsoDate) => {
    if (first === undefined || date < first) first = date;
  };
  const signed = view.guarantee.signed;
  if (signed !== undefined && signed !== 'unknown') see(firstDay(signed));
  // Histories run oldest first (validated; scenarios insert in date order): the first entry is
  // the earliest, so a history of 100,000 entries costs what one of three does.
  for (const s of view.commitments) if (s.commitment.history[0]) see(s.commitment.history[0].date);
  for (const s of view.positions) if (s.position.history[0]) see(s.position.history[0].date);
  for (const id of citedSources(view.guarantee)) {
    const date = sources.get(id);
    if (date !== undefined) see(date);
  }
  return first;
}

/**
 * Whether a guarantee exists as of its view's date. One not yet signed or declared, with
 * nothing on record about it yet, is left out of the assessment on that date rather than
 * scored: "unknown is not a default", and a score for an arrangement no one had proposed
 * would be invented.
 */
export function existsAsOf(view: GuaranteeView, sources: ReadonlyMap<Id, IsoDate>): boolean {
  const first = firstOnRecord(view, sources);
  return first === undefined || first <= view.asOf;
}

/** Signed (or declared) on or before the view's date, by a date the data gives. */
export function signedBy(view: GuaranteeView): boolean {
  const signed = view.guarantee.signed;
  return signed !== undefined && signed !== 'unknown' && firstDay(signed) <= view.asOf;
}
