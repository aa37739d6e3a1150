import type { Diagnostic } from '@pledgewatch/core';
import { diagnosticLocation } from '@pledgewatch/core';
import { Text } from 'ink';
import { clean } from '../terminal/text.js';
import { paint, type Theme } from './theme.js';

/**
 * The banner of a broken save: the first problem with file:line, and a promise that what
 * is on screen is the last good data.
 */
export function Banner({ diagnostics, hasData, theme }: { diagnostics: Diagnostic[]; hasData: boolean; theme: Theme }) {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const first = errors[0];
  if (!first) return null;
  const more = errors.length > 1 ? ` · ${errors.length - 1} more in 6 diagnostics` : '';
  const keeping = hasData ? ' · last good data kept' : '';
  return (
    <Text inverse bold color={paint(theme, 'vermillion')} wrap="truncate-end">
      {` ✖ ${clean(diagnosticLocation(first))}${keeping}${more} · ${clean(first.message)} `}
    </Text>
  );
}
