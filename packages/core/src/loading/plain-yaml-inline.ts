/**
 * What plain-yaml.ts reads on one line: keys, quoted and plain text, one-line `[…]`/`{…}`,
 * each as js-yaml (core schema) reads it, or NotPlain thrown at anything it does not read.
 */

export interface PlainYamlLimits {
  maxDepth: number;
  maxValueChars: number;
}

export class NotPlain extends Error {}
export const notPlain = (): never => {
  throw new NotPlain();
};

/** A key written as a plain word, which js-yaml reads as that text (not a number, null or boolean). */
const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$.-]*$/;
const NOT_TEXT_WORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
const INTEGER = /^-?(?:0|[1-9][0-9]{0,14})$/;
const DECIMAL = /^-?(?:0|[1-9][0-9]{0,14})\.[0-9]{1,15}$/;
const CALENDAR = /^[0-9]{4}-[0-9]{2}(?:-[0-9]{2})?$/;
/** What a plain scalar may not start with (YAML indicators), besides the cases resolved above. */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  '0': '\0',
};

export const isItem = (text: string) => text === '-' || text.startsWith('- ');

/** Whether the text opens a map entry (`key:` then a space or the end). */
export function startsEntry(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c === 34 || c === 39) {
    const end = quotedEnd(text);
    return end > 0 && text.charCodeAt(end) === 58 && (end + 1 === text.length || text.charCodeAt(end + 1) === 32);
  }
  if (c === 91 || c === 123) return false;
  const body = stripComment(text);
  return body.endsWith(':') || body.includes(': ');
}

/** The key of a `key: value` line and where the value starts. */
export function readKey(line: string): [string, number] {
  const c = line.charCodeAt(0);
  let key: string;
  let colon: number;
  if (c === 34 || c === 39) {
    colon = quotedEnd(line);
    if (colon < 0) notPlain();
    key = readQuoted(line.slice(0, colon));
  } else {
    colon = line.indexOf(':');
    key = line.slice(0, colon);
    if (colon < 0 || !PLAIN_KEY.test(key) || NOT_TEXT_WORDS.has(key)) notPlain();
  }
  if (line.charCodeAt(colon) !== 58) notPlain();
  if (colon + 1 < line.length && line.charCodeAt(colon + 1) !== 32) notPlain();
  return [key, colon + 1];
}

/** A one-line value: quoted or plain text, after which only a comment may follow. */
export function readInline(rest: string): unknown {
  const c = rest.charCodeAt(0);
  if (c === 34 || c === 39) {
    const end = quotedEnd(rest);
    if (end < 0 || stripComment(rest.slice(end)) !== '') notPlain();
    return readQuoted(rest.slice(0, end));
  }
  return resolvePlain(stripComment(rest));
}

/** The text before a ` #` comment, without trailing spaces. */
export function stripComment(text: string): string {
  const hash = text.charCodeAt(0) === 35 ? 0 : text.indexOf(' #');
  return (hash < 0 ? text : text.slice(0, hash)).trimEnd();
}

/** Where a quoted scalar at the start of `text` ends (just past its closing quote), or -1 if not on this line. */
function quotedEnd(text: string): number {
  const quote = text[0]!;
  for (let i = 1; i < text.length; i++) {
    const found = text.indexOf(quote, i);
    if (found < 0) return -1;
    if (quote === "'") {
      if (text[found + 1] === "'") {
        i = found + 1;
        continue;
      }
      return found + 1;
    }
    let slashes = 0;
    while (text[found - 1 - slashes] === '\\') slashes++;
    if (slashes % 2 === 0) return found + 1;
    i = found;
  }
  return -1;
}

/** The value of a whole quoted scalar (quotes included). */
function readQuoted(quoted: string): string {
  const body = quoted.slice(1, -1);
  if (quoted[0] === "'") return body.replaceAll("''", "'");
  if (!body.includes('\\')) return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const e = body[++i]!;
    if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(body.slice(i + 1, i + 5))) {
      const code = Number.parseInt(body.slice(i + 1, i + 5), 16);
      if (code >= 0xd800 && code <= 0xdfff) notPlain();
      out += String.fromCharCode(code);
      i += 4;
    } else if (Object.hasOwn(ESCAPES, e)) out += ESCAPES[e];
    else notPlain();
  }
  return out;
}

