import type { FontFace } from '../fonts.js';
import type { TextMeasure } from './measure.js';
import { printable } from './printable.js';

/**
 * Greedy line breaking of styled runs, measured through the width cache. A word wider than
 * the line (a long URL) is split between characters, so nothing ever runs past its box.
 */

export interface Run {
  text: string;
  face?: FontFace;
  colour?: string;
  /** A named destination in this document. */
  goTo?: string;
  /** An external address (the caller has checked it is http(s) or mailto). */
  link?: string;
}

export interface Segment {
  text: string;
  face: FontFace;
  colour?: string;
  goTo?: string;
  link?: string;
  x: number;
  width: number;
}

export interface Line {
  segments: Segment[];
  width: number;
}

interface Word {
  text: string;
  run: Run;
  spaceBefore: boolean;
}

function words(runs: readonly Run[]): Word[] {
  const out: Word[] = [];
  let pendingSpace = false;
  for (const run of runs) {
    for (const part of run.text.split(/(\s+)/)) {
      if (part === '') continue;
      if (/^\s+$/.test(part)) {
        pendingSpace = out.length > 0;
        continue;
      }
      out.push({ text: printable(part), run, spaceBefore: pendingSpace });
      pendingSpace = false;
    }
  }
  return out;
}

export function wrapRuns(
  runs: readonly Run[],
  maxWidth: number,
  size: number,
  measure: TextMeasure,
  defaultFace: FontFace,
): Line[] {
  const lines: Line[] = [];
  let segments: Segment[] = [];
  let x = 0;
  const flush = () => {
    if (segments.length > 0) lines.push({ segments, width: x });
    segments = [];
    x = 0;
  };
  const place = (text: string, run: Run, width: number, space: number) => {
    const face = run.face ?? defaultFace;
    const last = segments[segments.length - 1];
    if (last && last.face === face && last.colour === run.colour && last.goTo === run.goTo && last.link === run.link) {
      last.text += `${space > 0 ? ' ' : ''}${text}`;
      last.width += space + width;
    } else {
      segments.push({
        text: space > 0 ? ` ${text}` : text,
        face,
        ...(run.colour ? { colour: run.colour } : {}),
        ...(run.goTo ? { goTo: run.goTo } : {}),
        ...(run.link ? { link: run.link } : {}),
        x,
        width: space + width,
      });
    }
    x += space + width;
  };
  const all = words(runs);
  for (let i = 0; i < all.length; i++) {
    const word = all[i]!;
    const face = word.run.face ?? defaultFace;
    const width = measure.width(word.text, face, size);
    const space = word.spaceBefore && segments.length > 0 ? measure.width(' ', face, size) : 0;
    // Words written without a space between them ("[", "3", "]") break as one.
    let glued = 0;
    for (let j = i + 1; j < all.length && !all[j]!.spaceBefore; j++) {
      glued += measure.width(all[j]!.text, all[j]!.run.face ?? defaultFace, size);
    }
    if (
      x + space + width + glued <= maxWidth ||
      (glued > 0 && width + glued > maxWidth && x + space + width <= maxWidth)
    ) {
      place(word.text, word.run, width, space);
      continue;
    }
    if (width <= maxWidth) {
      flush();
      place(word.text, word.run, width, 0);
      continue;
    }
    // Longer than a whole line: break between characters.
    if (segments.length > 0 && x + space >= maxWidth * 0.8) flush();
    let chunk = '';
    let chunkWidth = 0;
    let lead = segments.length > 0 ? space : 0;
    for (const ch of word.text) {
      const w = measure.width(ch, face, size);
      if (x + lead + chunkWidth + w > maxWidth && chunk !== '') {
        place(chunk, word.run, chunkWidth, lead);
        flush();
        chunk = '';
        chunkWidth = 0;
        lead = 0;
      }
      chunk += ch;
      chunkWidth += w;
    }
    if (chunk !== '') place(chunk, word.run, chunkWidth, lead);
  }
  flush();
  return lines;
}
