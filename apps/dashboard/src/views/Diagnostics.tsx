import { Box, Text } from 'ink';
import type { DiagnosticRow } from '../rows/diagnostics.js';
import { paint, type Theme } from './theme.js';
import { visibleWindow } from './window.js';

/** Every diagnostic with file:line:col, the way `pledgewatch check` prints them. */
export function Diagnostics({
  rows,
  cursor,
  height,
  theme,
}: {
  rows: DiagnosticRow[];
  cursor: number;
  height: number;
  theme: Theme;
}) {
  const { start, end } = visibleWindow(rows.length, cursor, height - 1);
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      <Text bold>
        {rows.length === 0
          ? '✓ no problems in the data'
          : `${rows.length} ${rows.length === 1 ? 'problem' : 'problems'}`}
      </Text>
      {rows.slice(start, end).map((r, i) => {
        const isSelected = start + i === cursor;
        const error = r.diagnostic.severity === 'error';
        return (
          <Text key={r.key} wrap="truncate-end" inverse={isSelected}>
            <Text bold>{isSelected ? '▸ ' : '  '}</Text>
            <Text color={paint(theme, error ? 'vermillion' : 'orange')} bold>
              {error ? '✖ error ' : '▲ warning '}
            </Text>
            {`${r.location}  ${r.message}`}
            {r.hint ? <Text dimColor>{`  (${r.hint})`}</Text> : null}
          </Text>
        );
      })}
    </Box>
  );
}
