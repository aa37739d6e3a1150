import { nearestWord } from '../loading/suggest.js';
import { COMMITMENT_STATUSES, SCALE_UNITS, type Scale } from '../model/commitment.js';
import { type Id, parseIsoDate, partialDateSchema } from '../model/common.js';
import type { Dataset } from '../model/dataset.js';
import { STANCES } from '../model/position.js';
import { SOURCE_KINDS } from '../model/source.js';
import type { FindResult, NamedEntity } from './find.js';

/**
 * Reading what an analyst typed — a status, a date, a grade, a scale, a name — into the values a
 * dataset holds, or a problem that says what was wrong and what would be right.
 */

export const RECORD_PROBLEM_CODES = [
  'unknown-name',
  'ambiguous-name',
  'invalid-value',
  'id-taken',
  'dataset-invalid',
  'would-break',
  'cannot-edit',
] as const;
export type RecordProblemCode = (typeof RECORD_PROBLEM_CODES)[number];

export interface RecordProblem {
  code: RecordProblemCode;
  message: string;
  hint?: string;
  /** For an ambiguous name: the entities it could mean. */
  candidates?: NamedEntity[];
}

export class RecordRefusal extends Error {
  constructor(readonly problem: RecordProblem) {
    super(problem.message);
  }
}

export function refuse(code: RecordProblemCode, message: string, hint?: string, candidates?: NamedEntity[]): never {
  throw new RecordRefusal({ code, message, ...(hint ? { hint } : {}), ...(candidates ? { candidates } : {}) });
}

/** The entity a name picks out, or a refusal listing candidates or the nearest id. */
export function named(what: string, query: string, found: FindResult): NamedEntity {
  if (found.ok) return found.entity;
  if (found.reason === 'ambiguous') {
    refuse(
      'ambiguous-name',
      `'${query}' could be ${found.candidates.length} ${what}s`,
      'name one by its id (or add words)',
      found.candidates,
    );
  }
  refuse(
    'unknown-name',
    `no ${what} is called '${query}'`,
    found.suggestion ? `did you mean '${found.suggestion}'?` : `give its id or words of its name`,
  );
}

export function oneOf<T extends string>(what: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const near = nearestWord(value, allowed);
  return refuse(
    'invalid-value',
    `'${value}' is not a ${what}`,
    near ? `did you mean '${near}'? (one of: ${allowed.join(', ')})` : `one of: ${allowed.join(', ')}`,
  );
}

export const commitmentStatus = (value: string) => oneOf('commitment status', value, COMMITMENT_STATUSES);
export const stance = (value: string) => oneOf('stance', value, STANCES);
export const sourceKind = (value: string) => oneOf('kind of source', value, SOURCE_KINDS);

export function isoDate(value: string, what = 'date'): string {
  const parsed = parseIsoDate(value);
  if (!parsed.ok) refuse('invalid-value', `the ${what} '${value}' is not valid: ${parsed.problem}`);
  return value;
}

export function partialDate(value: string): string {
  if (value === 'unknown') return value;
  const parsed = partialDateSchema.safeParse(value);
  if (!parsed.success) refuse('invalid-value', `the date '${value}' is not valid: ${parsed.error.issues[0]!.message}`);
  return value;
}

/** "B2" → reliability B, credibility 2 (the Admiralty grade). */
export function admiraltyGradeOf(value: string): { reliability: string; credibility: number } {
  const match = /^([A-Fa-f])([1-6])$/.exec(value.trim());
  if (!match) {
    refuse(
      'invalid-value',
      `'${value}' is not an Admiralty grade`,
      'a letter A–F (reliability of the source) and a digit 1–6 (credibility of the information), e.g. B2',
    );
  }
  return { reliability: match[1]!.toUpperCase(), credibility: Number(match[2]) };
}

/** "unknown", "3000 troops", "1000-9999 troops" (or with an en dash) → a scale. */
export function scaleOf(value: string, source: Id): Scale {
  const text = value.trim();
  if (text === 'unknown') return 'unknown';
  const match = /^([\d,_]+)(?:\s*[-–]\s*([\d,_]+))?\s+([a-z-]+)$/i.exec(text);
  if (!match) {
    refuse(
      'invalid-value',
      `'${value}' is not a scale`,
      "write 'unknown', 'N UNIT' or 'MIN-MAX UNIT', e.g. '1000-9999 troops'",
    );
  }
  const min = Number(match[1]!.replace(/[,_]/g, ''));
  const max = match[2] === undefined ? min : Number(match[2].replace(/[,_]/g, ''));
  if (min > max) refuse('invalid-value', `in the scale '${value}' the minimum exceeds the maximum`);
  const unit = oneOf('scale unit', match[3]!.toLowerCase(), SCALE_UNITS);
  return { min, max, unit, source };
}

/** A new id made of `parts`, unique among `taken` (a -2, -3 … suffix when needed). */
export function freshId(parts: readonly string[], taken: ReadonlySet<string>): Id {
  const base =
    parts
      .join('-')
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9.]+/g, '-')
      .replace(/^[^a-z0-9]+|-+$/g, '')
      .replace(/-{2,}/g, '-')
      .slice(0, 72) || 'source';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export function sourceIdsOf(dataset: Dataset): Set<Id> {
  return new Set(dataset.sources.map((s) => s.id));
}
