import { Box, Text } from 'ink';
import { KEYMAP } from '../navigation/keys.js';

/** Every key, from the one keymap. */
export function Help({ width }: { width: number }) {
  const keyWidth = Math.max(...KEYMAP.map((b) => b.keys.length)) + 2;
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1} width={Math.min(width, 76)}>
      <Text bold>Keys</Text>
      {KEYMAP.map((b) => (
        <Text key={b.keys} wrap="truncate-end">
          <Text bold>{b.keys.padEnd(keyWidth)}</Text>
          {b.does}
        </Text>
      ))}
      <Text dimColor wrap="truncate-end">
        While typing a filter every key is text except enter, esc, backspace, arrows, ctrl-c.
      </Text>
      <Text dimColor wrap="truncate-end">
        Δ16 beside a question: its answers move credibility across 16 points (highest − lowest).
      </Text>
      <Text dimColor>esc or ? closes this help</Text>
    </Box>
  );
}
