import { parseIsoDate } from '@pledgewatch/core';
import { UsageError } from './args.js';

/**
 * A YYYY-MM-DD option value read as core reads a dataset's dates, or a usage error saying
 * what is wrong. Apart from args.ts so that `pledgewatch --help` never loads core.
 */
export function parseDateOption(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  const parsed = parseIsoDate(value);
  if (!parsed.ok) throw new UsageError(`--${name} '${value}' is not a date`, parsed.problem);
  return parsed.date;
}
