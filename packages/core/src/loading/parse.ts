import jsYaml from 'js-yaml';
import { type Document, isMap, isNode, isPair, isScalar, LineCounter, type Node, parseDocument } from 'yaml';
import type { Diagnostic } from './diagnostic.js';
import { NOT_PLAIN, readPlainYaml } from './plain-yaml.js';

/**
 * Parses one dataset file (YAML, or JSON, which is YAML). Never throws: syntax errors,
 * duplicate keys, alias bombs and absurd nesting come back as diagnostics.
 *
 * Three parsers, one meaning. The `yaml` package keeps exact positions but parses about
 * 0.5 MB/s; js-yaml (core schema: no timestamps, no merge keys, duplicate keys rejected)
 * is ten times faster; plain-yaml.ts reads only the plain subset hand-written files use, value
 * for value as js-yaml does, and is cheaper still in a process that has just started (where
 * js-yaml's character loop runs interpreted); it says when a file is not plain, and js-yaml
 * reads it instead. Valid files, the common case, take these fast paths; positions are
 * computed with `yaml` only when something asks where a path is — that is, only when there
 * is something to report. Files with anchors or aliases always take the careful path, which
 * counts alias expansions.
 */

export interface ParseLimits {
  /** Aliases a document may expand before it is refused as an alias bomb. */
  maxAliasCount: number;
  /** How deep maps and lists may nest. */
  maxDepth: number;
  /** The longest single value or field name, in characters. */
  maxValueChars: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxAliasCount: 100, maxDepth: 64, maxValueChars: 65_536 };

export interface Position {
  line: number;
  column: number;
}

export interface ParsedFile {
  file: string;
  /** The plain value, or undefined when the file could not be parsed. */
  value: unknown;
  diagnostics: Diagnostic[];
  /** Where a path inside the document starts; walks up to the nearest existing node. */
  locate(path: readonly (string | number)[]): Position | undefined;
  /** Where the key `key` of the map at `path` is written (for unknown fields). */
  locateKey(path: readonly (string | number)[], key: string): Position | undefined;
}

/**
 * Aliases (*a) outside quotes and comments: take the careful path, which counts their
 * expansions. An anchor (&a) that nothing refers to expands nothing and parses fast.
 */
