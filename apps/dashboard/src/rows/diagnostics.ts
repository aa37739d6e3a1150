import { type Diagnostic, diagnosticLocation } from '@pledgewatch/core';
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

export function diagnosticRows(diagnostics: readonly Diagnostic[], filter: string): DiagnosticRow[] {
  return diagnostics
    .map((d, i) => ({
      key: String(i),
      diagnostic: d,
      location: clean(diagnosticLocation(d)),
      message: clean(d.message),
      hint: clean(d.hint),
    }))
    .filter((r) => matches(filter, { file: r.location, message: r.message, code: r.diagnostic.code }));
}
