/**
 * Dataset text as the PDF's font can print it. Core's `neutralizeText` shows an ESC from the
 * dataset as `␛` (U+241B), for which DejaVu Sans has no glyph: the PDF would show an empty
 * box and copied text would hold U+0000. It prints as `⟨U+001B⟩` instead, the form every
 * other neutralised control character already has.
 */
export function printable(text: string): string {
  return text.includes('␛') ? text.replaceAll('␛', '⟨U+001B⟩') : text;
}
