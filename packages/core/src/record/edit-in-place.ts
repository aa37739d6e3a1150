import { Document, isCollection, isMap, isPair, isScalar, isSeq, type Node, parseDocument, type YAMLSeq } from 'yaml';

/**
 * Edits a dataset file's text where one value changes, and nowhere else. The `yaml` library's
 * Document API finds the node and its exact source range, and renders the new value in the style
 * of its neighbours (a flow map among flow maps, a block map among block maps, the same padding);
 * the new text is spliced into the old, so comments, key order, quoting, blank lines and folded
 * strings elsewhere in the file stay byte for byte as they were. Re-dumping the whole document
 * would not: it re-folds long strings and re-pads flow collections.
 *
 * Every edit is checked by parsing the result: the file must then hold exactly the old value with
 * the one change, or the edit is refused.
 */

export type EditResult = { ok: true; text: string } | { ok: false; reason: string };

type Path = readonly (string | number)[];

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset just past the line holding the last non-blank character before `end`. */
function afterLastLine(text: string, end: number): number {
  let i = end;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  const newline = text.indexOf('\n', i);
  return newline === -1 ? text.length : newline + 1;
}

/** The position right after the last non-blank character before `end`. */
function contentEnd(text: string, end: number): number {
  let i = end;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  return i;
}

/** Whether the file writes flow maps and flow lists with inner spaces (`{ a: 1 }`, `[ a ]`), by majority. */
export interface FlowStyle {
  mapPad: boolean;
  seqPad: boolean;
}

export function flowStyleOf(text: string): FlowStyle {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return { mapPad: count(/\{ \S/g) > count(/\{[^\s}]/g), seqPad: count(/\[ \S/g) > count(/\[[^\s\]]/g) };
}

/** A plain value written as YAML would write it inside a flow collection (quoted where needed). */
function flowScalar(value: unknown): string {
  const doc = new Document([value]);
  if (isCollection(doc.contents)) doc.contents.flow = true;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd().slice(1, -1);
}

/** `value` as one line of flow YAML in the file's style (or JSON in a JSON file). */
function renderFlow(value: unknown, style: FlowStyle, json: boolean): string {
  if (json) return JSON.stringify(value);
  if (Array.isArray(value)) {
    const pad = style.seqPad && value.length > 0 ? ' ' : '';
    return `[${pad}${value.map((v) => renderFlow(v, style, false)).join(', ')}${pad}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${flowScalar(k)}: ${renderFlow(v, style, false)}`);
    const pad = style.mapPad && entries.length > 0 ? ' ' : '';
    return `{${pad}${entries.join(', ')}${pad}}`;
  }
  return flowScalar(value);
}

/** `value` (a map) as block lines: lists of plain values and maps on one line, lists of maps one item a line. */
function renderBlockMap(value: Record<string, unknown>, style: FlowStyle): string[] {
  return Object.entries(value).flatMap(([key, v]) => {
    if (Array.isArray(v) && v.some((x) => x !== null && typeof x === 'object')) {
      return [`${key}:`, ...v.map((x) => `  - ${renderFlow(x, style, false)}`)];
    }
    if (v !== null && typeof v === 'object') return [`${key}: ${renderFlow(v, style, false)}`];
    return new Document({ [key]: v }).toString({ lineWidth: 0 }).trimEnd().split('\n');
  });
}

function reparse(text: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) throw new Error(doc.errors[0]!.message);
  return doc.toJS();
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function childOf(value: unknown, path: Path): unknown {
  let v = value;
  for (const key of path) v = (v as Record<string | number, unknown>)?.[key];
  return v;
}

/** Applies the edit, then checks that the new text means the old value with only `change` applied. */
function verified(text: string, edited: string, change: (plain: unknown) => void): EditResult {
  try {
    const expected = reparse(text);
    change(expected);
    const actual = reparse(edited);
    if (!sameValue(expected, actual)) return { ok: false, reason: 'the edited file would not read back as intended' };
    return { ok: true, text: edited };
  } catch (error) {
    return { ok: false, reason: `the edited file would not parse: ${error instanceof Error ? error.message : error}` };
  }
}

function parseForEdit(text: string): Document.Parsed | string {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) return `the file is not valid YAML (${doc.errors[0]!.message.split('\n')[0]})`;
  return doc;
}

function blockItemIndent(text: string, item: Node): string {
  const start = lineStart(text, item.range![0]);
  const prefix = text.slice(start, item.range![0]);
  const match = /^( *)- /.exec(prefix);
  return match ? match[1]! : ' '.repeat(prefix.length);
}

function renderBlockItem(value: unknown, indent: string, sibling: Node | undefined, text: string): string {
  const style = flowStyleOf(text);
  const siblingIsBlockMap = isMap(sibling) && !sibling.flow;
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && (siblingIsBlockMap || !sibling)) {
    const lines = renderBlockMap(value as Record<string, unknown>, style);
    return `${lines.map((line, i) => `${indent}${i === 0 ? '- ' : '  '}${line}`).join('\n')}\n`;
  }
  return `${indent}- ${renderFlow(value, style, false)}\n`;
}

/**
 * Inserts `value` into the list at `path`, at `index` (its length to append), in the style of the
 * list's other items.
 */
