/**
 * A reader for the plain YAML that hand-edited dataset files are written in — block maps and
 * lists, `- key: value` items, one-line `[a, b]` and `{ k: v }`, plain and quoted one-line text,
 * `>-` folded text, comments — that is cheap the first time it runs: it works a line at a time
 * with the engine's own string search, where a general parser steps through every character in
 * code that a cold process runs interpreted (a start reads each file once).
 *
 * It answers only when it is sure: it reads what js-yaml (core schema) reads, value for value,
 * and returns NOT_PLAIN at the first thing outside that subset — tabs, CR line ends, anchors,
 * tags, multi-line plain or quoted text, keys that are not simple words, numbers other than
 * plain decimals, duplicate keys, anything past a limit. The caller then takes the general
 * parsers, which decide and explain. A test compares it with js-yaml on every dataset file in
 * the repository and on random and damaged YAML.
 */

import {
  isItem,
  NotPlain,
  notPlain,
  type PlainYamlLimits,
  readFlowLine,
  readInline,
  readKey,
  startsEntry,
  stripComment,
} from './plain-yaml-inline.js';

export type { PlainYamlLimits };

export const NOT_PLAIN: unique symbol = Symbol('not plain YAML');

/** Characters the general parsers refuse or treat specially: leave them to them. */
const UNUSUAL = /[\t\r\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/;

/** The value of a YAML text in the plain subset, or NOT_PLAIN. */
export function readPlainYaml(source: string, limits: PlainYamlLimits): unknown {
  if (UNUSUAL.test(source)) return NOT_PLAIN;
  try {
    return new PlainReader(source, limits).document();
  } catch (error) {
    if (error instanceof NotPlain) return NOT_PLAIN;
    throw error;
  }
}

class PlainReader {
  private readonly raw: string[];
  /** Each line's indentation and text after it; a `- key: v` item is rewritten in place as its map. */
  private readonly indent: number[];
  private readonly text: string[];

  constructor(
    source: string,
    private readonly limits: PlainYamlLimits,
  ) {
    this.raw = source.split('\n');
    this.indent = [];
    this.text = [];
    for (const line of this.raw) {
      const body = line.trimStart();
      this.indent.push(line.length - body.length);
      this.text.push(body);
    }
  }

  document(): unknown {
    const first = this.next(0);
    // An empty file, or one of comments only (js-yaml tells them apart), and a root not at column 0.
    if (first < 0 || this.indent[first] !== 0) notPlain();
    const [value, end] = this.block(first, 0);
    if (this.next(end) >= 0) notPlain();
    return value;
  }

  /** The first line from `i` that holds something (not blank, not a comment), or -1. */
  private next(i: number): number {
    for (; i < this.text.length; i++) {
      const t = this.text[i]!;
      if (t !== '' && t.charCodeAt(0) !== 35) return i;
    }
    return -1;
  }

  /** A map or list starting at line `i`; returns it and the line after it. */
  private block(i: number, depth: number): [unknown, number] {
    // Conservative: anything near the nesting limit is left to the general path, which reports it.
    if (depth + 2 > this.limits.maxDepth) notPlain();
    return isItem(this.text[i]!) ? this.list(i, depth) : this.map(i, depth);
  }

  private map(i: number, depth: number): [unknown, number] {
    const at = this.indent[i]!;
    const out: Record<string, unknown> = {};
    for (let j = i; j >= 0 && this.indent[j]! >= at; j = this.next(i)) {
      if (this.indent[j]! > at || isItem(this.text[j]!)) notPlain();
      const line = this.text[j]!;
      const [key, after] = readKey(line);
      if (key.length > this.limits.maxValueChars || Object.hasOwn(out, key) || key === '__proto__') notPlain();
      let value: unknown;
      [value, i] = this.valueAfter(line.slice(after).trimStart(), j, at, depth, true);
      out[key] = value;
    }
    return [out, i];
  }

  private list(i: number, depth: number): [unknown, number] {
    const at = this.indent[i]!;
    const out: unknown[] = [];
    for (let j = i; j >= 0 && this.indent[j]! >= at && isItem(this.text[j]!); j = this.next(i)) {
      if (this.indent[j]! > at) notPlain();
      const line = this.text[j]!;
      const rest = line.slice(1).trimStart();
      if (isItem(rest) || startsEntry(rest)) {
        // `- key: value` (or `- - x`): the rest of the line opens a nested block at its own column.
        this.indent[j] = at + line.length - rest.length;
        this.text[j] = rest;
        let value: unknown;
        [value, i] = this.block(j, depth + 1);
        out.push(value);
      } else {
        let value: unknown;
        [value, i] = this.valueAfter(rest, j, at, depth, false);
        out.push(value);
      }
    }
    return [out, i];
  }

  /**
   * The value written after a key or a list marker on line `j` (`rest`), or on the lines below;
   * `at` is the column of the map or list. Returns it and the line after it.
   */
  private valueAfter(rest: string, j: number, at: number, depth: number, inMap: boolean): [unknown, number] {
    if (rest === '' || rest.charCodeAt(0) === 35) {
      const k = this.next(j + 1);
      if (k >= 0 && this.indent[k]! > at) {
        const c = this.text[k]!.charCodeAt(0);
        return c === 91 || c === 123 ? this.flow(this.text[k]!, k, at, depth) : this.block(k, depth + 1);
      }
      // A list may sit at its key's own column (`key:` then `- x` below it).
      if (inMap && k >= 0 && this.indent[k] === at && isItem(this.text[k]!)) return this.list(k, depth + 1);
      return [null, j + 1];
    }
    const c = rest.charCodeAt(0);
    if (c === 62 || c === 124) return this.blockText(rest, j, at);
    if (c === 91 || c === 123) return this.flow(rest, j, at, depth);
    const value = readInline(rest);
    if (typeof value === 'string' && value.length > this.limits.maxValueChars) notPlain();
    // A deeper line next would continue the text over lines: not plain.
    const k = this.next(j + 1);
    if (k >= 0 && this.indent[k]! > at) notPlain();
    return [value, j + 1];
  }

  /**
   * A `[…]` or `{…}` value starting with `first` (on line `j`), over the lines below it that are
   * deeper than `at` (no blank line between: a line break inside flow text folds to a space).
   */
  private flow(first: string, j: number, at: number, depth: number): [unknown, number] {
    const parts = [first];
    let k = j + 1;
    for (; k < this.raw.length && this.text[k] !== '' && this.indent[k]! > at; k++) parts.push(this.text[k]!);
    const value = readFlowLine(parts.join(' '), depth + 1, this.limits);
    const n = this.next(k);
    if (n >= 0 && this.indent[n]! > at) notPlain();
    return [value, k];
  }

  /** `>`, `>-`, `|` or `|-` text on the lines below line `j`, with no blank or more-indented line inside. */
  private blockText(header: string, j: number, at: number): [string, number] {
    const head = stripComment(header);
    if (head.length > 2 || (head.length === 2 && head[1] !== '-')) notPlain();
    const lines: string[] = [];
    let base = -1;
    let end = j + 1;
    for (let k = j + 1; k < this.raw.length; k++) {
      const line = this.raw[k]!;
      if (this.text[k] === '') continue;
      if (base < 0) base = this.indent[k]!;
      if (this.indent[k]! < base) break;
      // A blank line inside, a more-indented line or trailing spaces: folding rules this reader does not apply.
      if (this.indent[k] !== base || end !== k || line.endsWith(' ')) notPlain();
      lines.push(this.text[k]!);
      end = k + 1;
    }
    if (base <= at || lines.length === 0) notPlain();
    const joined = lines.join(head[0] === '>' ? ' ' : '\n');
    const value = head.length === 2 ? joined : `${joined}\n`;
    if (value.length > this.limits.maxValueChars) notPlain();
    const k = this.next(end);
    if (k >= 0 && this.indent[k]! > at) notPlain();
    return [value, end];
  }
}
