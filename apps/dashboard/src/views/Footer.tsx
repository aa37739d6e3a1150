import { Box, Text } from 'ink';
import { footerKeys, type ViewId } from '../navigation/keys.js';

/** The keys that work here, or the filter being typed. */
export function Footer({ view, filter, typingFilter }: { view: ViewId; filter: string; typingFilter: boolean }) {
  if (typingFilter) {
    return (
      <Text wrap="truncate-end">
        <Text bold>/</Text>
        {filter}
        <Text inverse> </Text>
        <Text dimColor> enter keep · esc drop</Text>
      </Text>
    );
  }
  return (
    <Box>
      {filter ? <Text bold>{`filter: ${filter}  `}</Text> : null}
      <Text dimColor wrap="truncate-end">
        {footerKeys(view).join(' · ')}
      </Text>
    </Box>
  );
}
