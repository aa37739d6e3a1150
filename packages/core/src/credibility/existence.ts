import { citedSources, type Id, type IsoDate } from '../model/common.js';
import type { Source } from '../model/source.js';
import { firstDay } from '../timeline/guarantee.js';
import type { GuaranteeInputs } from './view.js';

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
export function firstOnRecord(view: GuaranteeInputs, sources: ReadonlyMap<Id, IsoDate>): IsoDate | undefined {
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
export function existsAsOf(view: GuaranteeInputs, sources: ReadonlyMap<Id, IsoDate>): boolean {
  const first = firstOnRecord(view, sources);
  return first === undefined || first <= view.asOf;
}
