import { describe, expect, it } from 'vitest';
import { UsageError } from './args.js';
import { readDateOptions } from './date-options.js';

describe('readDateOptions', () => {
  it('reads --as-of and --since as dates', () => {
    expect(readDateOptions({ asOf: '2026-01-06', since: '2025-09-01' })).toEqual({
      asOf: '2026-01-06',
      since: '2025-09-01',
    });
    expect(readDateOptions({})).toEqual({});
  });

  it.each([
    [{ asOf: '2026-02-30' }, /--as-of '2026-02-30' is not a date/, /calendar/],
    [{ since: '1/9/2025' }, /--since '1\/9\/2025' is not a date/, /YYYY-MM-DD/],
    [{ since: '2026-02-01', asOf: '2026-01-01' }, /must be before/, undefined],
  ])('%j is a usage error', (args, message, hint) => {
    let error: unknown;
    try {
      readDateOptions(args);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toMatch(message);
    if (hint) expect((error as UsageError).hint).toMatch(hint);
  });
});
