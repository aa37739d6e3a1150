import type { Diagnostic } from '@pledgewatch/core';
import { diagnosticLocation, groupKnockOnDiagnostics } from '@pledgewatch/core';
import { Text } from 'ink';
import { clean } from '../terminal/text.js';
import { paint, type Theme } from './theme.js';

/**
 * The banner of a broken save: the first problem with file:line, and a promise that what
 * is on screen is the last good data.
 */
export function Banner({ diagnostics, hasData, theme }: { diagnostics: Diagnostic[]; hasData: boolean; theme: Theme }) {
  // The first cause, with the errors that only follow from it counted, not listed as more mistakes.
  const groups = groupKnockOnDiagnostics(diagnostics).filter((g) => g.cause.severity === 'error');
  const group = groups[0];
  if (!group) return null;
  const first = group.cause;
  const following = group.followers.length ? ` · ${group.followers.length} follow from it` : '';
  const more = (groups.length > 1 ? ` · ${groups.length - 1} more in 6 diagnostics` : '') + following;
  const keeping = hasData ? ' · last good data kept' : '';
  return (
    <Text inverse bold color={paint(theme, 'vermillion')} wrap="truncate-end">
      {` ✖ ${clean(diagnosticLocation(first))}${keeping}${more} · ${clean(first.message)} `}
    </Text>
  );
}
