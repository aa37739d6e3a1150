import type { Id } from '@pledgewatch/core';
import { formatScoreMove, formatSignedDelta, type ScoreRange } from '@pledgewatch/core';
import { Box, Text } from 'ink';
import { type QuestionRow, swingText } from '../rows/questions.js';
import type { SourceLine } from '../rows/selection.js';
import { clean, fit } from '../terminal/text.js';
import { sourceListLines } from './CommitmentDetail.js';
import { Pane, type PaneLine } from './Pane.js';
import { Position } from './Position.js';
import { visibleWindow } from './window.js';

/** What one answer would do to one guarantee's credibility. */
export interface AnswerEffect {
  answer: Id;
  label: string;
  guarantee: string;
  baseline: ScoreRange;
  credibility: ScoreRange;
}

export interface UnknownsProps {
  rows: QuestionRow[];
  cursor: number;
  detail: boolean;
  /** Effects of the selected question's answers, when the engine can compute them. */
  effects?: AnswerEffect[];
  sources: SourceLine[];
  scroll: number;
  changed: ReadonlySet<Id>;
  width: number;
  height: number;
}

function detailLines(row: QuestionRow, effects: AnswerEffect[] | undefined, sources: SourceLine[]): PaneLine[] {
  const q = row.state.question;
  return [
    { text: row.question, look: 'heading' },
    { text: `why it matters: ${clean(q.why)}`, indent: 2 },
    {
      text: `status: ${row.status}${row.state.answer ? ` (answer: ${row.state.answer})` : ''}${row.state.since ? ` since ${row.state.since.date}` : ''}`,
    },
    { text: 'indicators:', look: 'heading' },
    ...(q.indicators?.length
      ? q.indicators.map((i) => ({ text: `  · ${clean(i)}`, indent: 4 }))
      : [{ text: '  none listed', look: 'dim' as const }]),
    { text: 'answers and what each would do to credibility (now → with that answer):', look: 'heading' },
    ...q.answers.flatMap((a) => {
      const mine = effects?.filter((e) => e.answer === a.id) ?? [];
      if (mine.length === 0)
        return [{ text: `  ${clean(a.label)}${effects ? ': no effect on a guarantee' : ''}`, indent: 4 }];
      return mine.map((e) => ({
        text: `  ${clean(a.label)}: ${e.guarantee} ${formatScoreMove(e.baseline, e.credibility)} (${formatSignedDelta(e.credibility.point - e.baseline.point)})`,
        indent: 4,
      }));
    }),
    ...sourceListLines(sources),
  ];
}

/** The open questions, the ones that move credibility most first, with the selected one's details. */
export function Unknowns({ rows, cursor, detail, effects, sources, scroll, changed, width, height }: UnknownsProps) {
  const listHeight = detail ? Math.max(4, Math.floor(height / 3)) : height;
  const { start, end } = visibleWindow(rows.length, cursor, listHeight - 1);
  const selected = rows[cursor];
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      <Box flexDirection="column" height={listHeight} overflow="hidden">
        <Text bold wrap="truncate-end">
          {`  ${fit('status', 17)}${fit('swing', 7)}question  `}
          <Position at={cursor} length={rows.length} />
        </Text>
        {rows.length === 0 ? <Text dimColor>no open question matches</Text> : null}
        {rows.slice(start, end).map((r, i) => {
          const isSelected = start + i === cursor;
          return (
            <Text key={r.id} wrap="truncate-end" inverse={isSelected}>
              <Text bold>{isSelected ? '▸ ' : changed.has(r.id) ? '* ' : '  '}</Text>
              {fit(r.status, 17)}
              {fit(r.swing !== undefined ? swingText(r.swing) : '', 7)}
              {fit(r.question, Math.max(10, width - 26))}
            </Text>
          );
        })}
      </Box>
      {detail && selected ? (
        <Pane
          title="Question"
          lines={detailLines(selected, effects, sources)}
          width={width}
          height={height - listHeight}
          scroll={scroll}
        />
      ) : null}
    </Box>
  );
}
