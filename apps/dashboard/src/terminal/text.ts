import { neutralizeText } from '@pledgewatch/core';

/**
 * Text on its way to the terminal. Everything from a dataset passes through `clean`, so an
 * escape sequence in a description shows as `␛[2J` instead of clearing the screen.
 */

/** Dataset text made safe and single-line. */
export function clean(text: string | undefined): string {
  return text === undefined ? '' : neutralizeText(text, { singleLine: true });
}

/** Cut to `width` characters with an ellipsis, then pad to exactly `width`. */
export function fit(text: string, width: number): string {
  if (width <= 0) return '';
  const chars = [...text];
  if (chars.length > width) return `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
  return text + ' '.repeat(width - chars.length);
}

/** Cut to at most `width` characters with an ellipsis, without padding. */
export function cut(text: string, width: number): string {
  const chars = [...text];
  return chars.length > width ? `${chars.slice(0, Math.max(0, width - 1)).join('')}…` : text;
}

/**
 * Word-wrapped to `width` columns; a word longer than a line is cut across lines. Detail
 * panes wrap instead of cutting, so nothing is lost above empty rows.
 */
export function wrapText(text: string, width: number, indent = ''): string[] {
  const w = Math.max(8, width);
  const lines: string[] = [];
  const lead = /^ */.exec(text)?.[0] ?? '';
  let line = lead;
  indent = indent.length > lead.length ? indent : lead;
  for (const word of text.slice(lead.length).split(' ')) {
    let rest = word;
    while ([...rest].length > w - indent.length) {
      if (line) {
        lines.push(line);
        line = indent;
      }
      const chars = [...rest];
      lines.push((line || '') + chars.slice(0, w - indent.length).join(''));
      line = indent;
      rest = chars.slice(w - indent.length).join('');
    }
    const candidate = line.trim() ? `${line} ${rest}` : `${line}${rest}`;
    if ([...candidate].length > w) {
      lines.push(line);
      line = indent + rest;
    } else line = candidate;
  }
  if (line.trim() || lines.length === 0) lines.push(line);
  return lines;
}
