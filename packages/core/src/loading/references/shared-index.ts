import type { Commitment } from '../../model/commitment.js';
import { citedSources, type Id } from '../../model/common.js';
import { type Dataset, SECTION_NAMES, type SectionName } from '../../model/dataset.js';
import type { Guarantee } from '../../model/guarantee.js';
import { BUILTIN_PROFILE_IDS } from '../../model/profile.js';
import type { Diagnostic } from '../diagnostic.js';
import type { ParsedFile } from '../parse.js';
import { nearestWord } from '../suggest.js';
import { placeOf } from './merge.js';
import type { EntityOrigin, OriginIndex, ReferenceReport } from './report.js';

/**
 * What the checks reported for each entity at the last (re)load, so that a reload checks again
 * only the entities a save touched. What one entity's checks report depends on the entity, on
 * where it is written (its file's parse places the lines), on the ids each section defines, the
 * entries that failed validation, the files that could not be read and the cut-off date, and on
 * the guarantees and commitments whose conditions it names. While all of these are the same
 * objects and values, its diagnostics are the ones reported last time; the checks that look
 * across entities (membership cycles, loose references of invalid entries, the manifest) run
 * in full. A property test holds a reload's diagnostics equal to a full load's
 * (partial-reload.test.ts).
 */
export interface ReferenceMemo {
  context?: { ids: string[][]; invalid: string[]; unreadable: readonly string[]; asOf: string | undefined };
  /** The same object while the context above is unchanged. */
  token: object;
  /** Per check, per entity object. */
  checks: Map<string, WeakMap<object, CheckedEntity>>;
}

interface CheckedEntity {
  token: object;
  parsed: ParsedFile | undefined;
  at: string | number | undefined;
  /** The guarantees and commitments looked up by id, and what was found. */
  reads: [kind: 'g' | 'c', id: string, found: object | undefined][];
  diagnostics: Diagnostic[];
}

export function referenceMemo(): ReferenceMemo {
  return { token: {}, checks: new Map() };
}

const sameStrings = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** The memo's token for this context: the same as last time when nothing in the context moved. */
function contextToken(memo: ReferenceMemo, next: NonNullable<ReferenceMemo['context']>): object {
  const last = memo.context;
  const same =
    last !== undefined &&
    last.asOf === next.asOf &&
    sameStrings(last.unreadable, next.unreadable) &&
    sameStrings(last.invalid, next.invalid) &&
    last.ids.length === next.ids.length &&
    last.ids.every((ids, i) => sameStrings(ids, next.ids[i]!));
  memo.context = next;
  if (!same) {
    memo.token = {};
    memo.checks.clear();
  }
  return memo.token;
}

/**
 * What every section's checks look up: the ids each section defines, where each entity is
 * written, and the checks they share (a reference resolves, an entry cites a source, a history
 * runs oldest first, a date is not past the cut-off).
 */
export class ReferenceIndex {
  readonly known: Record<SectionName, Set<string>>;
  private readonly guaranteeById: Map<string, Guarantee>;
  private readonly commitmentById: Map<string, Commitment>;
  readonly asOf: string | undefined;
  private readonly token: object | undefined;
  /** The lookups of the entity being checked, while one is. */
  private reads: CheckedEntity['reads'] | undefined;

  constructor(
    readonly report: ReferenceReport,
    readonly dataset: Dataset,
    private readonly origins: OriginIndex,
    /** `"<section>:<id>"` of entries that failed validation: references to them are not reported again. */
    private readonly invalid: ReadonlySet<string>,
    /** Files that could not be read: a missing id may be in one of them. */
    private readonly unreadable: readonly string[],
    private readonly byFile: ReadonlyMap<string, ParsedFile>,
    private readonly memo?: ReferenceMemo,
  ) {
    const ids = SECTION_NAMES.map((s) => (dataset[s] as readonly { id: string }[]).map((e) => e.id));
    this.known = Object.fromEntries(SECTION_NAMES.map((s, i) => [s, new Set(ids[i])])) as Record<
      SectionName,
      Set<string>
    >;
    for (const p of BUILTIN_PROFILE_IDS) this.known.profiles.add(p);
    this.guaranteeById = new Map(dataset.guarantees.map((g) => [g.id, g]));
    this.commitmentById = new Map(dataset.commitments.map((c) => [c.id, c]));
    this.asOf = dataset.manifest?.asOf;
    this.token = memo && contextToken(memo, { ids, invalid: [...invalid].sort(), unreadable, asOf: this.asOf });
  }

  /** The guarantee with this id, if any (a check's lookup: part of what its result depends on). */
  guarantee(id: string): Guarantee | undefined {
    const found = this.guaranteeById.get(id);
    this.reads?.push(['g', id, found]);
    return found;
  }

  /** The commitment with this id, if any (a check's lookup: part of what its result depends on). */
  commitment(id: string): Commitment | undefined {
    const found = this.commitmentById.get(id);
    this.reads?.push(['c', id, found]);
    return found;
  }

