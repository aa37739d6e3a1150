import type { GuaranteeAssessment, Id } from '@pledgewatch/core';
import { formatScore } from '@pledgewatch/core';
import { Box, Text } from 'ink';
import { TREND_WINDOW_DAYS } from '../live/assessment.js';
import { fit } from '../terminal/text.js';
import { RangeBar } from './RangeBar.js';
import type { Theme } from './theme.js';
import { visibleWindow } from './window.js';

/** How far the point moved over the trend window (since `since`). */
export interface Trend {
  delta: number;
  since: string;
}

/** `↑+11`, `↓−4`, `→ 0`: the direction, then the points. */
export function trendText(trend: Trend | undefined): string {
  if (!trend) return '';
  if (trend.delta > 0) return `↑+${trend.delta}`;
  if (trend.delta < 0) return `↓−${-trend.delta}`;
  return '→ 0';
}

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
export function GuaranteeScores(props: GuaranteeScoresProps) {
  const { lines, selected, width, height, changed, problem, theme } = props;
  const nameWidth = Math.min(width < 100 ? 18 : 28, Math.max(15, ...lines.map((l) => l.name.length + 1)));
  const barWidth = Math.max(8, Math.min(30, width - nameWidth - 34));
  const room = Math.max(1, height - 1 - (problem ? 1 : 0));
  const { start, end } = visibleWindow(lines.length, selected, room);
  const position = `${Math.min(selected, lines.length - 1) + 1}/${lines.length}`;
  return (
    <Box flexDirection="column" height={height} overflow="hidden" flexShrink={0}>
      <Text bold wrap="truncate-end">
        {`  ${fit(`guarantee ${position}`, nameWidth)}${fit('credibility', barWidth + 1)}${fit('low ‹pt› hi', 12)}${fit('viability', 12)}${TREND_WINDOW_DAYS}d`}
      </Text>
      {problem ? <Text dimColor wrap="truncate-end">{`  scores unavailable: ${problem}`}</Text> : null}
      {lines.slice(start, end).map((line, i) => {
        const isSelected = start + i === selected;
        const a = line.assessment;
        return (
          <Text key={line.id} wrap="truncate-end" inverse={isSelected}>
            <Text bold={changed.has(line.id)}>{isSelected ? '▸ ' : changed.has(line.id) ? '* ' : '  '}</Text>
            {fit(line.name, nameWidth)}
            {a ? (
              <>
                <RangeBar range={a.credibility} width={barWidth} theme={theme} />
                {` ${fit(formatScore(a.credibility), 12)}`}
                {fit(formatScore(a.viability), 12)}
                <Text bold={!!line.trend?.delta} dimColor={line.trend?.delta === 0}>
                  {trendText(line.trend)}
                </Text>
              </>
            ) : (
              <Text dimColor>{'not assessed as of this date'}</Text>
            )}
          </Text>
        );
      })}
    </Box>
  );
}
