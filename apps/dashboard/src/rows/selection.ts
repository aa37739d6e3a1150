import { admiraltyGrade, citedSources, type Dataset, type Id, isSafeLink, type Source } from '@pledgewatch/core';
import type { Place, WhereIs } from '../live/live-state.js';
import { clean } from '../terminal/text.js';

/**
 * The fact under the cursor, as the keys that reach outside need it: `e` edits it at its
 * line, `o` opens its source's link, `y` copies its citation. Every view says what its
 * selected row is; the sources are the ones the fact cites, with their grades.
 */

export interface SourceLine {
  id: Id;
  outlet: string;
  title: string;
  date: string;
  grade: string;
  /** Present only for http(s) and mailto addresses (the only links `o` will open). */
  url?: string;
}

export interface Selection {
  /** What the selection is, for messages: "commitment uk-ground". */
  label: string;
  place?: Place;
  sources: SourceLine[];
}

type Cited = { source?: Id; sources?: Id[] };

export function sourceLines(dataset: Dataset, entries: readonly Cited[]): SourceLine[] {
  const ids = [...new Set(entries.flatMap((e) => citedSources(e)))];
  const byId = new Map(dataset.sources.map((s) => [s.id, s]));
  return ids.flatMap((id) => {
    const s: Source | undefined = byId.get(id);
    if (!s) return [];
    return [
      {
        id,
        outlet: clean(s.publisher),
        title: clean(s.title),
        date: typeof s.date === 'string' ? s.date : 'undated',
        grade: admiraltyGrade(s),
        ...(isSafeLink(s.url) && s.url?.startsWith('http') ? { url: s.url } : {}),
      },
    ];
  });
}

/** One citation as copied: `Outlet, "Title", date (grade B2), URL`. */
export function citationText(s: SourceLine): string {
  return `${s.outlet}, "${s.title}", ${s.date} (grade ${s.grade})${s.url ? `, ${s.url}` : ''}`;
}

const SECTION_OF = { c: 'commitments', p: 'positions', q: 'questions', e: 'events' } as const;

/** A timeline row's key (`c:<id>:<i>`, `e:<id>`) as the fact it shows. */
export function timelineSelection(dataset: Dataset, whereIs: WhereIs | undefined, key: string): Selection {
  const [kind, id = '', index] = key.split(':') as [keyof typeof SECTION_OF, string, string | undefined];
  const section = SECTION_OF[kind];
  const i = index === undefined ? undefined : Number(index);
  const inside = i === undefined ? [] : ['history', i];
  let entries: Cited[] = [];
  if (kind === 'e') entries = dataset.events.filter((e) => e.id === id) as Cited[];
  else {
    const list = { c: dataset.commitments, p: dataset.positions, q: dataset.questions }[kind];
    const entity = list?.find((x) => x.id === id);
    const entry = entity && i !== undefined ? entity.history[i] : undefined;
    entries = entry ? [entry as Cited] : [];
  }
  return {
    label: `${section.replace(/s$/, '')} ${clean(id)}`,
    place: whereIs?.(section, id, inside),
    sources: sourceLines(dataset, entries),
  };
}
