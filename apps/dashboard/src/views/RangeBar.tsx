import type { ScoreRange } from '@pledgewatch/core';
import { Text } from 'ink';
import { paint, scoreTone, type Theme } from './theme.js';

/**
 * A 0–100 score range as a bar: `····├───●──┤·····` — the span is low to high, the dot the
 * most likely value. The width of the span is the unknown made visible.
 */
export function rangeBarText(range: ScoreRange, width: number): string {
  const at = (score: number) => Math.max(0, Math.min(width - 1, Math.round((score / 100) * (width - 1))));
  const low = at(range.low);
  const high = at(range.high);
  const point = at(range.point);
  let bar = '';
  for (let i = 0; i < width; i++) {
    if (i === point) bar += '●';
    else if (i === low) bar += '├';
    else if (i === high) bar += '┤';
    else if (i > low && i < high) bar += '─';
    else bar += '·';
  }
  return bar;
}

export function RangeBar({ range, width, theme }: { range: ScoreRange; width: number; theme: Theme }) {
  return <Text color={paint(theme, scoreTone(range.point))}>{rangeBarText(range, width)}</Text>;
}
