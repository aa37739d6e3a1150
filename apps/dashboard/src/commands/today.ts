import { todayFrom } from '@pledgewatch/core';
import { UsageError } from './args.js';

/**
 * Today for the staleness warnings: PLEDGEWATCH_TODAY when set (tests, reproducible runs), else
 * the clock. A value that is not a date is a usage error, never silently replaced by the clock.
 */
export function readToday(env: NodeJS.ProcessEnv, clock: Date = new Date()): string {
  const today = todayFrom(env, clock);
  if (!today.ok) throw new UsageError(today.problem);
  return today.today;
}
