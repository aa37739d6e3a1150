import { z } from 'zod';
import {
  datasetFileSchema,
  type Manifest,
  manifestSchema,
  SECTION_NAMES,
  SECTIONS,
  type SectionName,
} from '../model/dataset.js';
import type { Diagnostic, DiagnosticCode } from './diagnostic.js';
import type { ParsedFile } from './parse.js';
import { nearestWord } from './suggest.js';

/**
 * Validates a parsed file against the zod schemas and turns every issue into a diagnostic
 * at the right line, in words a non-programmer understands, with "did you mean" hints.
 */

type Path = (string | number)[];
type AnySchema = z.core.$ZodType;

const SINGULAR: Record<string, string> = {
  sources: 'source',
  actors: 'actor',
  guarantees: 'guarantee',
  commitments: 'commitment',
  positions: 'position',
  events: 'event',
  questions: 'open question',
  judgments: 'judgment',
  scenarios: 'scenario',
  profiles: 'profile',
};

function def(schema: AnySchema): Record<string, unknown> & { type: string } {
  return (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
}

/** Every schema that may apply at `path` (unions fan out). */
function schemasAt(root: AnySchema, path: readonly (string | number)[]): AnySchema[] {
  let current: AnySchema[] = [root];
  const unwrap = (s: AnySchema): AnySchema[] => {
    const d = def(s);
    switch (d.type) {
      case 'optional':
      case 'nullable':
      case 'default':
      case 'readonly':
        return unwrap(d.innerType as AnySchema);
      case 'pipe':
        return unwrap(d.in as AnySchema);
      case 'union':
        return (d.options as AnySchema[]).flatMap(unwrap);
      default:
        return [s];
    }
  };
  current = current.flatMap(unwrap);
  for (const segment of path) {
    const next: AnySchema[] = [];
    for (const s of current) {
      const d = def(s);
      if (d.type === 'object' && typeof segment === 'string') {
        const child = (d.shape as Record<string, AnySchema>)[segment];
        if (child) next.push(child);
      } else if (d.type === 'array' && typeof segment === 'number') {
        next.push(d.element as AnySchema);
      } else if (d.type === 'record' && typeof segment === 'string') {
        next.push(d.valueType as AnySchema);
      }
    }
    current = next.flatMap(unwrap);
  }
  return current;
}

function objectKeysAt(path: Path): string[] {
  const keys = new Set<string>();
  for (const s of schemasAt(datasetFileSchema, path)) {
    const d = def(s);
    if (d.type === 'object') for (const k of Object.keys(d.shape as object)) keys.add(k);
  }
  return [...keys];
}

function literalValuesAt(path: Path, key?: string): string[] {
  const values = new Set<string>();
  for (const s of schemasAt(datasetFileSchema, key ? [...path, key] : path)) {
    const d = def(s);
    if (d.type === 'enum') for (const v of Object.values(d.entries as object)) values.add(String(v));
    if (d.type === 'literal') for (const v of d.values as unknown[]) values.add(String(v));
  }
  return [...values];
}

function describeEntity(path: Path): string {
  const section = typeof path[0] === 'string' ? SINGULAR[path[0]] : undefined;
  const article = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);
  if (path.length <= 2) return section ? article(section) : 'a dataset file';
  const last = [...path].reverse().find((p) => typeof p === 'string');
  return `'${String(last)}' of ${section ? article(section) : 'this entry'}`;
}

function describeInput(input: unknown): string {
  if (input === null) return 'nothing (null)';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a map of fields';
  if (typeof input === 'string') return `the text '${input.length > 40 ? `${input.slice(0, 40)}…` : input}'`;
  return `${typeof input === 'number' ? 'the number' : 'the value'} ${String(input)}`;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map of fields',
};

function quoteList(values: string[]): string {
  const shown = values.slice(0, 12).map((v) => `'${v}'`);
  return values.length > 12 ? `${shown.join(', ')}, …` : shown.join(', ');
}

interface Finding {
  code: DiagnosticCode;
  path: Path;
  key?: string;
  message: string;
  hint?: string;
}

function valueAt(root: unknown, path: Path): unknown {
  let v = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}

