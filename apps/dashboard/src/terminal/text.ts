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
