import { type IsoDate, parseIsoDate } from '../model/common.js';
import type { Manifest } from '../model/dataset.js';
import { formatDisplayDate as formatDate } from '../wording/dates.js';

/**
 * How old a dataset's data is. A dataset records its cut-off (`asOf`) and may declare how many
 * days after it the data may still be read as current (`freshForDays`, default 30). Every tool
 * asks this one function, so the dashboard's header, the briefing's first page, `check` and every
 * `--json` output say the same thing in the same words.
 *
 * "Today" is always passed in: core never reads the clock, so tests are deterministic and the
 * apps decide where today comes from (the clock, or PLEDGEWATCH_TODAY).
 */

export const DEFAULT_FRESH_FOR_DAYS = 30;

export interface DataFreshness {
  /** The data cut-off: the manifest's `asOf`. */
  cutOff: IsoDate;
  /** The day the reader reads it. */
  today: IsoDate;
  /** How many days after the cut-off the data counts as current. */
  freshForDays: number;
  /** Whole days from the cut-off to today (negative when the cut-off is in the future). */
  ageDays: number;
  /** True when the data is older than its freshness window. */
  stale: boolean;
  /** The as-of date asked for, when one was. */
  asOf?: IsoDate;
  /** True when the as-of date is later than the cut-off: the assessment projects old data forward. */
  projection: boolean;
  /** "data last updated 28 Feb 2026 — 275 days ago", said whether or not the data is stale. */
  summary: string;
  /** The warning every tool shows when the data is stale or projected; undefined when neither. */
  warning?: string;
  /** The same warning in a line short enough for a terminal header (about 100 characters). */
  headline?: string;
}

export interface FreshnessOptions {
  /** Today, YYYY-MM-DD. */
  today: IsoDate;
  /** The as-of date of the assessment being shown, when the reader chose one. */
  asOf?: IsoDate;
}

const DAY_MS = 86_400_000;

function dayNumber(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

function days(n: number): string {
  return `${n} ${Math.abs(n) === 1 ? 'day' : 'days'}`;
}

function ageWords(ageDays: number): string {
  if (ageDays === 0) return 'today';
  return ageDays > 0 ? `${days(ageDays)} ago` : `${days(-ageDays)} from now`;
}

/** How old the data is on `today`, and whether an as-of date projects it past its cut-off. */
export function dataFreshness(
  manifest: Pick<Manifest, 'asOf' | 'freshForDays'>,
  options: FreshnessOptions,
): DataFreshness {
  const cutOff = manifest.asOf;
  const freshForDays = manifest.freshForDays ?? DEFAULT_FRESH_FOR_DAYS;
  const ageDays = dayNumber(options.today) - dayNumber(cutOff);
  const stale = ageDays > freshForDays;
  const projection = options.asOf !== undefined && options.asOf > cutOff;
  const summary = `data last updated ${formatDate(cutOff)} — ${ageWords(ageDays)}`;
  const parts: string[] = [];
  if (stale) parts.push(`${summary}, past its ${freshForDays}-day freshness window: it may not reflect events since`);
  if (projection) {
    parts.push(
      `as of ${formatDate(options.asOf)} is a projection of data that stops on ${formatDate(cutOff)}, not a current assessment`,
    );
  }
  const warning = parts.length > 0 ? capitalise(parts.join('; ')) : undefined;
  const short = [
    ...(stale ? [`${summary}: stale`] : []),
    ...(projection ? [`as of ${formatDate(options.asOf)} is a projection of old data`] : []),
  ];
  const headline = short.length > 0 ? capitalise(short.join(' · ')) : undefined;
  return {
    cutOff,
    today: options.today,
    freshForDays,
    ageDays,
    stale,
    ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
    projection,
    summary,
    ...(warning === undefined ? {} : { warning }),
    ...(headline === undefined ? {} : { headline }),
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The environment variable that sets "today" for every tool (tests and reproducible runs). */
export const TODAY_ENV = 'PLEDGEWATCH_TODAY';

/**
 * Today as YYYY-MM-DD: PLEDGEWATCH_TODAY when set, else the clock's UTC day. A value that is not
 * a real date is reported (the apps print it as a usage error), never silently replaced by the clock.
 * The apps call this with `process.env` and `new Date()`; core itself reads neither.
 */
export function todayFrom(
  env: Record<string, string | undefined>,
  clock: Date,
): { ok: true; today: IsoDate } | { ok: false; problem: string } {
  const set = env[TODAY_ENV];
  if (set === undefined || set === '') return { ok: true, today: clock.toISOString().slice(0, 10) };
  const parsed = parseIsoDate(set);
  if (parsed.ok) return { ok: true, today: parsed.date };
  return {
    ok: false,
    problem: `${TODAY_ENV}='${set}' is not a date: ${parsed.problem} (write YYYY-MM-DD, or unset it)`,
  };
}
