import {
  type ChangeFeedEntry,
  type CommitInfo,
  changedIds,
  type Diagnostic,
  describeChanges,
  factsAfter,
  formatFeedLine,
  hasErrors,
  type Id,
  type LoadResult,
} from '@pledgewatch/core';
import { clean } from '../terminal/text.js';
import { type AssessedState, assessState, type DashboardSettings } from './settings.js';

/**
 * The live state the views render: the last good data, the current diagnostics, and the
 * change feed. A failed load never replaces good data — it only sets `broken` and the
 * diagnostics, so the screen keeps what it had and a banner says what is wrong.
 */

export interface FeedLine {
  /** The load that produced it: unique and increasing. */
  load: number;
  /** Local wall-clock time of the reload, HH:MM:SS. */
  at: string;
  text: string;
  entries: ChangeFeedEntry[];
  /** The commit that brought the change, when it arrived through a git pull or checkout. */
  commit?: CommitInfo;
}

export interface LiveState {
  folder: string;
  data?: AssessedState;
  diagnostics: Diagnostic[];
  /** The latest load failed; `data` is the last good state. */
  broken: boolean;
  /** Newest first. */
  feed: FeedLine[];
  /** Ids touched by the latest change, marked on screen for a moment. */
  changed: ReadonlySet<Id>;
  /** When `changed` was set (ms since the epoch). */
  changedAt: number;
  /** Successful loads so far. */
  loads: number;
  /** Where an entity is written, for `e` (edit at the line): from the last good load. */
  whereIs?: WhereIs;
  /** A problem with watching itself (e.g. the inotify limit): the data may be stale. */
  watchProblem?: string;
}

const FEED_LENGTH = 50;

/** A place in the dataset's files: the file relative to the folder and a 1-based line. */
export interface Place {
  file: string;
  line?: number;
}

/** Where `"<section>:<id>"` (and a path inside it, e.g. `['history', 2]`) is written. */
export type WhereIs = (section: string, id: Id, inside?: readonly (string | number)[]) => Place | undefined;

/**
 * The line is found when it is read (by `e`), not when the place is made: every frame names the
 * selection's place, and finding a line costs a careful parse of its file — after a save, of the
 * file just saved (a second or more for a file of 1,000 commitments).
 */
function whereIsOf(result: LoadResult): WhereIs {
  return (section, id, inside = []) => {
    const origin = result.origins.get(`${section}:${id}`);
    if (!origin) return undefined;
    let line: { at: number | undefined } | undefined;
    return {
      file: origin.file,
      get line() {
        line ??= {
          at: (result.locate(origin.file, [...origin.path, ...inside]) ?? result.locate(origin.file, origin.path))
            ?.line,
        };
        return line.at;
      },
    };
  };
}

/**
 * Facts dated after the as-of date that this load brought: they are in the files but not on
 * screen, so the feed says so instead of letting a save seem to vanish.
 */
function laterFactsLine(prev: AssessedState, next: AssessedState): string | undefined {
  const known = new Set(factsAfter(prev.dataset, next.asOf).map((f) => `${f.kind}:${f.id}:${f.date}`));
  const fresh = factsAfter(next.dataset, next.asOf).filter((f) => !known.has(`${f.kind}:${f.id}:${f.date}`));
  if (fresh.length === 0) return undefined;
  const first = fresh[0]!;
  const more = fresh.length > 1 ? ` and ${fresh.length - 1} more` : '';
  return `${first.kind} ${clean(first.id)} dated ${first.date}${more}: after the as-of date ${next.asOf}, not shown — press ] to step forward to it`;
}

export function initialLiveState(folder: string): LiveState {
  return { folder, diagnostics: [], broken: false, feed: [], changed: new Set(), changedAt: 0, loads: 0 };
}

function clock(now: Date): string {
  return now.toTimeString().slice(0, 8);
}

/** The state after a load: new data and a feed line when it is good; the old data and a banner when not. */
export function applyLoad(
  prev: LiveState,
  result: LoadResult,
  settings: DashboardSettings,
  now: Date = new Date(),
): LiveState {
  if (!result.ok || hasErrors(result.diagnostics)) {
    return { ...prev, diagnostics: result.diagnostics, broken: true };
  }
  const data = assessState(result.dataset, settings);
  const base = {
    ...prev,
    data,
    diagnostics: result.diagnostics,
    broken: false,
    loads: prev.loads + 1,
    whereIs: whereIsOf(result),
  };
  if (!prev.data) return base;
  const entries = describeChanges({
    before: prev.data.snapshot,
    after: data.snapshot,
    assessmentBefore: prev.data.assessment,
    assessmentAfter: data.assessment,
  });
  const later = laterFactsLine(prev.data, data);
  if (entries.length === 0 && !later) return base;
  const text = [entries.length ? formatFeedLine(entries) : undefined, later].filter(Boolean).join(' · ');
  const line: FeedLine = { load: base.loads, at: clock(now), text, entries };
  return {
    ...base,
    feed: [line, ...prev.feed].slice(0, FEED_LENGTH),
    changed: changedIds(entries),
    changedAt: now.getTime(),
  };
}

/** The same data under other settings (profile, as-of date): no feed line, it is not a data change. */
export function applySettings(prev: LiveState, settings: DashboardSettings): LiveState {
  if (!prev.data) return prev;
  return { ...prev, data: assessState(prev.data.dataset, settings) };
}
