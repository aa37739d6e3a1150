import { isMap, isNode, isPair, isScalar, LineCounter, type Node, parseDocument } from 'yaml';
import type { Diagnostic } from './diagnostic.js';

/**
 * Parses one dataset file (YAML, or JSON, which is YAML) keeping positions, so every later
 * diagnostic can point at a line. Never throws: syntax errors, duplicate keys and alias
 * bombs come back as diagnostics.
 */

export interface ParseLimits {
  /** Aliases a document may expand before it is refused as an alias bomb. */
  maxAliasCount: number;
  /** How deep maps and lists may nest. */
  maxDepth: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxAliasCount: 100, maxDepth: 64 };

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

function depthOf(value: unknown, limit: number): number {
  // Iterative, so a hostile file cannot overflow the stack while we measure it.
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (d > max) max = d;
    if (max > limit) return max;
    if (v !== null && typeof v === 'object') {
      for (const child of Object.values(v as object)) stack.push([child, d + 1]);
    }
  }
  return max;
}

export function parseDatasetFile(file: string, text: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): ParsedFile {
  const lineCounter = new LineCounter();
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
  const diagnostics: Diagnostic[] = [];

  const toPosition = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };

  for (const error of [...doc.errors, ...doc.warnings]) {
    const duplicate = error.code === 'DUPLICATE_KEY';
    const pos = toPosition(error.pos[0]);
    diagnostics.push({
      severity: doc.errors.includes(error) ? 'error' : 'warning',
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
        : 'check indentation, colons and quotes on this line or the one above',
    });
  }

  const nodeAt = (path: readonly (string | number)[]): Node | undefined => {
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
    const node = doc.getIn(path as (string | number)[], true);
    if (isMap(node)) {
      for (const item of node.items) {
        if (isPair(item) && isScalar(item.key) && String(item.key.value) === key && item.key.range) {
          return toPosition(item.key.range[0]);
        }
      }
    }
    return locate(path);
  };

  let value: unknown;
  if (doc.errors.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
    } catch (error) {
      diagnostics.push({
        severity: 'error',
        code: 'alias-limit',
        file,
        line: 1,
        column: 1,
        path: [],
        message: `the file expands YAML aliases more than ${limits.maxAliasCount} times (a "billion laughs" pattern); it was not loaded`,
        hint:
          error instanceof Error
            ? `write the repeated parts out, or raise the alias limit (${error.message.split('\n')[0]})`
            : undefined,
      });
      value = undefined;
    }
    if (value !== undefined && depthOf(value, limits.maxDepth) > limits.maxDepth) {
      diagnostics.push({
        severity: 'error',
        code: 'limit-exceeded',
        file,
        line: 1,
        column: 1,
        path: [],
        message: `the file nests maps and lists more than ${limits.maxDepth} levels deep; it was not loaded`,
        hint: 'a dataset file needs a handful of levels; check for a generated or corrupted file',
      });
      value = undefined;
    }
  }
  return { file, value, diagnostics, locate, locateKey };
}
