import type { Commitment, CommitmentStatus, StatusEntry } from '../model/commitment.js';
import type { Id, IsoDate } from '../model/common.js';
import type { Dataset } from '../model/dataset.js';
import type { Position, Stance } from '../model/position.js';
import type { OpenQuestion, QuestionStatus } from '../model/question.js';

/**
 * The timeline: folds each dated history as of a date. Entries dated after the as-of date
 * do not exist yet; an entity whose history starts later is "not yet" on record.
 */

export interface CommitmentState {
  commitment: Commitment;
  /** The status as of the date, or undefined when its history starts later. */
  status?: CommitmentStatus;
  /** The latest entry on or before the date: the one that set the status or last reconfirmed it. */
  since?: StatusEntry;
  /**
   * The entry where the current status began: the first of the unbroken run of entries with
   * this status. "Status (since)" shows this date; a later `since` is a reconfirmation.
   */
  began?: StatusEntry;
  /** Earlier statuses as of the date, oldest first. */
  past: StatusEntry[];
}

export interface PositionState {
  position: Position;
  stance?: Stance;
  since?: Position['history'][number];
  /** The entry where the current stance began (see CommitmentState.began). */
  began?: Position['history'][number];
}

export interface QuestionState {
  question: OpenQuestion;
  status?: QuestionStatus;
  /** The answer known to hold, when answered or partly answered with one. */
  answer?: Id;
  since?: OpenQuestion['history'][number];
}

export interface Snapshot {
  asOf: IsoDate;
  dataset: Dataset;
  commitments: CommitmentState[];
  positions: PositionState[];
  questions: QuestionState[];
}

/**
 * The last entry dated on or before `asOf` (histories are validated as ordered). A binary
 * search: folding a long history over each of its dates costs n log n, not n².
 */
export function entryAsOf<T extends { date: string }>(
  history: readonly T[],
  asOf: IsoDate,
): { entry?: T; index: number } {
  let low = 0;
  let high = history.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (history[mid]!.date <= asOf) low = mid + 1;
    else high = mid;
  }
  const index = low - 1;
  return { entry: index >= 0 ? history[index] : undefined, index };
}

/** Histories this short are scanned back from the entry: cheaper than building an index. */
const SCAN_LIMIT = 16;

/**
 * For each entry of a long history, the index where its unbroken run of equal `key` begins,
 * built once per history (in one pass) and kept while the history lives: folding a history of
 * n entries that share one status over each of its n dates would otherwise cost n².
 */
const runStartIndex = new WeakMap<object, WeakMap<object, Int32Array>>();

function runStarts<T>(history: readonly T[], key: (entry: T) => unknown): Int32Array {
  let byKey = runStartIndex.get(key);
  if (!byKey) {
    byKey = new WeakMap();
    runStartIndex.set(key, byKey);
  }
  let starts = byKey.get(history);
  if (!starts) {
    starts = new Int32Array(history.length);
    for (let i = 1; i < history.length; i++) starts[i] = key(history[i]!) === key(history[i - 1]!) ? starts[i - 1]! : i;
    byKey.set(history, starts);
  }
  return starts;
}

/** The first entry of the unbroken run ending at `index` whose `key` equals the entry's there. */
function runStart<T>(history: readonly T[], index: number, key: (entry: T) => unknown): T | undefined {
  if (index < 0) return undefined;
  if (index < SCAN_LIMIT) {
    const value = key(history[index]!);
    let start = index;
    while (start > 0 && key(history[start - 1]!) === value) start--;
    return history[start];
  }
  return history[runStarts(history, key)[index]!];
}

const statusOf = (h: StatusEntry) => h.status;
const stanceOf = (h: Position['history'][number]) => h.stance;

/**
 * The states folded last for each commitment (the two latest dates asked for). The dashboard
 * folds every commitment as of the same two dates — the as-of date and its trend's — after
 * each save, and a reload keeps the commitments of unchanged files as the same objects, so
 * their states are made once, not once a save. Nothing in a state depends on the date itself,
 * only on the entry it falls on, so a date that falls on the same entry as a kept one gets
 * that same state (the history steps from date to date, and most commitments do not change
 * between two). A state is never changed once made.
 */
interface Folded {
  asOf: IsoDate;
  index: number;
  state: CommitmentState;
}
const folded = new WeakMap<Commitment, [Folded, Folded?]>();

export function commitmentAsOf(commitment: Commitment, asOf: IsoDate): CommitmentState {
  const kept = folded.get(commitment);
  if (kept) {
    if (kept[0].asOf === asOf) return kept[0].state;
    if (kept[1]?.asOf === asOf) return kept[1].state;
  }
  const { entry, index } = entryAsOf(commitment.history, asOf);
  const same = kept?.[0].index === index ? kept[0] : kept?.[1]?.index === index ? kept[1] : undefined;
  const state = same?.state ?? foldCommitment(commitment, entry, index);
  const latest = { asOf, index, state };
  if (kept) {
    kept[1] = kept[0];
    kept[0] = latest;
  } else folded.set(commitment, [latest]);
  return state;
}

function foldCommitment(commitment: Commitment, entry: StatusEntry | undefined, index: number): CommitmentState {
  const began = runStart(commitment.history, index, statusOf);
  const history = commitment.history;
  let past: StatusEntry[] | undefined;
  return {
    commitment,
    status: entry?.status,
    since: entry,
    ...(began ? { began } : {}),
    // Copied only when read: a state is made for every date of a history, the past rarely read.
    get past() {
      past ??= history.slice(0, Math.max(0, index));
      return past;
    },
  };
}

export function positionAsOf(position: Position, asOf: IsoDate): PositionState {
  const { entry, index } = entryAsOf(position.history, asOf);
  const began = runStart(position.history, index, stanceOf);
  return { position, stance: entry?.stance, since: entry, ...(began ? { began } : {}) };
}

export function questionAsOf(question: OpenQuestion, asOf: IsoDate): QuestionState {
  const { entry } = entryAsOf(question.history, asOf);
  return { question, status: entry?.status, answer: entry?.answer, since: entry };
}

/** The state of every commitment, position and question as of `asOf` (default: the cut-off). */
export function snapshotAt(dataset: Dataset, asOf: IsoDate = dataset.manifest.asOf): Snapshot {
  return {
    asOf,
    dataset,
    commitments: dataset.commitments.map((c) => commitmentAsOf(c, asOf)),
    positions: dataset.positions.map((p) => positionAsOf(p, asOf)),
    questions: dataset.questions.map((q) => questionAsOf(q, asOf)),
  };
}

/** Every date on which something in the data changed, ascending and unique, up to `until`. */
export function changeDates(dataset: Dataset, until: IsoDate = dataset.manifest.asOf): IsoDate[] {
  const dates = new Set<string>();
  for (const c of dataset.commitments) for (const h of c.history) dates.add(h.date);
  for (const p of dataset.positions) for (const h of p.history) dates.add(h.date);
  for (const q of dataset.questions) for (const h of q.history) dates.add(h.date);
  for (const e of dataset.events) dates.add(e.date);
  return [...dates].filter((d) => d <= until).sort();
}
