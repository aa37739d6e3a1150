/**
 * Text from a dataset is untrusted: it may carry terminal escape sequences (clear screen,
 * OSC 52 clipboard writes, OSC 8 links), bidirectional overrides that reorder what a reader
 * sees, or invisible format characters that hide differences or smuggle text (Unicode tag
 * characters, invisible operators, interlinear annotations). This is the one sanitiser: every
 * output path — terminal, JSON, PDF — shows such text through it (or, for JSON, `safeJson`),
 * which makes the tricks visible instead of letting them act.
 */

/** C0 controls but tab and newline, DEL, and the C1 controls (U+0080–U+009F, CSI among them). */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/**
 * Every Unicode format character (category Cf: bidi controls, zero-width characters, U+2061–2064
 * invisible operators, U+FFF9–FFFB annotations, U+180E, the BOM, the soft hyphen…), the whole
 * tag block U+E0000–E007F, and the line and paragraph separators.
 */
const INVISIBLE = /[\p{Cf}\u{E0000}-\u{E007F}\u2028\u2029\u00ad]/gu;

function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Replaces control characters (ESC and the rest, except tab and newline) with a visible
 * `␛`-style symbol or `⟨U+XXXX⟩`, and format characters with `⟨U+XXXX⟩`. Newlines and tabs
 * become spaces when `singleLine` is set.
 */
export function neutralizeText(text: string, options: { singleLine?: boolean } = {}): string {
  let out = text
    .replace(CONTROL, (ch) => (ch === '\u001b' ? '␛' : `⟨${codePoint(ch)}⟩`))
    .replace(INVISIBLE, (ch) => `⟨${codePoint(ch)}⟩`);
  if (options.singleLine) out = out.replace(/[\t\r\n]+/g, ' ');
  return out;
}

/** True when the text holds anything {@link neutralizeText} would change. */
export function hasHiddenCharacters(text: string): boolean {
  CONTROL.lastIndex = 0;
  INVISIBLE.lastIndex = 0;
  return CONTROL.test(text) || INVISIBLE.test(text);
}

/** What JSON.stringify leaves raw but a terminal may act on or hide: DEL, C1 and format characters. */
const JSON_UNSAFE = /[\u007f-\u009f\p{Cf}\u{E0000}-\u{E007F}\u2028\u2029]/gu;

/**
 * JSON whose text is plain ASCII-visible where it matters: DEL, C1 controls and format
 * characters are written as `\uXXXX` escapes (a surrogate pair beyond the BMP). The data is
 * unchanged — any JSON reader gets the same strings back — but a terminal that shows the JSON
 * acts on none of them.
 */
export function safeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(JSON_UNSAFE, (ch) =>
    [...Array(ch.length).keys()].map((i) => `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''),
  );
}

/**
 * A long name or value cut for a message, keeping its start and saying its length:
 * `kkkkkkkk… (100,000 characters)`. Short ones are returned whole.
 */
export function clipForMessage(text: string, keep = 60): string {
  if (text.length <= keep + 20) return text;
  return `${text.slice(0, keep)}… (${text.length.toLocaleString('en')} characters)`;
}

/** Only http(s) and mailto addresses may become links; anything else is shown as text. */
export function isSafeLink(url: string | undefined): boolean {
  return url !== undefined && /^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i.test(url);
}
