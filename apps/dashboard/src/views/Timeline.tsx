import { formatScoreMove, type Id } from '@pledgewatch/core';
import { Box, Text } from 'ink';
import type { ChangeEffect } from '../live/assessment.js';
import type { SourceLine } from '../rows/selection.js';
import type { TimelineRow } from '../rows/timeline.js';
import { cut, fit } from '../terminal/text.js';
import { sourceListLines } from './CommitmentDetail.js';
import { Pane, type PaneLine } from './Pane.js';
import { Position } from './Position.js';
import { visibleWindow } from './window.js';

/** Kinds of row, by a mark that is never the cursor's `▸`. */
const KIND_MARK: Record<TimelineRow['kind'], string> = { event: '◆', status: '■', stance: '◇', question: '?' };

function effectLines(row: TimelineRow, effects: ChangeEffect[] | undefined, sources: SourceLine[]): PaneLine[] {
  const lines: PaneLine[] = [
    { text: `${row.date} ${row.text}`, look: 'heading' },
    { text: 'What the changes dated that day did to the scores (the day before → that day):', look: 'heading' },
  ];
  if (!effects) lines.push({ text: '  not assessed', look: 'dim' });
  else if (effects.length === 0) lines.push({ text: '  no guarantee’s score moved', look: 'dim' });
  for (const e of effects ?? []) {
    lines.push({
      text: `  ${e.guarantee} credibility ${formatScoreMove(e.before.credibility, e.after.credibility)}`,
      indent: 4,
    });
    lines.push({
      text: `  ${e.guarantee} viability ${formatScoreMove(e.before.viability, e.after.viability)}`,
      indent: 4,
      look: 'dim',
    });
  }
  return [...lines, ...sourceListLines(sources)];
}

/** Dated events and status changes, newest first; enter opens a change and its effect. */
export function Timeline({
  rows,
  cursor,
  changed,
  width,
  height,
  detail,
  effects,
  sources,
  scroll,
}: {
  rows: TimelineRow[];
  cursor: number;
  changed: ReadonlySet<Id>;
  width: number;
  height: number;
  detail: boolean;
  effects?: ChangeEffect[];
  sources: SourceLine[];
  scroll: number;
}) {
  const selected = rows[cursor];
  const detailHeight = detail && selected ? Math.max(8, Math.floor(height / 2)) : 0;
  const listHeight = height - detailHeight;
  const { start, end } = visibleWindow(rows.length, cursor, listHeight - 1);
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      <Box flexDirection="column" height={listHeight} overflow="hidden">
        <Text bold wrap="truncate-end">
          {'  date        what   ◆ event ■ status ◇ stance ? question  '}
          <Position at={cursor} length={rows.length} />
        </Text>
        {rows.length === 0 ? <Text dimColor>nothing on the timeline matches</Text> : null}
        {rows.slice(start, end).map((r, i) => {
          const isSelected = start + i === cursor;
          return (
            <Text key={r.key} wrap="truncate-end" inverse={isSelected}>
              <Text bold>{isSelected ? '▸ ' : r.about.some((id) => changed.has(id)) ? '* ' : '  '}</Text>
              {fit(r.date, 12)}
              {`${KIND_MARK[r.kind]} `}
              {/* Cut to the screen's width first: Ink measures and truncates the whole text, which
                  took minutes for a 65,536-character title (issue 18). */}
              {cut(r.text, width)}
            </Text>
          );
        })}
      </Box>
      {detailHeight > 0 && selected ? (
        <Pane
          title="Change"
          lines={effectLines(selected, effects, sources)}
          width={width}
          height={detailHeight}
          scroll={scroll}
        />
      ) : null}
    </Box>
  );
}