export function insertListItem(text: string, path: Path, index: number, value: unknown, json = false): EditResult {
  const doc = parseForEdit(text);
  if (typeof doc === 'string') return { ok: false, reason: doc };
  const seq = doc.getIn(path as (string | number)[], true);
  if (!isSeq(seq) || !seq.range) return { ok: false, reason: `no list at ${path.join('.')}` };
  const items = seq.items as Node[];
  if (items.some((i) => !i.range)) return { ok: false, reason: 'the list has an item without a position' };
  const change = (plain: unknown) => (childOf(plain, path) as unknown[]).splice(index, 0, value);
  if (seq.flow || json) return verified(text, insertFlowItem(text, seq, items, index, value, json), change);
  const sibling = items[Math.min(index, items.length - 1)];
  if (!sibling) return { ok: false, reason: `the list at ${path.join('.')} is empty` };
  const indent = blockItemIndent(text, sibling);
  const at = index === 0 ? lineStart(text, items[0]!.range![0]) : afterLastLine(text, items[index - 1]!.range![1]);
  const head = at === text.length && !text.endsWith('\n') ? `${text}\n` : text.slice(0, at);
  const edited = head + renderBlockItem(value, indent, sibling, text) + text.slice(at);
  return verified(text, edited, change);
}

function insertFlowItem(text: string, seq: YAMLSeq, items: Node[], index: number, value: unknown, json: boolean) {
  const rendered = renderFlow(value, flowStyleOf(text), json);
  if (items.length === 0) {
    const open = text.indexOf('[', seq.range![0]);
    return `${text.slice(0, open + 1)}${rendered}${text.slice(open + 1)}`;
  }
  if (index === 0) {
    const at = items[0]!.range![0];
    return `${text.slice(0, at)}${rendered}, ${text.slice(at)}`;
  }
  const at = contentEnd(text, items[index - 1]!.range![1]);
  return `${text.slice(0, at)}, ${rendered}${text.slice(at)}`;
}

/**
 * Sets `key` of the map at `path` to `value`: replaces the value where the key is written, or adds
 * the key before the first of `before` present (else after the last key). The value is written
 * on one line, in flow style.
 */
export function setMapEntry(
  text: string,
  path: Path,
  key: string,
  value: unknown,
  before: readonly string[] = [],
  json = false,
): EditResult {
  const doc = parseForEdit(text);
  if (typeof doc === 'string') return { ok: false, reason: doc };
  const map = doc.getIn(path as (string | number)[], true);
  if (!isMap(map) || !map.range) return { ok: false, reason: `no map at ${path.join('.')}` };
  const change = (plain: unknown) => {
    (childOf(plain, path) as Record<string, unknown>)[key] = value;
  };
  const rendered = renderFlow(value, flowStyleOf(text), json);
  const pairs = map.items.filter(isPair);
  const existing = pairs.find((p) => isScalar(p.key) && p.key.value === key);
  if (existing) {
    const node = existing.value as Node | null;
    const keyEnd = (existing.key as Node).range![1];
    const colon = text.indexOf(':', keyEnd);
    const end = node?.range ? contentEnd(text, node.range[1]) : colon + 1;
    return verified(text, `${text.slice(0, colon + 1)} ${rendered}${text.slice(end)}`, change);
  }
  const quotedKey = json ? JSON.stringify(key) : key;
  if (map.flow || json) {
    const last = pairs.at(-1)?.value as Node | undefined;
    if (!last?.range) return { ok: false, reason: `the map at ${path.join('.')} is empty` };
    const at = contentEnd(text, last.range[1]);
    return verified(text, `${text.slice(0, at)}, ${quotedKey}: ${rendered}${text.slice(at)}`, change);
  }
  const anchor = before.map((k) => pairs.find((p) => isScalar(p.key) && p.key.value === k)).find((p) => p);
  const first = pairs[0]?.key as Node | undefined;
  if (!first?.range) return { ok: false, reason: `the map at ${path.join('.')} is empty` };
  const indent = ' '.repeat(first.range[0] - lineStart(text, first.range[0]));
  const line = `${indent}${key}: ${rendered}\n`;
  if (anchor && anchor.key !== first) {
    const at = lineStart(text, (anchor.key as Node).range![0]);
    return verified(text, text.slice(0, at) + line + text.slice(at), change);
  }
  const lastPair = pairs.at(-1)!;
  const lastEnd = ((lastPair.value as Node | null)?.range ?? (lastPair.key as Node).range!)[1];
  const at = afterLastLine(text, lastEnd);
  const head = at === text.length && !text.endsWith('\n') ? `${text}\n` : text.slice(0, at);
  return verified(text, head + line + text.slice(at), change);
}

/** Appends `value` to the top-level list `section`, adding the section at the end if the file has none. */
export function appendToSection(text: string, section: string, value: unknown, json = false): EditResult {
  const doc = parseForEdit(text);
  if (typeof doc === 'string') return { ok: false, reason: doc };
  const seq = doc.get(section, true);
  if (isSeq(seq)) return insertListItem(text, [section], seq.items.length, value, json);
  if (seq !== undefined) return { ok: false, reason: `'${section}' in this file is not a list` };
  if (json || !isMap(doc.contents)) return { ok: false, reason: `the file has no '${section}' list to add to` };
  const lines = renderBlockMap(value as Record<string, unknown>, flowStyleOf(text)).map(
    (l, i) => `${i === 0 ? '  - ' : '    '}${l}`,
  );
  const sep = text.endsWith('\n') ? '' : '\n';
  const edited = `${text}${sep}${section}:\n${lines.join('\n')}\n`;
  return verified(text, edited, (plain) => {
    (plain as Record<string, unknown>)[section] = [value];
  });
}
