import type { Id } from '@pledgewatch/core';
import { Box, Text } from 'ink';
import type { CommitmentRow, CommitmentSort } from '../rows/commitments.js';
import { fit } from '../terminal/text.js';
import { StatusMark } from './StatusMark.js';
import type { Theme } from './theme.js';
import { visibleWindow } from './window.js';

export interface CommitmentsProps {
  rows: CommitmentRow[];
  total: number;
  cursor: number;
  sort: CommitmentSort;
  changed: ReadonlySet<Id>;
  width: number;
  height: number;
  theme: Theme;
}

/** The commitments list; only the rows that fit are rendered. */
export function Commitments({ rows, total, cursor, sort, changed, width, height, theme }: CommitmentsProps) {
  const { start, end } = visibleWindow(rows.length, cursor, height - 1);
  const w = Math.max(40, width - 2);
  const cols = { guarantee: Math.floor(w * 0.16), guarantor: Math.floor(w * 0.2), capability: Math.floor(w * 0.16) };
  const statusW = 20;
  const sinceW = 11;
  const scaleW = Math.max(0, w - cols.guarantee - cols.guarantor - cols.capability - statusW - sinceW);
  const position = rows.length
    ? `${Math.min(cursor, rows.length - 1) + 1}/${rows.length}${rows.length < total ? ` of ${total}` : ''}`
    : `0 of ${total}`;
  const head = (name: CommitmentSort, label: string, width: number) => fit(sort === name ? `${label} ▾` : label, width);
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      <Text bold wrap="truncate-end">
        {'  '}
        {head('guarantee', 'guarantee', cols.guarantee)}
        {head('guarantor', 'guarantor', cols.guarantor)}
        {head('capability', 'capability', cols.capability)}
        {head('status', 'status', statusW)}
        {head('since', 'since', sinceW)}
        {fit('scale', Math.max(0, scaleW - position.length - 1))}
        <Text dimColor>{position}</Text>
      </Text>
      {rows.length === 0 ? <Text dimColor>no commitment matches the filter</Text> : null}
      {rows.slice(start, end).map((row, i) => {
        const selected = start + i === cursor;
        const marked = changed.has(row.id);
        return (
          <Text key={row.id} wrap="truncate-end" inverse={selected}>
            <Text bold>{selected ? '▸ ' : marked ? '* ' : '  '}</Text>
            {fit(row.guarantee, cols.guarantee)}
            {fit(row.guarantor, cols.guarantor)}
            {fit(row.capability, cols.capability)}
            <StatusMark status={row.status} theme={theme} word />
            {' '.repeat(Math.max(1, statusW - 2 - (row.status?.length ?? 7)))}
            {fit(row.since, sinceW)}
            {fit(row.scale, scaleW)}
          </Text>
        );
      })}
    </Box>
  );
}