  /**
   * Runs `check` (named `name`) on each entity of a section, at its origin — or, with a memo,
   * reports again what it reported for the very same entity in the same context (ReferenceMemo).
   */
  each<T extends { id: string }>(
    name: string,
    section: SectionName,
    list: readonly T[],
    check: (entity: T, origin: EntityOrigin) => void,
  ): void {
    const memo = this.memo;
    let kept = memo?.checks.get(name);
    if (memo && !kept) {
      kept = new WeakMap();
      memo.checks.set(name, kept);
    }
    for (const entity of list) {
      // Its own place (the list holds the first definition of each id), or as its id maps to.
      const origin = placeOf(entity) ?? this.origin(section, entity.id);
      const parsed = this.byFile.get(origin.file);
      const at = origin.path[1];
      const hit = kept?.get(entity);
      if (
        hit &&
        hit.token === this.token &&
        hit.parsed === parsed &&
        hit.at === at &&
        hit.reads.every(
          ([kind, id, found]) => (kind === 'g' ? this.guaranteeById : this.commitmentById).get(id) === found,
        )
      ) {
        this.report.diagnostics.push(...hit.diagnostics);
        continue;
      }
      if (!kept) {
        check(entity, origin);
        continue;
      }
      const from = this.report.diagnostics.length;
      this.reads = [];
      check(entity, origin);
      kept.set(entity, {
        token: this.token!,
        parsed,
        at,
        reads: this.reads,
        diagnostics: this.report.diagnostics.slice(from),
      });
      this.reads = undefined;
    }
  }

  origin(section: SectionName, id: string): EntityOrigin {
    return this.origins.get(`${section}:${id}`)!;
  }

  /** `id` must be defined under `section`; `what` names it in the message ("the guarantor"). */
  ref(section: SectionName, id: Id | undefined, from: EntityOrigin, sub: (string | number)[], what: string): void {
    if (id === undefined || this.known[section].has(id) || this.invalid.has(`${section}:${id}`)) return;
    const near = nearestWord(id, [...this.known[section]]);
    // Without a near match, the id may well be defined in a file that failed to parse.
    const maybe =
      !near && this.unreadable.length > 0
        ? ` — or it is in ${this.unreadable.join(', ')}, which could not be read`
        : '';
    this.report.add(
      'error',
      'dangling-reference',
      this.report.at(from, sub),
      `${what} '${id}' is not defined in this dataset`,
      (near ? `did you mean '${near}'?` : `define it under \`${section}:\` in some file, or correct the id`) + maybe,
      maybe ? [...this.unreadable] : undefined,
    );
  }

  /** Every source the entry cites must exist. */
  sourcesOf(entry: { source?: Id; sources?: Id[] }, from: EntityOrigin, sub: (string | number)[]): void {
    if (entry.source !== undefined) this.ref('sources', entry.source, from, [...sub, 'source'], 'the source');
    entry.sources?.forEach((s, i) => this.ref('sources', s, from, [...sub, 'sources', i], 'the source'));
  }

  /** The entry must cite at least one source. */
  requireSource(entry: { source?: Id; sources?: Id[] }, from: EntityOrigin, sub: (string | number)[], what: string) {
    if (citedSources(entry).length > 0) return;
    this.report.add(
      'error',
      'missing-source',
      this.report.at(from, sub),
      `${what} has no source`,
      'add `source: <source id>`; if no source says it, leave it out or make it an open question',
    );
  }

  /** A history runs oldest first. */
  ordered(entries: readonly { date: string }[], from: EntityOrigin, field: string, what: string): void {
    for (let i = 1; i < entries.length; i++) {
      if (entries[i]!.date >= entries[i - 1]!.date) continue;
      this.report.add(
        'error',
        'history-order',
        this.report.at(from, [field, i, 'date']),
        `the ${what} history is out of order: ${entries[i]!.date} comes after ${entries[i - 1]!.date}`,
        'list history entries oldest first',
      );
    }
  }

  /** A date after the dataset's cut-off is kept but warned about. */
  future(date: string | undefined, from: EntityOrigin, sub: (string | number)[]): void {
    if (!this.asOf || !date || date <= this.asOf) return;
    this.report.add(
      'warning',
      'future-date',
      this.report.at(from, sub),
      `${date} is after the dataset's cut-off (${this.asOf})`,
      'it is ignored in assessments as of the cut-off; raise `asOf` if the data is newer',
    );
  }

  /** The guarantee `g` must have a condition `conditionId`; reported at `sub` below `from`. */
  conditionOf(
    owner: { id: string; conditions?: readonly { id: string }[] },
    kind: 'guarantee' | 'commitment',
    conditionId: string,
    from: EntityOrigin,
    sub: (string | number)[],
  ): void {
    if (owner.conditions?.some((c) => c.id === conditionId)) return;
    this.report.add(
      'error',
      'dangling-reference',
      this.report.at(from, sub),
      `the ${kind} '${owner.id}' has no condition '${conditionId}'`,
      idHint(owner.conditions?.map((c) => c.id) ?? [], conditionId),
    );
  }
}

/** "did you mean …?", or the ids there are, for an id that names nothing among `ids`. */
export function idHint(ids: string[], given: string): string {
  const near = nearestWord(given, ids);
  if (near) return `did you mean '${near}'?`;
  return ids.length > 0 ? `the ids here are ${ids.map((i) => `'${i}'`).join(', ')}` : 'there are none defined';
}
