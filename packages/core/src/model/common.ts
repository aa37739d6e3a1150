import * as z from 'zod';

/**
 * Shared building blocks of the model: identifiers, dates, facts that may be unknown.
 * Everything a source may be silent about is a {@link Fact}, whose value can be the
 * literal `unknown` — never a default that looks like data.
 */

/** The literal a dataset writes where the sources are silent. */
export const UNKNOWN = 'unknown' as const;
export type Unknown = typeof UNKNOWN;

export const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,79}$/, {
    message:
      'an id is 1–80 characters: lower-case letters, digits, dot, dash or underscore, starting with a letter or digit',
  })
  .meta({
    description: 'A stable identifier: lower-case letters, digits, "-", "_" or ".", e.g. "uk" or "mfu-uk-ground".',
  });
export type Id = z.infer<typeof idSchema>;

function isRealDate(year: number, month: number, day: number): boolean {
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999, so 0050-03-01 would fail.
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** A calendar day, `YYYY-MM-DD`, that exists (no 30 February). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'a date is written YYYY-MM-DD, e.g. 2025-08-19', abort: true })
  .refine(
    (s) => {
      const [y, m, d] = s.split('-').map(Number) as [number, number, number];
      return isRealDate(y, m, d);
    },
    { message: 'this date does not exist in the calendar' },
  )
  .meta({ description: 'A calendar date, YYYY-MM-DD.' });
export type IsoDate = z.infer<typeof isoDateSchema>;

/**
 * A `YYYY-MM-DD` text read as a date, the way the dataset reads one (a command's --as-of,
 * --since): the date, or what is wrong with it — its form, or a day the calendar lacks.
 */
export function parseIsoDate(text: string): { ok: true; date: IsoDate } | { ok: false; problem: string } {
  const result = isoDateSchema.safeParse(text);
  return result.success ? { ok: true, date: result.data } : { ok: false, problem: result.error.issues[0]!.message };
}

const partialDateText = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: 'a date is written YYYY, YYYY-MM or YYYY-MM-DD', abort: true })
  .refine(
    (s) => {
      const [y, m, d] = s.split('-').map(Number);
      if (m === undefined) return true;
      if (m < 1 || m > 12) return false;
      return d === undefined || isRealDate(y as number, m, d);
    },
    { message: 'this date does not exist in the calendar' },
  );

/** A date as precise as a source gives it: a year, a month, or a day. A bare year may be written unquoted. */
export const partialDateSchema = z
  .preprocess((v) => (typeof v === 'number' && Number.isInteger(v) ? String(v) : v), partialDateText)
  .meta({ description: 'A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD.' });

export const unknownSchema = z.literal(UNKNOWN).meta({ description: 'The sources are silent on this.' });

/** References to one or more sources: `source: id` or `sources: [id, …]`. */
export const sourceRefsShape = {
  source: idSchema.optional().meta({ description: 'The id of the source that states this.' }),
  sources: z.array(idSchema).optional().meta({ description: 'Several sources that state this.' }),
};

/**
 * A fact about the world with its source, or `unknown`. `year` is the year the figure describes,
 * which is not always the year it was published.
 */
export function factSchema<T extends z.ZodType>(value: T) {
  return z.union([
    unknownSchema,
    z.strictObject({
      value: value,
      year: z.number().int().min(1800).max(2200).optional().meta({ description: 'The reference year of the figure.' }),
      ...sourceRefsShape,
      note: z.string().optional(),
    }),
    z.strictObject({
      value: unknownSchema,
      note: z.string().optional().meta({ description: 'Why it is unknown, what would settle it.' }),
      ...sourceRefsShape,
    }),
  ]);
}
export type Fact<T> =
  | Unknown
  | { value: T; year?: number; source?: Id; sources?: Id[]; note?: string }
  | { value: Unknown; note?: string; source?: Id; sources?: Id[] };

/** The value of a fact, or `undefined` when it is unknown. */
export function knownValue<T>(fact: Fact<T> | undefined): T | undefined {
  if (fact === undefined || fact === UNKNOWN) return undefined;
  return fact.value === UNKNOWN ? undefined : (fact.value as T);
}

/** The source ids a fact or entry cites. */
export function citedSources(entry: { source?: Id; sources?: Id[] } | Unknown | undefined): Id[] {
  if (entry === undefined || entry === UNKNOWN) return [];
  return [...(entry.source ? [entry.source] : []), ...(entry.sources ?? [])];
}

/** A closed range of numbers: "thousands of troops" is 1,000–9,999, not 5,000. */
export const rangeSchema = z
  .strictObject({
    min: z.number().min(0),
    max: z.number().min(0),
  })
  .refine((r) => r.min <= r.max, { message: 'min must not exceed max' });
