import type { Diagnostic, DiagnosticCode } from '../diagnostic.js';
import type { ParsedFile } from '../parse.js';

/** Where an entity is written. Its line is computed on request (see `LoadResult.locate`). */
export interface EntityOrigin {
  file: string;
  path: (string | number)[];
}

/** Where each entity is written: `"commitments:uk-ground"` → file and line. */
export type OriginIndex = Map<string, EntityOrigin>;

export type Place = { file: string; path: (string | number)[]; line?: number; column?: number };

/**
 * The diagnostics of the reference checks, each at its file, path and (located on demand) line:
 * what every check module writes into.
 */
export class ReferenceReport {
  readonly diagnostics: Diagnostic[] = [];

  constructor(private readonly byFile: ReadonlyMap<string, ParsedFile>) {}

  /** The place `sub` below `origin`, with its line and column. */
  at(origin: EntityOrigin, sub: (string | number)[] = []): Place {
    const path = [...origin.path, ...sub];
    const pos = this.byFile.get(origin.file)?.locate(path);
    return { file: origin.file, path, line: pos?.line, column: pos?.column };
  }

  add(
    severity: 'error' | 'warning',
    code: DiagnosticCode,
    where: Place,
    message: string,
    hint?: string,
    followsFrom?: string[],
  ): void {
    this.diagnostics.push({
      severity,
      code,
      ...where,
      message,
      ...(hint ? { hint } : {}),
      ...(followsFrom?.length ? { followsFrom } : {}),
    });
  }
}
