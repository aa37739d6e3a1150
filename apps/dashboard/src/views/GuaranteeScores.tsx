import type { GuaranteeAssessment, Id } from '@pledgewatch/core';
import { formatScoreRange } from '@pledgewatch/core';
import { Box, Text } from 'ink';
import { fit } from '../terminal/text.js';
import { RangeBar } from './RangeBar.js';
import type { Theme } from './theme.js';

export type Trend = 'up' | 'down' | 'flat';
const TREND_MARK: Record<Trend, string> = { up: '↑', down: '↓', flat: '→' };

export interface GuaranteeLine {
  id: Id;
  name: string;
  assessment?: GuaranteeAssessment;
  trend?: Trend;
}

export interface GuaranteeScoresProps {
  lines: GuaranteeLine[];
  selected: number;
  width: number;
  height: number;
  changed: ReadonlySet<Id>;
  /** Shown instead of scores when there is no assessment. */
  problem?: string;
  theme: Theme;
}

/** Each guarantee: credibility as a low–point–high bar, viability beside it, and the trend. */
export function GuaranteeScores({ lines, selected, width, height, changed, problem, theme }: GuaranteeScoresProps) {
  const nameWidth = Math.min(28, Math.max(10, ...lines.map((l) => l.name.length + 1)));
  const barWidth = Math.max(10, Math.min(30, width - nameWidth - 34));
  const start = Math.max(0, Math.min(selected - Math.floor(height / 2), lines.length - height));
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate-end">
        {`  ${fit('guarantee', nameWidth)}${fit('credibility (low–high, ● likely)', barWidth + 8)} viability  trend`}
      </Text>
      {problem ? <Text dimColor wrap="truncate-end">{`  scores unavailable: ${problem}`}</Text> : null}
      {lines.slice(start, start + Math.max(0, height - 1)).map((line, i) => {
        const isSelected = start + i === selected;
        const a = line.assessment;
        return (
          <Text key={line.id} wrap="truncate-end" inverse={isSelected}>
            <Text bold={changed.has(line.id)}>{isSelected ? '▸ ' : changed.has(line.id) ? '* ' : '  '}</Text>
            {fit(line.name, nameWidth)}
            {a ? (
              <>
                <RangeBar range={a.credibility} width={barWidth} theme={theme} />
                {` ${fit(formatScoreRange(a.credibility), 7)}`}
                {fit(formatScoreRange(a.viability), 10)}
                {line.trend ? ` ${TREND_MARK[line.trend]}` : '  '}
              </>
            ) : (
              <Text dimColor>{'not assessed'}</Text>
            )}
          </Text>
        );
      })}
    </Box>
  );
}
