import type { Commitment } from '../../model/commitment.js';
import { citedSources, type Id } from '../../model/common.js';
import { type Dataset, SECTION_NAMES, type SectionName } from '../../model/dataset.js';
import type { Guarantee } from '../../model/guarantee.js';
import { BUILTIN_PROFILE_IDS } from '../../model/profile.js';
import { nearestWord } from '../suggest.js';
import type { EntityOrigin, OriginIndex, ReferenceReport } from './report.js';

/**
 * What every section's checks look up: the ids each section defines, where each entity is
 * written, and the checks they share (a reference resolves, an entry cites a source, a history
 * runs oldest first, a date is not past the cut-off).
 */
export class ReferenceIndex {
  readonly known: Record<SectionName, Set<string>>;
  readonly guaranteeById: Map<string, Guarantee>;
  readonly commitmentById: Map<string, Commitment>;
  readonly asOf: string | undefined;

  constructor(
    readonly report: ReferenceReport,
    readonly dataset: Dataset,
    private readonly origins: OriginIndex,
    /** `"<section>:<id>"` of entries that failed validation: references to them are not reported again. */
    private readonly invalid: ReadonlySet<string>,
    /** Files that could not be read: a missing id may be in one of them. */
    private readonly unreadable: readonly string[],
  ) {
    const ids = (section: SectionName) => new Set((dataset[section] as readonly { id: string }[]).map((e) => e.id));
    this.known = Object.fromEntries(SECTION_NAMES.map((s) => [s, ids(s)])) as Record<SectionName, Set<string>>;
    for (const p of BUILTIN_PROFILE_IDS) this.known.profiles.add(p);
    this.guaranteeById = new Map(dataset.guarantees.map((g) => [g.id, g]));
    this.commitmentById = new Map(dataset.commitments.map((c) => [c.id, c]));
    this.asOf = dataset.manifest?.asOf;
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
