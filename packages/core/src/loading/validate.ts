import * as z from 'zod';
import { type Manifest, manifestSchema, SECTION_NAMES, SECTIONS, type SectionName } from '../model/dataset.js';
import type { Diagnostic } from './diagnostic.js';
import { describeInput, findingsFor, quoteList } from './issue-wording.js';
import type { ParsedFile } from './parse.js';
import type { Path } from './schema-path.js';

/**
 * Validates a parsed file against the zod schemas, entity by entity, and turns every issue
 * into a diagnostic at its line (the words come from issue-wording.ts).
 */

export interface ValidatedEntity {
  section: SectionName;
  index: number;
  entity: unknown;
}

export interface ValidatedFile {
  manifest?: Manifest;
  /** Entities that passed validation, with where they stand in the file. */
  entities: ValidatedEntity[];
  /** Ids of entries that failed validation: references to them are not reported again. */
  invalidIds: Set<string>;
  /** Entries that failed validation, raw, so their plain references can still be checked. */
  invalidEntities: ValidatedEntity[];
  diagnostics: Diagnostic[];
}

/**
 * zod compiles each object schema into a function of its own the first time it parses one (its
 * JIT). That pays back over thousands of entries, not over the few hundred of a hand-written
 * dataset in a process that has just started: there, compiling them took a third of validation
 * (`pledgewatch check`). So the first entries a process validates take zod's uncompiled path,
 * later ones (a large dataset, a watcher's reloads) the compiled one. Both report the same issues.
 */
const COMPILE_AFTER_ENTRIES = 1000;
let entriesValidated = 0;
const parseContext = (): { jitless: true } | undefined =>
  entriesValidated++ < COMPILE_AFTER_ENTRIES ? { jitless: true } : undefined;

/**
 * Validates one parsed file entity by entity, so one broken entry costs only itself:
 * the rest of the file still loads and references to the broken one are not reported twice.
 */
export function validateDatasetFile(parsed: ParsedFile): ValidatedFile {
  const out: ValidatedFile = { entities: [], invalidIds: new Set(), invalidEntities: [], diagnostics: [] };
  if (parsed.value === undefined || parsed.value === null) return out;
  if (typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    out.diagnostics.push(notAMap(parsed));
    return out;
  }
  const report = issueReporter(parsed, out.diagnostics);
  const root = parsed.value as Record<string, unknown>;
  const top = topLevelSchema.safeParse(root, parseContext());
  if (!top.success) report(top.error.issues, []);
  if (root.dataset !== undefined) {
    const manifest = manifestSchema.safeParse(root.dataset, parseContext());
    if (manifest.success) out.manifest = manifest.data;
    else report(manifest.error.issues, ['dataset']);
  }
  for (const section of SECTION_NAMES) {
    const list = root[section];
    if (!Array.isArray(list)) continue;
    const schema = SECTIONS[section];
    list.forEach((entry, index) => {
      const result = schema.safeParse(entry, parseContext());
      const hidden = protoKeys(entry);
      if (hidden.length > 0) report(hidden, [section, index]);
      if (result.success && hidden.length === 0) {
        out.entities.push({ section, index, entity: result.data });
        return;
      }
      const id = entry !== null && typeof entry === 'object' ? (entry as { id?: unknown }).id : undefined;
      if (typeof id === 'string') out.invalidIds.add(`${section}:${id}`);
      if (entry !== null && typeof entry === 'object') out.invalidEntities.push({ section, index, entity: entry });
      if (!result.success) report(result.error.issues, [section, index]);
    });
  }
  return out;
}

function notAMap(parsed: ParsedFile): Diagnostic {
  const pos = parsed.locate([]);
  return {
    severity: 'error',
    code: 'invalid-type',
    file: parsed.file,
    line: pos?.line ?? 1,
    column: pos?.column ?? 1,
    path: [],
    message: `a dataset file is a map of sections, found ${describeInput(parsed.value)}`,
    hint: `start the file with a section name such as ${quoteList(SECTION_NAMES.slice(0, 4))}`,
  };
}

/** Turns zod issues (at `prefix` in the file) into diagnostics, each once, at its line. */
function issueReporter(parsed: ParsedFile, diagnostics: Diagnostic[]) {
  const seen = new Set<string>();
  return (issues: readonly z.core.$ZodIssue[], prefix: Path) => {
    for (const issue of issues) {
      const full = { ...issue, path: [...prefix, ...issue.path] } as z.core.$ZodIssue;
      for (const f of findingsFor(full, parsed.value)) {
        const pos = f.key !== undefined ? parsed.locateKey(f.path, f.key) : parsed.locate(f.path);
        const path = f.key !== undefined ? [...f.path, f.key] : f.path;
        const dedupe = `${path.join('/')}|${f.message}`;
        if (seen.has(dedupe)) continue;
        seen.add(dedupe);
        diagnostics.push({
          severity: 'error',
          code: f.code,
          file: parsed.file,
          line: pos?.line,
          column: pos?.column,
          path,
          message: f.message,
          ...(f.hint ? { hint: f.hint } : {}),
        });
      }
    }
  };
}

/**
 * `__proto__` keys held as own keys (JSON and YAML parsers keep them so): zod passes over them
 * in a record without a word, so they are reported here, as the unknown fields they are.
 */
function protoKeys(entry: unknown): z.core.$ZodIssue[] {
  if (!holdsProtoKey(entry)) return [];
  const issues: z.core.$ZodIssue[] = [];
  const stack: [unknown, Path][] = [[entry, []]];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (!Array.isArray(value) && Object.hasOwn(value, '__proto__')) {
      issues.push({
        code: 'unrecognized_keys',
        keys: ['__proto__'],
        path,
        message: '',
        input: value,
      } as z.core.$ZodIssue);
    }
    for (const [key, child] of Object.entries(value))
      stack.push([child, [...path, Array.isArray(value) ? Number(key) : key]]);
  }
  return issues;
}

/** Whether a map anywhere inside `value` holds an own `__proto__` key: a walk that keeps no paths. */
function holdsProtoKey(value: unknown): boolean {
  const stack = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    if (!Array.isArray(v) && Object.hasOwn(v, '__proto__')) return true;
    for (const child of Object.values(v)) stack.push(child);
  }
  return false;
}

/** The file's outline only: which sections, each a list. Entities are checked one by one. */
const topLevelSchema = z.strictObject({
  $schema: z.string().optional(),
  dataset: z.unknown().optional(),
  ...Object.fromEntries(SECTION_NAMES.map((name) => [name, z.array(z.unknown()).nullable().optional()])),
});
