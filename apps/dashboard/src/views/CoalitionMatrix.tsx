import type { Id } from '@pledgewatch/core';
import { Box, Text } from 'ink';
import { CAPABILITY_SHORT, type MatrixRows } from '../rows/coalition-matrix.js';
import { fit } from '../terminal/text.js';
import { StatusMark } from './StatusMark.js';
import type { Theme } from './theme.js';

export interface CoalitionMatrixProps {
  matrix: MatrixRows;
  width: number;
  /** Rows available, header included. */
  height: number;
  changed: ReadonlySet<Id>;
  theme: Theme;
}

const CELL = 9;

/** Guarantors × capabilities; a recently changed cell is bracketed, `[◐]`. */
export function CoalitionMatrix({ matrix, width, height, changed, theme }: CoalitionMatrixProps) {
  const nameWidth = Math.min(18, Math.max(8, ...matrix.rows.map((r) => r.name.length + 1)));
  const fits = Math.max(1, Math.floor((width - nameWidth) / CELL));
  const caps = matrix.capabilities.slice(0, fits);
  const hidden = matrix.capabilities.length - caps.length;
  const shown = matrix.rows.slice(0, Math.max(0, height - 1));
  if (matrix.rows.length === 0) return <Text dimColor>no guarantors on record</Text>;
  if (matrix.capabilities.length === 0)
    return (
      <Text
        dimColor
        wrap="truncate-end"
      >{`no commitments on record (guarantors: ${matrix.rows.map((r) => r.name).join(', ')})`}</Text>
    );
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate-end">
        {fit('', nameWidth)}
        {caps.map((c) => fit(CAPABILITY_SHORT[c], CELL)).join('')}
        {hidden > 0 ? `+${hidden}` : ''}
      </Text>
      {shown.map((row) => (
        <Text key={row.actor} wrap="truncate-end">
          {fit(row.name, nameWidth)}
          {caps.map((c) => {
            const state = row.cells[c];
            const mark = state && changed.has(state.commitment.id);
            return (
              <Text key={c}>
                {'  '}
                <Text bold={mark}>{mark ? '[' : ' '}</Text>
                <StatusMark status={state?.status} theme={theme} />
                <Text bold={mark}>{mark ? ']' : ' '}</Text>
                {' '.repeat(CELL - 5)}
              </Text>
            );
          })}
        </Text>
      ))}
      {matrix.rows.length > shown.length ? (
        <Text dimColor>{`… ${matrix.rows.length - shown.length} more guarantors`}</Text>
      ) : null}
    </Box>
  );
}
