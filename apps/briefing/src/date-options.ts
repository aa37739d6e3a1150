import { parseIsoDate } from '@pledgewatch/core';
import { type BriefArgs, UsageError } from './args.js';

/**
 * --as-of and --since read as core reads a dataset's dates, and in order; a usage error says
 * what is wrong. Apart from args.ts so that `--help` answers without loading core.
 */
export function readDateOptions(args: Pick<BriefArgs, 'asOf' | 'since'>): { asOf?: string; since?: string } {
  const date = (value: string | undefined, name: string) => {
    if (value === undefined) return undefined;
    const parsed = parseIsoDate(value);
    if (!parsed.ok) throw new UsageError(`--${name} '${value}' is not a date`, parsed.problem);
    return parsed.date;
  };
  const asOf = date(args.asOf, 'as-of');
  const since = date(args.since, 'since');
  if (since && asOf && since >= asOf) throw new UsageError(`--since ${since} must be before --as-of ${asOf}`);
  return { ...(asOf ? { asOf } : {}), ...(since ? { since } : {}) };
}