function findingsFor(issue: z.core.$ZodIssue, root: unknown): Finding[] {
  const path = issue.path as Path;
  const input = valueAt(root, path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = objectKeysAt(path);
      return issue.keys.map((key) => {
        const near = nearestWord(key, allowed);
        return {
          code: 'unknown-field' as const,
          path,
          key,
          message: `'${key}' is not a field of ${describeEntity(path.length === 0 ? [] : path)}`,
          hint: near
            ? `did you mean '${near}'?`
            : allowed.length > 0
              ? `the fields here are ${quoteList(allowed)}`
              : undefined,
        };
      });
    }
    case 'invalid_type': {
      const field = path[path.length - 1];
      if (input === undefined) {
        return [
          {
            code: 'missing-field',
            path,
            message: `${describeEntity(path.slice(0, -1))} needs '${String(field)}'`,
            hint: `add '${String(field)}:'`,
          },
        ];
      }
      const allowed = literalValuesAt(path);
      return [
        {
          code: 'invalid-type',
          path,
          message: `expected ${TYPE_WORDS[issue.expected] ?? issue.expected} here, found ${describeInput(input)}`,
          hint: allowed.length > 0 ? `write one of ${quoteList(allowed)}` : undefined,
        },
      ];
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      if (input === undefined) {
        return [
          {
            code: 'missing-field',
            path,
            message: `${describeEntity(path.slice(0, -1))} needs '${String(path[path.length - 1])}'`,
            hint: `add '${String(path[path.length - 1])}:' with one of ${quoteList(allowed)}`,
          },
        ];
      }
      const near = typeof input === 'string' ? nearestWord(input, allowed) : undefined;
      return [
        {
          code: 'invalid-value',
          path,
          message: `${describeInput(input)} is not a valid value for '${String(path[path.length - 1])}'`,
          hint: near ? `did you mean '${near}'? Valid: ${quoteList(allowed)}` : `valid values: ${quoteList(allowed)}`,
        },
      ];
    }
    case 'invalid_union': {
      if (issue.errors.length === 0) {
        // A discriminated union whose discriminator matched nothing; zod puts the key on the path.
        const key = (issue as { discriminator?: string }).discriminator ?? 'op';
        const options = ((issue as { options?: unknown[] }).options ?? []).map(String);
        const keyPath = path[path.length - 1] === key ? path : [...path, key];
        const given = valueAt(root, keyPath);
        const near = typeof given === 'string' ? nearestWord(given, options) : undefined;
        return [
          {
            code: given === undefined ? 'missing-field' : 'invalid-value',
            path: keyPath,
            message:
              given === undefined ? `this entry needs '${key}'` : `${describeInput(given)} is not a valid '${key}'`,
            hint: near ? `did you mean '${near}'? Valid: ${quoteList(options)}` : `valid: ${quoteList(options)}`,
          },
        ];
      }
      // Pick the branch the author most plausibly meant: one that accepts the input's shape.
      const branches = issue.errors.map((errs) => errs.map((e) => ({ ...e, path: [...path, ...e.path] })));
      const literalValues = branches.flatMap((errs) =>
        errs
          .filter((e) => e.code === 'invalid_value' && e.path.length === path.length)
          .flatMap((e) => (e as { values: unknown[] }).values.map(String)),
      );
      if (typeof input === 'string' || typeof input === 'number' || typeof input === 'boolean') {
        const near = typeof input === 'string' ? nearestWord(input, literalValues) : undefined;
        if (literalValues.length > 0) {
          return [
            {
              code: 'invalid-value',
              path,
              message: `${describeInput(input)} is not a valid value for '${String(path[path.length - 1])}'`,
              hint: near
                ? `did you mean '${near}'? Valid: ${quoteList(literalValues)}`
                : `valid: ${quoteList(literalValues)}, or a map with 'value' and 'source'`,
            },
          ];
        }
      }
      // A branch that rejects the input's very shape (a literal against a map, say) was not meant.
      const shapeOk = branches.filter(
        (errs) =>
          !errs.some((e) => (e.code === 'invalid_type' || e.code === 'invalid_value') && e.path.length === path.length),
      );
      const best = (shapeOk.length > 0 ? shapeOk : branches).reduce((a, b) => (b.length < a.length ? b : a));
      if (best.length > 0 && shapeOk.length > 0) return best.flatMap((e) => findingsFor(e as z.core.$ZodIssue, root));
      return [
        {
          code: 'invalid-type',
          path,
          message: `${describeInput(input)} does not fit '${String(path[path.length - 1])}'`,
          hint:
            literalValues.length > 0
              ? `write ${quoteList(literalValues)} or a map such as {value: …, source: …}`
              : undefined,
        },
      ];
    }
    case 'invalid_format': {
      const isDate = typeof input === 'string' && /^\d{4}/.test(input);
      return [
        {
          code: isDate ? 'invalid-date' : 'invalid-format',
          path,
          message: `${describeInput(input)}: ${issue.message}`,
          hint: isDate ? 'write dates as YYYY-MM-DD, e.g. 2025-08-19' : undefined,
        },
      ];
    }
    case 'too_small':
    case 'too_big':
      return [{ code: 'invalid-value', path, message: `${describeInput(input)}: ${issue.message}` }];
    default: {
      const isDate = issue.message.includes('date');
      return [
        { code: isDate ? 'invalid-date' : 'invalid', path, message: `${describeInput(input)}: ${issue.message}` },
      ];
    }
  }
}

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
 * Validates one parsed file entity by entity, so one broken entry costs only itself:
 * the rest of the file still loads and references to the broken one are not reported twice.
 */
