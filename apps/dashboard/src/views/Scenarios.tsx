import { formatScore, formatSignedDelta, type ScoreRange } from '@pledgewatch/core';
import { Box, Text } from 'ink';
import type { Contradiction } from '../rows/scenarios.js';
import { fit } from '../terminal/text.js';
import { RangeBar } from './RangeBar.js';
import { paint, type Theme } from './theme.js';
import { visibleWindow } from './window.js';

export interface ScenarioItem {
  key: string;
  kind: 'scenario' | 'answer';
  label: string;
  on: boolean;
  /** The label of an item that is on and sets something this item sets to another value. */
  contradicts?: string;
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
  /** Pairs of items that are on and contradict each other. */
  contradictions?: Contradiction[];
  problem?: string;
  width: number;
  height: number;
  theme: Theme;
}

/** Scenarios and answers to toggle on the left; credibility recomputed beside the baseline below. */
export function Scenarios(props: ScenariosProps) {
  const { items, cursor, comparison, problem, width, height, theme } = props;
  const warnings = (props.contradictions ?? []).map(
    (c) =>
      `⚠ “${c.first}” contradicts “${c.second}” on ${c.on}: together they describe no possible world, so the numbers below mean neither — turn one off`,
  );
  const warningRows = warnings.reduce((n, w) => n + Math.ceil(w.length / Math.max(1, width)), 0);
  const listHeight = Math.max(3, Math.min(items.length + 1, Math.floor(height / 2) - warningRows));
  const { start, end } = visibleWindow(items.length, cursor, listHeight - 1);
  const anyOn = items.some((i) => i.on);
  const barWidth = Math.max(8, Math.min(24, Math.floor((width - 52) / 2)));
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
              {item.contradicts ? (
                <Text color={paint(theme, 'vermillion')} bold={item.on}>
                  {'⚠ '}
                </Text>
              ) : null}
              {item.label}
              {item.contradicts && !item.on ? <Text dimColor>{` (contradicts “${item.contradicts}”)`}</Text> : null}
            </Text>
          );
        })}
      </Box>
      {warnings.map((w) => (
        <Text key={w} color={paint(theme, 'vermillion')} bold wrap="wrap">
          {w}
        </Text>
      ))}
      <Text bold wrap="truncate-end">
        {anyOn
          ? 'Credibility: baseline → with the toggles on (Δ most likely)'
          : 'Credibility (turn something on to compare)'}
      </Text>
      {problem ? <Text dimColor>{`not computed: ${problem}`}</Text> : null}
      {(comparison ?? []).slice(0, Math.max(0, height - listHeight - 1 - warningRows)).map((line) => (
        <Text key={line.guarantee} wrap="truncate-end">
          {`  ${fit(line.guarantee, 16)}`}
          <RangeBar range={line.baseline} width={barWidth} theme={theme} />
          {` ${fit(formatScore(line.baseline), 12)}→ `}
          <RangeBar range={line.scenario} width={barWidth} theme={theme} />
          {` ${fit(formatScore(line.scenario), 12)}`}
          <Text bold>{fit(formatSignedDelta(line.scenario.point - line.baseline.point), 5)}</Text>
          <Text
            dimColor
          >{` viability ${formatScore(line.viabilityBaseline)} → ${formatScore(line.viabilityScenario)}`}</Text>
        </Text>
      ))}
    </Box>
  );
}
