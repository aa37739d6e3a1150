import type * as z from 'zod';
import { clipForMessage } from '../text/neutralize.js';
import type { DiagnosticCode } from './diagnostic.js';
import { literalValuesAt, objectKeysAt, type Path } from './schema-path.js';
import { nearestWord } from './suggest.js';

/**
 * Words a zod issue for a non-programmer: what is wrong, where, and what would be right
 * ("did you mean …?", the allowed fields or values). One function per kind of issue.
 */

export interface Finding {
  code: DiagnosticCode;
  path: Path;
  /** For an unknown field: its name (the path is the map's). */
  key?: string;
  message: string;
  hint?: string;
}

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

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map of fields',
};

/** "an open question", "'scale' of a commitment", "a dataset file". */
function describeEntity(path: Path): string {
  const section = typeof path[0] === 'string' ? SINGULAR[path[0]] : undefined;
  const article = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);
  if (path.length <= 2) return section ? article(section) : 'a dataset file';
  const last = [...path].reverse().find((p) => typeof p === 'string');
  return `'${String(last)}' of ${section ? article(section) : 'this entry'}`;
}

/** What the author wrote, in words: "the text 'pledgd'", "a list", "the number 3". */
export function describeInput(input: unknown): string {
  if (input === null) return 'nothing (null)';
  if (Array.isArray(input)) return 'a list';
  // YAML's own types, which its tags make: name them for what they are.
  if (input instanceof Date) return 'a timestamp (a YAML !!timestamp; write the date as plain text)';
  if (input instanceof Uint8Array) return 'binary data (a YAML !!binary)';
  if (input instanceof Set) return 'a set (a YAML !!set; write a list)';
  if (input instanceof Map) return 'a map with keys that are not text (a YAML !!map of other values)';
  if (typeof input === 'object') return 'a map of fields';
  if (typeof input === 'string') return `the text '${input.length > 40 ? `${input.slice(0, 40)}…` : input}'`;
  return `${typeof input === 'number' ? 'the number' : 'the value'} ${String(input)}`;
}

/** Up to twelve values, quoted. */
export function quoteList(values: string[]): string {
  const shown = values.slice(0, 12).map((v) => `'${v}'`);
  return values.length > 12 ? `${shown.join(', ')}, …` : shown.join(', ');
}

function valueAt(root: unknown, path: Path): unknown {
  let v = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}

const lastField = (path: Path) => String(path[path.length - 1]);

/** The findings one zod issue stands for, in `root` (the parsed file), at the issue's path. */
export function findingsFor(issue: z.core.$ZodIssue, root: unknown): Finding[] {
  const path = issue.path as Path;
  const input = valueAt(root, path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return unknownFields(issue.keys, path);
    case 'invalid_type':
      return [wrongType(issue.expected, path, input)];
    case 'invalid_value':
      return [wrongValue(issue.values.map(String), path, input)];
    case 'invalid_union':
      return noUnionBranch(issue, path, input, root);
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

function unknownFields(keys: readonly string[], path: Path): Finding[] {
  const allowed = objectKeysAt(path);
  return keys.map((key) => {
    const near = nearestWord(key, allowed);
    return {
      code: 'unknown-field' as const,
      path,
      key,
      message: `'${clipForMessage(key)}' is not a field of ${describeEntity(path.length === 0 ? [] : path)}`,
      hint: near
        ? `did you mean '${near}'?`
        : allowed.length > 0
          ? `the fields here are ${quoteList(allowed)}`
          : undefined,
    };
  });
}

function wrongType(expected: string, path: Path, input: unknown): Finding {
  if (input === undefined) {
    return {
      code: 'missing-field',
      path,
      message: `${describeEntity(path.slice(0, -1))} needs '${lastField(path)}'`,
      hint: `add '${lastField(path)}:'`,
    };
  }
  const allowed = literalValuesAt(path);
  return {
    code: 'invalid-type',
    path,
    message: `expected ${TYPE_WORDS[expected] ?? expected} here, found ${describeInput(input)}`,
    hint: allowed.length > 0 ? `write one of ${quoteList(allowed)}` : undefined,
  };
}

function wrongValue(allowed: string[], path: Path, input: unknown): Finding {
  if (input === undefined) {
    return {
      code: 'missing-field',
      path,
      message: `${describeEntity(path.slice(0, -1))} needs '${lastField(path)}'`,
      hint: `add '${lastField(path)}:' with one of ${quoteList(allowed)}`,
    };
  }
  const near = typeof input === 'string' ? nearestWord(input, allowed) : undefined;
  return {
    code: 'invalid-value',
    path,
    message: `${describeInput(input)} is not a valid value for '${lastField(path)}'`,
    hint: near ? `did you mean '${near}'? Valid: ${quoteList(allowed)}` : `valid values: ${quoteList(allowed)}`,
  };
}

type UnionIssue = Extract<z.core.$ZodIssue, { code: 'invalid_union' }>;

/** No branch of a union accepted the value: say what the author most plausibly meant. */
function noUnionBranch(issue: UnionIssue, path: Path, input: unknown, root: unknown): Finding[] {
  if (issue.errors.length === 0) return [noDiscriminatorMatch(issue, path, root)];
  const branches = issue.errors.map((errs) => errs.map((e) => ({ ...e, path: [...path, ...e.path] })));
  const literalValues = branches.flatMap((errs) =>
    errs
      .filter((e) => e.code === 'invalid_value' && e.path.length === path.length)
      .flatMap((e) => (e as { values: unknown[] }).values.map(String)),
  );
  const scalar = typeof input === 'string' || typeof input === 'number' || typeof input === 'boolean';
  if (scalar && literalValues.length > 0) {
    const near = typeof input === 'string' ? nearestWord(input, literalValues) : undefined;
    return [
      {
        code: 'invalid-value',
        path,
        message: `${describeInput(input)} is not a valid value for '${lastField(path)}'`,
        hint: near
          ? `did you mean '${near}'? Valid: ${quoteList(literalValues)}`
          : `valid: ${quoteList(literalValues)}, or a map with 'value' and 'source'`,
      },
    ];
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
      message: `${describeInput(input)} does not fit '${lastField(path)}'`,
      hint:
        literalValues.length > 0
          ? `write ${quoteList(literalValues)} or a map such as {value: …, source: …}`
          : undefined,
    },
  ];
}

/** A discriminated union whose discriminator matched nothing; zod puts the key on the path. */
function noDiscriminatorMatch(issue: UnionIssue, path: Path, root: unknown): Finding {
  const key = (issue as { discriminator?: string }).discriminator ?? 'op';
  const options = ((issue as { options?: unknown[] }).options ?? []).map(String);
  const keyPath = path[path.length - 1] === key ? path : [...path, key];
  const given = valueAt(root, keyPath);
  const near = typeof given === 'string' ? nearestWord(given, options) : undefined;
  return {
    code: given === undefined ? 'missing-field' : 'invalid-value',
    path: keyPath,
    message: given === undefined ? `this entry needs '${key}'` : `${describeInput(given)} is not a valid '${key}'`,
    hint: near ? `did you mean '${near}'? Valid: ${quoteList(options)}` : `valid: ${quoteList(options)}`,
  };
}
