import {
  type Assessment,
  type CommitmentState,
  capabilityLabel,
  citedSources,
  formatScale,
  formatScoreRange,
  type RuleFiring,
} from '@pledgewatch/core';
import { Box, Text } from 'ink';
import type { Names } from '../rows/names.js';
import { clean } from '../terminal/text.js';
import { StatusMark } from './StatusMark.js';
import type { Theme } from './theme.js';

export interface CommitmentDetailProps {
  state: CommitmentState;
  names: Names;
  assessment?: Assessment;
  height: number;
  theme: Theme;
}

/** The rules that fired for one commitment, from every guarantee's factors. */
export function firingsFor(assessment: Assessment | undefined, commitment: string): RuleFiring[] {
  if (!assessment) return [];
  const out: RuleFiring[] = [];
  for (const g of assessment.guarantees) {
    for (const f of g.factors) for (const r of f.reasons) if (r.subject?.commitment === commitment) out.push(r);
    for (const r of g.viabilityReasons) if (r.subject?.commitment === commitment) out.push(r);
  }
  return out;
}

/** One commitment in full: history with sources and grades, conditions, scale, the rules that fired. */
export function CommitmentDetail({ state, names, assessment, height, theme }: CommitmentDetailProps) {
  const c = state.commitment;
  const sources = (entry: { source?: string; sources?: string[] }) =>
    citedSources(entry)
      .map((id) => names.source(id))
      .join('; ');
  const location = c.location === undefined ? 'not stated' : c.location;
  const lines: { key: string; node: React.ReactNode }[] = [
    {
      key: 'title',
      node: (
        <Text bold>
          {`${names.actor(c.guarantor)} · ${capabilityLabel(c.capability)} · ${names.guarantee(c.guarantee)}  `}
          <StatusMark status={state.status} theme={theme} word />
        </Text>
      ),
    },
    { key: 'desc', node: <Text>{clean(c.description) || '(no description)'}</Text> },
    { key: 'scale', node: <Text>{`scale: ${formatScale(c.scale)} · location: ${clean(location)} · id ${c.id}`}</Text> },
    { key: 'h', node: <Text bold>History</Text> },
    ...c.history.map((h, i) => ({
      key: `h${i}`,
      node: (
        <Text>
          {`  ${h.date} `}
          <StatusMark status={h.status} theme={theme} word />
          {i > 0 && c.history[i - 1]!.status === h.status ? <Text dimColor> (reconfirmed)</Text> : null}
          <Text dimColor>{`  ${sources(h)}${h.note ? ` — ${clean(h.note)}` : ''}`}</Text>
        </Text>
      ),
    })),
    { key: 'c', node: <Text bold>{`Conditions${c.conditions?.length ? '' : ': none stated'}`}</Text> },
    ...(c.conditions ?? []).map((cond) => ({
      key: `c${cond.id}`,
      node: (
        <Text>
          {`  [${cond.status === 'met' ? '✓' : cond.status === 'unmet' ? '✗' : '?'}] ${cond.kind}: ${clean(cond.description)}`}
          <Text dimColor>{`  ${sources(cond)}`}</Text>
        </Text>
      ),
    })),
  ];
  const firings = firingsFor(assessment, c.id);
  lines.push({
    key: 'r',
    node: <Text bold>{`Rules that fired${assessment ? (firings.length ? '' : ': none') : ': not assessed'}`}</Text>,
  });
  for (const r of firings)
    lines.push({
      key: `r${r.rule}`,
      node: (
        <Text>
          {`  ${clean(r.title)} (${r.factor}, ${formatScoreRange(r.effect)}): ${clean(r.explanation)}`}
          <Text dimColor>{` — ${r.citations.map((x) => clean(x.key)).join('; ')}`}</Text>
        </Text>
      ),
    });
  return (
    <Box flexDirection="column" height={height} overflow="hidden" borderStyle="single" paddingX={1}>
      {lines.slice(0, Math.max(0, height - 2)).map((l) => (
        <Box key={l.key}>
          <Text wrap="truncate-end">{l.node}</Text>
        </Box>
      ))}
    </Box>
  );
}
