import type { CommitmentStatus } from '@pledgewatch/core';

/**
 * How statuses and scores look. Meaning is carried by a symbol first; colour (from the
 * Okabe–Ito palette, distinguishable with the common colour-vision deficiencies) only
 * repeats it, so the dashboard reads the same under NO_COLOR or on a monochrome terminal.
 *
 * Each tone is chosen for each colour depth rather than left to the terminal library's
 * down-sampling: its 256-colour mapping puts vermillion (#D55E00) on index 172, an orange
 * hardly different from orange's 214, so "ruled-out" and "conditional" looked alike; on 16
 * colours both oranges and yellow fell on yellow. Here every tone is a different colour at
 * every depth (the palette test measures it).
 */

/** How many colours the terminal shows: 16 (ANSI), 256 (xterm) or true colour. */
export type ColorDepth = 16 | 256 | 'truecolor';

export interface Theme {
  color: boolean;
  /** The terminal's colour depth; true colour when not said. */
  depth?: ColorDepth;
}

export type Tone = 'orange' | 'sky' | 'green' | 'yellow' | 'blue' | 'vermillion' | 'purple';

/** Each tone at each depth, in the forms Ink's `color` prop takes. */
export const PALETTE: Record<ColorDepth, Record<Tone, string>> = {
  // Okabe & Ito, "Color Universal Design" (2008).
  truecolor: {
    orange: '#E69F00',
    sky: '#56B4E9',
    green: '#009E73',
    yellow: '#F0E442',
    blue: '#0072B2',
    vermillion: '#D55E00',
    purple: '#CC79A7',
  },
  // The nearest xterm colours that stay apart: vermillion 166 (#d75f00), blue 25 (#005faf).
  256: {
    orange: 'ansi256(214)',
    sky: 'ansi256(74)',
    green: 'ansi256(36)',
    yellow: 'ansi256(227)',
    blue: 'ansi256(25)',
    vermillion: 'ansi256(166)',
    purple: 'ansi256(175)',
  },
  // The eight base colours (their bright twins look alike in too many terminal themes);
  // orange has no ANSI colour, so it takes magenta and purple the bright magenta.
  16: {
    orange: 'magenta',
    sky: 'cyan',
    green: 'green',
    yellow: 'yellow',
    blue: 'blue',
    vermillion: 'red',
    purple: 'magentaBright',
  },
};

/** A colour for Ink's `color` prop, or undefined when colour is off. */
export function paint(theme: Theme, tone: Tone | undefined): string | undefined {
  return theme.color && tone ? PALETTE[theme.depth ?? 'truecolor'][tone] : undefined;
}

/** The colour depth of a terminal from Node's reading of it (TERM, COLORTERM, FORCE_COLOR …). */
export function colorDepthOf(bits: number): ColorDepth {
  return bits >= 24 ? 'truecolor' : bits >= 8 ? 256 : 16;
}

export const STATUS_LOOK: Record<CommitmentStatus, { symbol: string; tone: Tone }> = {
  proposed: { symbol: '·', tone: 'yellow' },
  'under-discussion': { symbol: '~', tone: 'yellow' },
  conditional: { symbol: '?', tone: 'orange' },
  pledged: { symbol: '○', tone: 'sky' },
  approved: { symbol: '◎', tone: 'blue' },
  deploying: { symbol: '◐', tone: 'green' },
  deployed: { symbol: '●', tone: 'green' },
  declined: { symbol: '×', tone: 'vermillion' },
  'ruled-out': { symbol: '⊘', tone: 'vermillion' },
  withdrawn: { symbol: '←', tone: 'vermillion' },
  lapsed: { symbol: '-', tone: 'vermillion' },
};

/** A 0–100 score's tone: low is vermillion, middling orange, high blue (never red/green alone). */
export function scoreTone(score: number): Tone {
  return score < 34 ? 'vermillion' : score < 67 ? 'orange' : 'blue';
}
