import type { Id } from '@pledgewatch/core';
import { Box, Text } from 'ink';
import type { TimelineRow } from '../rows/timeline.js';
import { fit } from '../terminal/text.js';
import { visibleWindow } from './window.js';

const KIND_MARK: Record<TimelineRow['kind'], string> = { event: '◆', status: '▸', stance: '◇', question: '?' };

/** Dated events and status changes, newest first. */
export function Timeline({
  rows,
  cursor,
  changed,
  height,
}: {
  rows: TimelineRow[];
  cursor: number;
  changed: ReadonlySet<Id>;
  height: number;
}) {
  const { start, end } = visibleWindow(rows.length, cursor, height - 1);
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      <Text bold>{'  date        what   ◆ event ▸ status ◇ stance ? question'}</Text>
      {rows.length === 0 ? <Text dimColor>nothing on the timeline matches</Text> : null}
      {rows.slice(start, end).map((r, i) => {
        const isSelected = start + i === cursor;
        return (
          <Text key={r.key} wrap="truncate-end" inverse={isSelected}>
            <Text bold>{isSelected ? '▸ ' : r.about.some((id) => changed.has(id)) ? '* ' : '  '}</Text>
            {fit(r.date, 12)}
            {`${KIND_MARK[r.kind]} `}
            {r.text}
          </Text>
        );
      })}
    </Box>
  );
}
