/**
 * Diagnostics are values, after zod's issues: a code, where, a message a non-programmer
 * understands, and a hint where one exists. Formatting them is the caller's job.
 */

export const DIAGNOSTIC_CODES = [
  'read-error',
  'not-a-folder',
  'no-files',
  'limit-exceeded',
  'encoding',
  'yaml-syntax',
  'duplicate-key',
  'alias-limit',
  'invalid-type',
  'invalid-value',
  'unknown-field',
  'missing-field',
  'invalid-date',
  'invalid-format',
  'invalid',
  'missing-manifest',
  'duplicate-manifest',
  'duplicate-id',
  'dangling-reference',
  'reference-cycle',
  'history-order',
  'missing-source',
  'future-date',
  'unsafe-url',
] as const;
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  code: DiagnosticCode;
  /** The file, relative to the dataset folder (or the folder itself for folder-level problems). */
  file: string;
  /** 1-based line, when the problem is at a place in the file. */
  line?: number;
  /** 1-based column. */
  column?: number;
  /** Where inside the document, e.g. ["commitments", 3, "history", 0, "status"]. */
  path: (string | number)[];
  message: string;
  hint?: string;
  /**
   * Files that could not be read and may hold what this problem found missing: when one of
   * them has an error, this problem follows from it (see `groupKnockOnDiagnostics`).
   */
  followsFrom?: string[];
}

/** `file:line:col`, or as much of it as is known. */
export function diagnosticLocation(d: Pick<Diagnostic, 'file' | 'line' | 'column'>): string {
  if (d.line === undefined) return d.file;
  return `${d.file}:${d.line}:${d.column ?? 1}`;
}

/** Orders diagnostics by file, then line, then column, for stable output. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.message.localeCompare(b.message);
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