export function validateDatasetFile(parsed: ParsedFile): ValidatedFile {
  const out: ValidatedFile = { entities: [], invalidIds: new Set(), invalidEntities: [], diagnostics: [] };
  if (parsed.value === undefined || parsed.value === null) return out;
  if (typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    const pos = parsed.locate([]);
    out.diagnostics.push({
      severity: 'error',
      code: 'invalid-type',
      file: parsed.file,
      line: pos?.line ?? 1,
      column: pos?.column ?? 1,
      path: [],
      message: `a dataset file is a map of sections, found ${describeInput(parsed.value)}`,
      hint: `start the file with a section name such as ${quoteList(SECTION_NAMES.slice(0, 4))}`,
    });
    return out;
  }
  const seen = new Set<string>();
  const report = (issues: readonly z.core.$ZodIssue[], prefix: Path) => {
    for (const issue of issues) {
      const full = { ...issue, path: [...prefix, ...issue.path] } as z.core.$ZodIssue;
      for (const f of findingsFor(full, parsed.value)) {
        const pos = f.key !== undefined ? parsed.locateKey(f.path, f.key) : parsed.locate(f.path);
        const path = f.key !== undefined ? [...f.path, f.key] : f.path;
        const dedupe = `${path.join('/')}|${f.message}`;
        if (seen.has(dedupe)) continue;
        seen.add(dedupe);
        out.diagnostics.push({
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

  const root = parsed.value as Record<string, unknown>;
  const top = topLevelSchema.safeParse(root);
  if (!top.success) report(top.error.issues, []);
  if (root.dataset !== undefined) {
    const manifest = manifestSchema.safeParse(root.dataset);
    if (manifest.success) out.manifest = manifest.data;
    else report(manifest.error.issues, ['dataset']);
  }
  for (const section of SECTION_NAMES) {
    const list = root[section];
    if (list === undefined || list === null || !Array.isArray(list)) continue;
    const schema = SECTIONS[section];
    list.forEach((entry, index) => {
      const result = schema.safeParse(entry);
      if (result.success) {
        out.entities.push({ section, index, entity: result.data });
      } else {
        const id = entry !== null && typeof entry === 'object' ? (entry as { id?: unknown }).id : undefined;
        if (typeof id === 'string') out.invalidIds.add(`${section}:${id}`);
        if (entry !== null && typeof entry === 'object') out.invalidEntities.push({ section, index, entity: entry });
        report(result.error.issues, [section, index]);
      }
    });
  }
  return out;
}

/** The file's outline only: which sections, each a list. Entities are checked one by one. */
const topLevelSchema = z.strictObject({
  $schema: z.string().optional(),
  dataset: z.unknown().optional(),
  ...Object.fromEntries(SECTION_NAMES.map((name) => [name, z.array(z.unknown()).nullable().optional()])),
});
