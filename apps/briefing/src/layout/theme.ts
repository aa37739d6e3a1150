import type { FontFace } from '../fonts.js';

/** Sizes, spacing and colours of the briefing: one place, so sections stay consistent. */
export const THEME = {
  body: { face: 'regular' as FontFace, size: 9, leading: 1.3 },
  small: { face: 'regular' as FontFace, size: 7.8, leading: 1.26 },
  table: { face: 'regular' as FontFace, size: 7.4, leading: 1.22 },
  title: { face: 'bold' as FontFace, size: 15, leading: 1.15 },
  h1: { face: 'bold' as FontFace, size: 11.5, leading: 1.2 },
  h2: { face: 'bold' as FontFace, size: 10, leading: 1.25 },
  h3: { face: 'bold' as FontFace, size: 9, leading: 1.3 },
  running: { face: 'regular' as FontFace, size: 7.5 },
  margin: { top: 58, bottom: 52, side: 50 },
  gap: { paragraph: 4, block: 8, section: 11 },
  colour: {
    text: '#111111',
    muted: '#555555',
    link: '#1a4f8b',
    rule: '#999999',
    band: '#d9d9d9',
    range: '#1a4f8b',
    rangeLight: '#a9c1de',
    viability: '#8a5a00',
    headerFill: '#e8edf3',
    marking: '#7a0000',
  },
} as const;

export type TextStyle = { face: FontFace; size: number; leading: number };
