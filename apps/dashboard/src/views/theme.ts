import type { CommitmentStatus } from '@pledgewatch/core';

/**
 * How statuses and scores look. Meaning is carried by a symbol first; colour (from the
 * Okabe–Ito palette, distinguishable with the common colour-vision deficiencies) only
 * repeats it, so the dashboard reads the same under NO_COLOR or on a monochrome terminal.
 */

export interface Theme {
  color: boolean;
}

const OKABE_ITO = {
  orange: '#E69F00',
  sky: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
} as const;
export type Tone = keyof typeof OKABE_ITO;

/** A colour for Ink's `color` prop, or undefined when colour is off. */
export function paint(theme: Theme, tone: Tone | undefined): string | undefined {
  return theme.color && tone ? OKABE_ITO[tone] : undefined;
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
