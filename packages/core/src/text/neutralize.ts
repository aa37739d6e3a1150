/**
 * Text from a dataset is untrusted: it may carry terminal escape sequences (clear screen,
 * OSC 52 clipboard writes, OSC 8 links), bidirectional overrides that reorder what a reader
 * sees, or zero-width characters that hide differences. Every output path shows such text
 * through this function, which makes the tricks visible instead of letting them act.
 */

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Replaces control characters (ESC and the rest, except tab and newline) with a visible
 * `␛`-style symbol or `⟨U+XXXX⟩`, and bidi controls and zero-width characters with
 * `⟨U+XXXX⟩`. Newlines and tabs become spaces when `singleLine` is set.
 */
export function neutralizeText(text: string, options: { singleLine?: boolean } = {}): string {
  let out = text
    .replace(CONTROL, (ch) => (ch === '\u001b' ? '␛' : `⟨${codePoint(ch)}⟩`))
    .replace(BIDI, (ch) => `⟨${codePoint(ch)}⟩`)
    .replace(INVISIBLE, (ch) => `⟨${codePoint(ch)}⟩`);
  if (options.singleLine) out = out.replace(/[\t\r\n]+/g, ' ');
  return out;
}

/** True when the text holds anything {@link neutralizeText} would change. */
export function hasHiddenCharacters(text: string): boolean {
  CONTROL.lastIndex = 0;
  BIDI.lastIndex = 0;
  INVISIBLE.lastIndex = 0;
  return CONTROL.test(text) || BIDI.test(text) || INVISIBLE.test(text);
}

/** Only http(s) and mailto addresses may become links; anything else is shown as text. */
export function isSafeLink(url: string | undefined): boolean {
  return url !== undefined && /^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i.test(url);
}