const MAY_HAVE_ALIASES = /(^|[\s,[{:-])\*[^\s,[\]{}]/m;

/** Two keys of one map are the same when they read the same as text: `{1: a, "1": b}` is a duplicate. */
function sameKey(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const text = (k: unknown) => (isScalar(k) ? String(k.value) : undefined);
  const ta = text(a);
  return ta !== undefined && ta === text(b);
}

/**
 * Scalars the two parsers read differently: js-yaml takes 0b101 and -0o7 as numbers where YAML
 * 1.2's core schema keeps them as text, and `yaml` takes +.5 as a number where js-yaml does not.
 * A file holding anything like them takes the careful path, so a value never means one thing in
 * a valid file and another once an error elsewhere in it sends it down the careful path.
 */
const PARSERS_DIFFER = /(^|[\s,[{:])([-+]?0b[01]|[-+]0o[0-7]|[-+]\.\d)/m;

type Oversize = { kind: 'depth' } | { kind: 'value' | 'key'; path: (string | number)[]; length: number };

/**
 * The first place the parsed value goes past a limit: nesting deeper than `maxDepth`, or a text
 * or field name longer than `maxValueChars`. Iterative, so a hostile file cannot overflow the
 * stack while we measure it.
 */
function oversize(value: unknown, limits: ParseLimits): Oversize | undefined {
  const stack: [unknown, (string | number)[]][] = [[value, []]];
  while (stack.length > 0) {
    const [v, path] = stack.pop()!;
    if (path.length > limits.maxDepth) return { kind: 'depth' };
    if (typeof v === 'string' && v.length > limits.maxValueChars) return { kind: 'value', path, length: v.length };
    if (v === null || typeof v !== 'object') continue;
    const entries: [string | number, unknown][] = Array.isArray(v) ? v.map((x, i) => [i, x]) : Object.entries(v);
    for (const [key, child] of entries) {
      if (typeof key === 'string' && key.length > limits.maxValueChars)
        return { kind: 'key', path: [...path], length: key.length };
      stack.push([child, [...path, key]]);
    }
  }
  return undefined;
}

function oversizeDiagnostic(
  file: string,
  found: Oversize,
  limits: ParseLimits,
  locate: ParsedFile['locate'],
): Diagnostic {
  if (found.kind === 'depth') return nestingDiagnostic(file, limits.maxDepth);
  const at = locate(found.path);
  const what = found.kind === 'key' ? 'a field name' : 'a value';
  return {
    severity: 'error',
    code: 'limit-exceeded',
    file,
    line: at?.line ?? 1,
    column: at?.column ?? 1,
    path: found.path,
    message: `${what} here is ${found.length.toLocaleString('en')} characters long; the limit is ${limits.maxValueChars.toLocaleString('en')} (maxValueChars); the file was not loaded`,
    hint: 'keep long text in the source it comes from and cite it; the loader option maxValueChars raises the limit',
  };
}

/**
 * A rough upper bound of nesting from brackets, indentation and compact block indicators
 * (`- - - x` nests three lists on one line), before any parser recurses.
 */
function textNestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) {
      depth++;
      if (depth > limit * 4) return true;
    } else if (c === 93 || c === 125) depth = Math.max(0, depth - 1);
  }
  return indentedDeeperThan(text, limit * 8);
}

/** Whether a line's content starts past `columns`, counting spaces and `- `, `? `, `: ` indicators before it. */
function indentedDeeperThan(text: string, columns: number): boolean {
  let column = 0;
  let leading = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      column = 0;
      leading = true;
    } else if (leading) {
      const next = text.charCodeAt(i + 1);
      const indicator = (c === 45 || c === 63 || c === 58) && (next === 32 || next === 9);
      if (c === 32 || c === 9 || indicator) {
        if (++column >= columns) return true;
      } else leading = false;
    }
  }
  return false;
}

function nestingDiagnostic(file: string, limit: number): Diagnostic {
  return {
    severity: 'error',
    code: 'limit-exceeded',
    file,
    line: 1,
    column: 1,
    path: [],
    message: `the file nests maps and lists more than ${limit} levels deep (the limit maxDepth); it was not loaded`,
    hint: 'a dataset file needs a handful of levels; check for a generated or corrupted file, or raise the loader option maxDepth',
  };
}

