import { Box, Text } from 'ink';

export const MIN_COLUMNS = 60;
export const MIN_ROWS = 14;

/** What to do when the terminal is too small, in lines short enough to fit in it. */
export function TooSmall({ columns, rows }: { columns: number; rows: number }) {
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">Too small</Text>
      <Text wrap="truncate-end">{`need ${MIN_COLUMNS}x${MIN_ROWS}`}</Text>
      <Text wrap="truncate-end">{`have ${columns}x${rows}`}</Text>
      <Text wrap="truncate-end">q quits</Text>
    </Box>
  );
}
