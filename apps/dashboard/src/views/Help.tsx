import { Box, Text } from 'ink';
import { KEYMAP } from '../navigation/keys.js';
import { wrapText } from '../terminal/text.js';

/** Every key, from the one keymap. */
export function Help({ width, height, scroll }: { width: number; height: number; scroll: number }) {
  const keyWidth = Math.max(...KEYMAP.map((b) => b.keys.length)) + 2;
  const inner = Math.max(20, Math.min(width, 120) - 4);
  const rows = KEYMAP.flatMap((b) =>
    wrapText(b.does, inner - keyWidth).map((line, i) => ({ key: `${b.keys}${i}`, keys: i === 0 ? b.keys : '', line })),
  );
  const room = Math.max(1, height - 6);
  const top = Math.max(0, Math.min(scroll, rows.length - room));
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1} width={Math.min(width, 120)}>
      <Text
        bold
      >{`Keys${rows.length > room ? ` (ctrl-d/u scroll: ${top + 1}–${Math.min(rows.length, top + room)} of ${rows.length})` : ''}`}</Text>
      {rows.slice(top, top + room).map((r) => (
        <Text key={r.key} wrap="truncate-end">
          <Text bold>{r.keys.padEnd(keyWidth)}</Text>
          {r.line}
        </Text>
      ))}
      <Text dimColor wrap="truncate-end">
        While typing a filter every key is text except enter, esc, backspace, arrows, ctrl-c.
      </Text>
      <Text dimColor wrap="truncate-end">
        Scores read low ‹most likely› high on 0–100. Δ16: a question's answers move credibility 16 points.
      </Text>
      <Text dimColor>esc or ? closes this help</Text>
    </Box>
  );
}
