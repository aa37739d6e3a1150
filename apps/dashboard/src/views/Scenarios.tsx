import { formatScoreRange, formatSignedDelta, type ScoreRange } from '@pledgewatch/core';
import { Box, Text } from 'ink';
import { fit } from '../terminal/text.js';
import { RangeBar } from './RangeBar.js';
import type { Theme } from './theme.js';
import { visibleWindow } from './window.js';

export interface ScenarioItem {
  key: string;
  kind: 'scenario' | 'answer';
  label: string;
  on: boolean;
}

/** One guarantee's credibility with the toggles applied, beside the baseline. */
export interface ScenarioComparisonLine {
  guarantee: string;
  baseline: ScoreRange;
  scenario: ScoreRange;
  viabilityBaseline: ScoreRange;
  viabilityScenario: ScoreRange;
}

export interface ScenariosProps {
  items: ScenarioItem[];
  cursor: number;
  comparison?: ScenarioComparisonLine[];
  problem?: string;
  width: number;
  height: number;
  theme: Theme;
}

/** Scenarios and answers to toggle on the left; credibility recomputed beside the baseline below. */
export function Scenarios({ items, cursor, comparison, problem, width, height, theme }: ScenariosProps) {
  const listHeight = Math.max(3, Math.min(items.length + 1, Math.floor(height / 2)));
  const { start, end } = visibleWindow(items.length, cursor, listHeight - 1);
  const anyOn = items.some((i) => i.on);
  const barWidth = Math.max(10, Math.min(24, Math.floor((width - 40) / 2)));
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      <Box flexDirection="column" height={listHeight} overflow="hidden">
        <Text bold>{'  on   scenario or answer (space toggles)'}</Text>
        {items.length === 0 ? <Text dimColor>the dataset has no scenarios or open questions</Text> : null}
        {items.slice(start, end).map((item, i) => {
          const isSelected = start + i === cursor;
          return (
            <Text key={item.key} wrap="truncate-end" inverse={isSelected}>
              <Text bold>{isSelected ? '▸ ' : '  '}</Text>
              <Text bold={item.on}>{item.on ? '[x] ' : '[ ] '}</Text>
              <Text dimColor>{item.kind === 'scenario' ? 'scenario ' : 'answer   '}</Text>
              {item.label}
            </Text>
          );
        })}
      </Box>
      <Text bold wrap="truncate-end">
        {anyOn
          ? 'Credibility: baseline → with the toggles on (Δ most likely)'
          : 'Credibility (turn something on to compare)'}
      </Text>
      {problem ? <Text dimColor>{`not computed: ${problem}`}</Text> : null}
      {(comparison ?? []).slice(0, Math.max(0, height - listHeight - 1)).map((line) => (
        <Text key={line.guarantee} wrap="truncate-end">
          {`  ${fit(line.guarantee, 16)}`}
          <RangeBar range={line.baseline} width={barWidth} theme={theme} />
          {` ${fit(formatScoreRange(line.baseline), 7)}→ `}
          <RangeBar range={line.scenario} width={barWidth} theme={theme} />
          {` ${fit(formatScoreRange(line.scenario), 7)}`}
          <Text bold>{fit(formatSignedDelta(line.scenario.point - line.baseline.point), 5)}</Text>
          <Text
            dimColor
          >{` viability ${formatScoreRange(line.viabilityBaseline)} → ${formatScoreRange(line.viabilityScenario)}`}</Text>
        </Text>
      ))}
    </Box>
  );
}
