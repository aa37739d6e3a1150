import type { Id } from '@pledgewatch/core';
import { Box, Text } from 'ink';
import { TREND_WINDOW_DAYS } from '../live/assessment.js';
import type { FeedLine } from '../live/live-state.js';
import type { MatrixRows } from '../rows/coalition-matrix.js';
import { type QuestionRow, swingText } from '../rows/questions.js';
import { cut } from '../terminal/text.js';
import { CoalitionMatrix } from './CoalitionMatrix.js';
import { type GuaranteeLine, GuaranteeScores } from './GuaranteeScores.js';
import { StatusLegend } from './StatusMark.js';
import type { Theme } from './theme.js';

export interface OverviewProps {
  guarantees: GuaranteeLine[];
  selected: number;
  matrix: MatrixRows;
  unknowns: QuestionRow[];
  feed: FeedLine[];
  changed: ReadonlySet<Id>;
  scoreProblem?: string;
  /** The selected guarantee's full name and the adversary's latest stance on it. */
  coalition?: { name: string; adversary?: string };
  width: number;
  height: number;
  theme: Theme;
}

/** What the numbers mean, in one line that fits the width. */
export function ScoreKey({ width }: { width: number }) {
  const long = `Key: scores 0–100 as low ‹most likely› high · credibility: would it deter · viability: can it be put in place at all · ${TREND_WINDOW_DAYS}d: how far the point moved in the ${TREND_WINDOW_DAYS} days to the as-of date · Δ: how far a question’s answers move a score`;
  const short = `Key: 0–100 low ‹likely› high · viability: doable? · ${TREND_WINDOW_DAYS}d: ${TREND_WINDOW_DAYS}-day move · Δ swing`;
  return (
    <Text dimColor wrap="truncate-end">
      {width >= long.length ? long : short}
    </Text>
  );
}

/** Scores, the selected guarantee's coalition matrix, the unknowns that matter most, the latest changes. */
export function Overview(props: OverviewProps) {
  const { guarantees, selected, matrix, unknowns, feed, changed, width, height, theme } = props;
  const scoreHeight = Math.min(
    guarantees.length + 1 + (props.scoreProblem ? 1 : 0),
    Math.max(4, Math.floor(height / 3)),
  );
  // The matrix takes what it needs; the unknowns and the latest changes get the rest.
  const matrixHeight = Math.max(2, Math.min(matrix.rows.length + 1, height - scoreHeight - 8));
  const bottomHeight = Math.max(2, height - scoreHeight - matrixHeight - 5);
  const name = props.coalition?.name ?? guarantees[selected]?.name ?? '';
  const half = Math.floor((width - 1) / 2);
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      <GuaranteeScores
        lines={guarantees}
        selected={selected}
        width={width}
        height={scoreHeight}
        changed={changed}
        problem={props.scoreProblem}
        theme={theme}
      />
      <ScoreKey width={width} />
      <Text wrap="truncate-end">
        <Text bold>{`Coalition: ${name}`}</Text>
        <Text dimColor>{'  (enter: why it scores this)'}</Text>
      </Text>
      <Text wrap="truncate-end">{props.coalition?.adversary ?? ''}</Text>
      <CoalitionMatrix matrix={matrix} width={width} height={matrixHeight} changed={changed} theme={theme} />
      <StatusLegend theme={theme} />
      <Box height={bottomHeight} overflow="hidden">
        <Box flexDirection="column" width={half}>
          <Text bold>Unknowns that move the score most</Text>
          {unknowns.slice(0, bottomHeight - 1).map((q) => (
            <Text key={q.id} wrap="truncate-end">
              {q.swing !== undefined ? `${swingText(q.swing)} ` : '· '}
              {cut(q.question, half - 6)}
            </Text>
          ))}
          {unknowns.length === 0 ? <Text dimColor>no open questions</Text> : null}
        </Box>
        <Box flexDirection="column" width={width - half}>
          <Text bold>Latest changes</Text>
          {feed.slice(0, bottomHeight - 1).map((f, i) => (
            <Text key={f.load} wrap="truncate-end" bold={i === 0}>
              {`${f.at} ${f.text}`}
            </Text>
          ))}
          {feed.length === 0 ? <Text dimColor>none since the dashboard opened</Text> : null}
        </Box>
      </Box>
    </Box>
  );
}
