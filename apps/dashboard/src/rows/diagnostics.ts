import { type Diagnostic, diagnosticLocation, groupKnockOnDiagnostics } from '@pledgewatch/core';
import { clean } from '../terminal/text.js';
import { matches } from './filter.js';

/** The Diagnostics view's rows: every problem the loader found, cleaned for the terminal. */

export interface DiagnosticRow {
  key: string;
  diagnostic: Diagnostic;
  location: string;
  message: string;
  hint: string;
}

/**
 * Causes first, each followed by the errors that follow from it (a reference to an id a file
 * that could not be read may define), whose hint then names the cause instead of suggesting
 * to define or correct the id — the wrong fix.
 */
export function diagnosticRows(diagnostics: readonly Diagnostic[], filter: string): DiagnosticRow[] {
  const ordered = groupKnockOnDiagnostics(diagnostics).flatMap((g) => [
    { d: g.cause, hint: clean(g.cause.hint) },
    ...g.followers.map((d) => ({
      d,
      hint: `↳ follows from ${clean(diagnosticLocation(g.cause))}, which could not be read: fix that first`,
    })),
  ]);
  return ordered
    .map(({ d, hint }, i) => ({
      key: String(i),
      diagnostic: d,
      location: clean(diagnosticLocation(d)),
      message: clean(d.message),
      hint,
    }))
    .filter((r) => matches(filter, { file: r.location, message: r.message, code: r.diagnostic.code }));
}
