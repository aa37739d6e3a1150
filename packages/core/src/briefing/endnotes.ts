import { citedSources, type Id } from '../model/common.js';
import type { Dataset } from '../model/dataset.js';
import {
  admiraltyGrade,
  INFORMATION_CREDIBILITY_LABEL,
  SOURCE_RELIABILITY_LABEL,
  type Source,
} from '../model/source.js';
import { isSafeLink } from '../text/neutralize.js';
import { formatDisplayDate as formatDate } from '../wording/dates.js';
import { enumWords as words } from '../wording/labels.js';
import type { Endnote, Notes } from './types.js';
import { clean } from './wording.js';

/**
 * Endnotes numbered in the order the body first cites them, as ISW and CRS number theirs;
 * sources the body never cites follow, so the list is the dataset's whole evidence.
 */
export interface EndnoteRegister {
  /** The endnote numbers for these references, assigning new numbers on first use. */
  cite(refs: { source?: Id; sources?: Id[] } | Id[] | undefined): Notes;
  /** The sources behind the references, for grading. */
  sourcesOf(refs: { source?: Id; sources?: Id[] } | Id[] | undefined): Source[];
  list(): Endnote[];
}

export function createEndnoteRegister(dataset: Dataset): EndnoteRegister {
  const byId = new Map(dataset.sources.map((s) => [s.id, s]));
  const numbers = new Map<Id, number>();
  const ids = (refs: { source?: Id; sources?: Id[] } | Id[] | undefined): Id[] =>
    Array.isArray(refs) ? refs : citedSources(refs);
  return {
    cite(refs) {
      const out: number[] = [];
      for (const id of ids(refs)) {
        if (!byId.has(id)) continue;
        let n = numbers.get(id);
        if (n === undefined) {
          n = numbers.size + 1;
          numbers.set(id, n);
        }
        if (!out.includes(n)) out.push(n);
      }
      return out.sort((a, b) => a - b);
    },
    sourcesOf(refs) {
      return ids(refs)
        .map((id) => byId.get(id))
        .filter((s): s is Source => s !== undefined);
    },
    list() {
      const cited = [...numbers.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id);
      const uncited = dataset.sources
        .map((s) => s.id)
        .filter((id) => !numbers.has(id))
        .sort();
      return [...cited, ...uncited].map((id, i) => endnote(byId.get(id)!, i + 1, numbers.has(id)));
    },
  };
}

function endnote(source: Source, number: number, cited: boolean): Endnote {
  const url = source.url?.trim();
  return {
    number,
    source: source.id,
    title: clean(source.title),
    publisher: clean(source.publisher),
    ...(source.author ? { author: clean(source.author) } : {}),
    date: formatDate(source.date),
    kind: words(source.kind),
    grade: admiraltyGrade(source),
    gradeMeaning: `${SOURCE_RELIABILITY_LABEL[source.reliability]}; ${INFORMATION_CREDIBILITY_LABEL[source.credibility]}`,
    ...(source.via ? { via: clean(source.via) } : {}),
    ...(url && isSafeLink(url) && asciiAddress(url)
      ? { link: asciiAddress(url)!, address: clean(url) }
      : url
        ? { address: clean(url) }
        : {}),
    cited,
  };
}

/**
 * A link target as PDF requires it (7-bit ASCII): non-ASCII path characters percent-encoded,
 * an international host in punycode. Undefined when the address does not parse.
 */
export function asciiAddress(url: string): string | undefined {
  try {
    return new URL(url).href;
  } catch {
    return undefined;
  }
}