export function parseDatasetFile(file: string, text: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): ParsedFile {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;

  // The careful parse, made at most once and only when needed.
  let careful: { doc: Document.Parsed; lineCounter: LineCounter } | undefined;
  const carefully = () => {
    if (!careful) {
      const lineCounter = new LineCounter();
      // The core schema whatever a `%YAML 1.1` directive asks: dates stay text, as on the fast path.
      const doc = parseDocument(source, { lineCounter, uniqueKeys: sameKey, prettyErrors: false, schema: 'core' });
      careful = { doc, lineCounter };
    }
    return careful;
  };
  const toPosition = (offset: number): Position => {
    const p = carefully().lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const nodeAt = (path: readonly (string | number)[]): Node | undefined => {
    const { doc } = carefully();
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return node;
    }
    return doc.contents && isNode(doc.contents) ? doc.contents : undefined;
  };
  const locate = (path: readonly (string | number)[]): Position | undefined => {
    const node = nodeAt(path);
    return node?.range ? toPosition(node.range[0]) : undefined;
  };
  const locateKey = (path: readonly (string | number)[], key: string): Position | undefined => {
    const node = carefully().doc.getIn(path as (string | number)[], true);
    if (isMap(node)) {
      for (const item of node.items) {
        if (isPair(item) && isScalar(item.key) && String(item.key.value) === key && item.key.range) {
          return toPosition(item.key.range[0]);
        }
      }
    }
    return locate(path);
  };
  const parsed = (value: unknown, diagnostics: Diagnostic[]): ParsedFile => ({
    file,
    value,
    diagnostics,
    locate,
    locateKey,
  });

  if (textNestsDeeperThan(source, limits.maxDepth))
    return parsed(undefined, [nestingDiagnostic(file, limits.maxDepth)]);

  if (!MAY_HAVE_ALIASES.test(source) && !PARSERS_DIFFER.test(source)) {
    // Plain files (nearly all) are read line by line: the same values as js-yaml, cheaper cold.
    const plain = readPlainYaml(source, limits);
    if (plain !== NOT_PLAIN) return parsed(plain, []);
    try {
      const value = jsYaml.load(source, { schema: jsYaml.CORE_SCHEMA, json: false, filename: file });
      const found = oversize(value, limits);
      if (found) return parsed(undefined, [oversizeDiagnostic(file, found, limits, locate)]);
      return parsed(value, []);
    } catch {
      // Not valid (or not plainly valid) YAML: the careful parser says where and why.
    }
  }
  return carefulParse(file, source, limits, carefully, toPosition, parsed);
}

function carefulParse(
  file: string,
  _source: string,
  limits: ParseLimits,
  carefully: () => { doc: Document.Parsed; lineCounter: LineCounter },
  toPosition: (offset: number) => Position,
  parsed: (value: unknown, diagnostics: Diagnostic[]) => ParsedFile,
): ParsedFile {
  let doc: Document.Parsed;
  try {
    doc = carefully().doc;
  } catch (error) {
    // Nesting the text check could not see (it is a bound, not a parser) overflows the parser's stack.
    if (error instanceof RangeError) return parsed(undefined, [nestingDiagnostic(file, limits.maxDepth)]);
    throw error;
  }
  const diagnostics: Diagnostic[] = [];
  // After the first syntax error a YAML parser mostly reports its consequences: keep the
  // first one per file (and every duplicate key, which does not cascade).
  let syntaxReported = false;
  for (const error of [...doc.errors, ...doc.warnings]) {
    const duplicate = error.code === 'DUPLICATE_KEY';
    if (!duplicate && syntaxReported) continue;
    if (!duplicate) syntaxReported = true;
    const pos = toPosition(error.pos[0]);
    diagnostics.push({
      severity: doc.errors.includes(error as never) ? 'error' : 'warning',
      code: duplicate ? 'duplicate-key' : 'yaml-syntax',
      file,
      line: pos.line,
      column: pos.column,
      path: [],
      message: duplicate
        ? 'the same key appears twice in one map; the second would silently replace the first'
        : `the file is not valid YAML: ${error.message.split('\n')[0]}`,
      hint: duplicate
        ? 'remove or rename one of the two keys'
        : 'check indentation, colons, brackets and quotes here or on the line above; later lines may only fail because of this one',
    });
  }
  if (doc.errors.length > 0) return parsed(undefined, diagnostics);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (error) {
    if (error instanceof RangeError)
      return parsed(undefined, [...diagnostics, nestingDiagnostic(file, limits.maxDepth)]);
    diagnostics.push({
      severity: 'error',
      code: 'alias-limit',
      file,
      line: 1,
      column: 1,
      path: [],
      message: `the file expands YAML aliases more than ${limits.maxAliasCount} times (a "billion laughs" pattern); it was not loaded`,
      hint: 'write the repeated parts out instead of using anchors and aliases',
    });
    return parsed(undefined, diagnostics);
  }
  const found = oversize(value, limits);
  if (found)
    return parsed(undefined, [...diagnostics, oversizeDiagnostic(file, found, limits, parsed(undefined, []).locate)]);
  return parsed(value, diagnostics);
}
