import { Box, Text } from 'ink';
import { footerKeys, type PromptKind, type ViewId } from '../navigation/keys.js';

/** The keys that work here, or the filter being typed. */
const PROMPT_WORDS = {
  'as-of': { mark: 'as of (YYYY-MM-DD, empty: the dataset’s date): ', keys: 'enter go · esc cancel' },
  jump: { mark: ':', keys: 'a view (overview, timeline…) or an id · enter go · esc cancel' },
} as const;

export function Footer({
  view,
  filter,
  typingFilter,
  prompt,
}: {
  view: ViewId;
  filter: string;
  typingFilter: boolean;
  prompt?: { kind: PromptKind; text: string };
}) {
  if (prompt) {
    const words = PROMPT_WORDS[prompt.kind];
    return (
      <Text wrap="truncate-end">
        <Text bold>{words.mark}</Text>
        {prompt.text}
        <Text inverse> </Text>
        <Text dimColor>{`  ${words.keys}`}</Text>
      </Text>
    );
  }
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
      {filter ? (
        <Box flexShrink={0}>
          <Text bold>{`filter: ${filter}  `}</Text>
        </Box>
      ) : null}
      <Text dimColor wrap="truncate-end">
        {footerKeys(view).join(' · ')}
      </Text>
    </Box>
  );
}
