import { Text } from 'ink';

/** Where the selection is in a list: "12/35" (nothing for an empty list). */
export function Position({ at, length }: { at: number; length: number }) {
  if (length === 0) return null;
  return <Text dimColor>{`${Math.min(at, length - 1) + 1}/${length}`}</Text>;
}
