import type { CommitmentStatus } from '@pledgewatch/core';
import { Text } from 'ink';
import { paint, STATUS_LOOK, type Theme } from './theme.js';

/** A commitment status as its symbol (and colour), with the word when `word` is set. */
export function StatusMark({ status, theme, word }: { status?: CommitmentStatus; theme: Theme; word?: boolean }) {
  if (!status) return <Text>{word ? '  not yet' : ' '}</Text>;
  const look = STATUS_LOOK[status];
  return (
    <Text color={paint(theme, look.tone)} bold={status === 'deployed' || status === 'deploying'}>
      {word ? `${look.symbol} ${status}` : look.symbol}
    </Text>
  );
}

/** The symbols' meanings, in one line. */
export function StatusLegend({ theme }: { theme: Theme }) {
  return (
    <Text wrap="truncate-end">
      {(Object.keys(STATUS_LOOK) as CommitmentStatus[]).map((s) => (
        <Text key={s}>
          <StatusMark status={s} theme={theme} />
          <Text dimColor>{` ${s}  `}</Text>
        </Text>
      ))}
    </Text>
  );
}
