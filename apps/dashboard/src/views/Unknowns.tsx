import type { Id } from '@pledgewatch/core';
import { formatScoreRange, type ScoreRange } from '@pledgewatch/core';
import { Box, Text } from 'ink';
import { type QuestionRow, swingText } from '../rows/questions.js';
import { clean, fit } from '../terminal/text.js';
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
  changed: ReadonlySet<Id>;
  width: number;
  height: number;
}

function QuestionDetail({ row, effects, height }: { row: QuestionRow; effects?: AnswerEffect[]; height: number }) {
  const q = row.state.question;
  const lines: string[] = [
    `why: ${clean(q.why)}`,
    `status: ${row.status}${row.state.answer ? ` (answer: ${row.state.answer})` : ''}${row.state.since ? ` since ${row.state.since.date}` : ''}`,
    'indicators:',
    ...(q.indicators?.length ? q.indicators.map((i) => `  · ${clean(i)}`) : ['  none listed']),
    'answers and what each would do to credibility:',
    ...q.answers.flatMap((a) => {
      const mine = effects?.filter((e) => e.answer === a.id) ?? [];
      if (mine.length === 0) return [`  ${clean(a.label)}${effects ? ': no effect on a guarantee' : ''}`];
      return mine.map(
        (e) =>
          `  ${clean(a.label)}: ${e.guarantee} ${formatScoreRange(e.baseline)} → ${formatScoreRange(e.credibility)} (${Math.round(e.credibility.point - e.baseline.point) >= 0 ? '+' : ''}${Math.round(e.credibility.point - e.baseline.point)})`,
      );
    }),
  ];
  return (
    <Box flexDirection="column" borderStyle="single" paddingX={1} height={height} overflow="hidden">
      <Text bold wrap="truncate-end">
        {row.question}
      </Text>
      {lines.slice(0, Math.max(0, height - 3)).map((l, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the lines are a fixed layout; the index is their identity
        <Text key={i} wrap="truncate-end">
          {l}
        </Text>
      ))}
    </Box>
  );
}

/** The open questions, the ones that move credibility most first, with the selected one's details. */
export function Unknowns({ rows, cursor, detail, effects, changed, width, height }: UnknownsProps) {
  const listHeight = detail ? Math.max(3, Math.floor(height / 3)) : height;
  const { start, end } = visibleWindow(rows.length, cursor, listHeight - 1);
  const selected = rows[cursor];
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      <Box flexDirection="column" height={listHeight} overflow="hidden">
        <Text bold wrap="truncate-end">{`  ${fit('status', 17)}${fit('swing', 7)}question`}</Text>
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
      {detail && selected ? <QuestionDetail row={selected} effects={effects} height={height - listHeight} /> : null}
    </Box>
  );
}