/** What a plain scalar means in the core schema, for the cases read here. */
function resolvePlain(text: string): unknown {
  if (text === '' || text === '~') return null;
  if (NOT_TEXT_WORDS.has(text)) return text[0] === 'n' || text[0] === 'N' ? null : text[0] === 't' || text[0] === 'T';
  const c = text.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) {
    if ((INTEGER.test(text) || DECIMAL.test(text)) && text !== '-0') return Number(text);
    // A date, or words after a number ("26 countries"), is text; anything else numeric-looking is left alone.
    if (!CALENDAR.test(text) && !text.includes(' ')) notPlain();
  }
  if (INDICATOR.test(text) || text.includes(': ') || text.endsWith(':')) notPlain();
  return text;
}

/** A `[…]` or `{…}` value that opens and closes on this line, then at most a comment. */
export function readFlowLine(rest: string, depth: number, limits: PlainYamlLimits): unknown {
  const [value, end] = readFlow(rest, 0, depth, limits);
  if (stripComment(rest.slice(end)) !== '') notPlain();
  return value;
}

function readFlow(s: string, i: number, depth: number, limits: PlainYamlLimits): [unknown, number] {
  if (depth + 2 > limits.maxDepth) notPlain();
  const map = s[i] === '{';
  const close = map ? '}' : ']';
  const out: Record<string, unknown> | unknown[] = map ? {} : [];
  i = skipSpaces(s, i + 1);
  if (s[i] === close) return [out, i + 1];
  for (;;) {
    if (map) {
      let key: unknown;
      [key, i] = readFlowScalar(s, i, true);
      if (typeof key !== 'string' || key.length > limits.maxValueChars) notPlain();
      if (key === '__proto__' || Object.hasOwn(out, key as string)) notPlain();
      if (s[i] !== ':' || s[i + 1] !== ' ') notPlain();
      let value: unknown;
      [value, i] = readFlowItem(s, skipSpaces(s, i + 1), depth, limits);
      (out as Record<string, unknown>)[key as string] = value;
    } else {
      let value: unknown;
      [value, i] = readFlowItem(s, i, depth, limits);
      (out as unknown[]).push(value);
    }
    i = skipSpaces(s, i);
    if (s[i] === close) return [out, i + 1];
    if (s[i] !== ',') notPlain();
    i = skipSpaces(s, i + 1);
    // `[a, b, ]`: YAML allows one trailing comma.
    if (s[i] === close) return [out, i + 1];
    if (s[i] === ',') notPlain();
  }
}

function readFlowItem(s: string, i: number, depth: number, limits: PlainYamlLimits): [unknown, number] {
  const c = s[i];
  const [value, end] = c === '[' || c === '{' ? readFlow(s, i, depth + 1, limits) : readFlowScalar(s, i, false);
  if (typeof value === 'string' && value.length > limits.maxValueChars) notPlain();
  return [value, end];
}

/** A quoted or plain scalar inside `[…]`/`{…}`; as a key, a plain one must be a simple word. */
function readFlowScalar(s: string, i: number, key: boolean): [unknown, number] {
  const c = s.charCodeAt(i);
  if (c === 34 || c === 39) {
    const end = quotedEnd(s.slice(i));
    if (end < 0) notPlain();
    return [readQuoted(s.slice(i, i + end)), i + end];
  }
  let end = i;
  while (end < s.length && !',[]{}:#'.includes(s[end]!)) end++;
  // `:` and `#` inside flow text mean something else near spaces: not plain.
  if (!key && (s[end] === ':' || s[end] === '#')) notPlain();
  const text = s.slice(i, end).trimEnd();
  if (key) {
    if (!PLAIN_KEY.test(text) || NOT_TEXT_WORDS.has(text)) notPlain();
    return [text, end];
  }
  if (text === '') notPlain();
  return [resolvePlain(text), end];
}

function skipSpaces(s: string, i: number): number {
  while (s.charCodeAt(i) === 32) i++;
  return i;
}
