import { neutralizeText } from '@pledgewatch/core';

/**
 * Text on its way to the terminal. Everything from a dataset passes through `clean`, so an
 * escape sequence in a description shows as `␛[2J` instead of clearing the screen.
 */

/** Dataset text made safe and single-line. */
export function clean(text: string | undefined): string {
  return text === undefined ? '' : neutralizeText(text, { singleLine: true });
}

/**
 * The first `n` characters (code points) of `text` and whether more follow, reading no further
 * than that: a megabyte-long value cut to a column costs the column, not the megabyte.
 */
function head(text: string, n: number): { start: string; more: boolean } {
  if (n < 0) return { start: '', more: true };
  let count = 0;
  let end = 0;
  for (const ch of text) {
    if (count === n) return { start: text.slice(0, end), more: true };
    count++;
    end += ch.length;
  }
  return { start: text, more: false };
}

/** Cut to `width` characters with an ellipsis, then pad to exactly `width`. */
export function fit(text: string, width: number): string {
  if (width <= 0) return '';
  const { start, more } = head(text, width);
  if (more) return `${head(start, Math.max(0, width - 1)).start}…`;
  return text + ' '.repeat(width - [...text].length);
}

/** Cut to at most `width` characters with an ellipsis, without padding. */
export function cut(text: string, width: number): string {
  const { start, more } = head(text, width);
  return more ? `${head(start, Math.max(0, width - 1)).start}…` : text;
}

/**
 * Word-wrapped to `width` columns; a word longer than a line is cut across lines. Detail
 * panes wrap instead of cutting, so nothing is lost above empty rows. Each word is split into
 * characters once: a word of a million characters costs a million steps, not a million per line.
 */
export function wrapText(text: string, width: number, indent = ''): string[] {
  const w = Math.max(8, width);
  const lines: string[] = [];
  const lead = /^ */.exec(text)?.[0] ?? '';
  let line = lead;
  indent = indent.length > lead.length ? indent : lead;
  const room = Math.max(1, w - indent.length);
  for (const word of text.slice(lead.length).split(' ')) {
    const chars = [...word];
    let from = 0;
    while (chars.length - from > room) {
      if (line) {
        lines.push(line);
        line = indent;
      }
      lines.push((line || '') + chars.slice(from, from + room).join(''));
      line = indent;
      from += room;
    }
    const rest = from === 0 ? word : chars.slice(from).join('');
    const candidate = line.trim() ? `${line} ${rest}` : `${line}${rest}`;
    if ([...candidate].length > w) {
      lines.push(line);
      line = indent + rest;
    } else line = candidate;
  }
  if (line.trim() || lines.length === 0) lines.push(line);
  return lines;
}
