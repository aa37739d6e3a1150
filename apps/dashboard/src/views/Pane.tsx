import { Box, Text } from 'ink';
import { wrapText } from '../terminal/text.js';

/** One logical line of a detail pane: wrapped to the pane's width, with an optional look. */
export interface PaneLine {
  text: string;
  look?: 'heading' | 'dim' | 'plain';
  /** Continuation lines start this far in. */
  indent?: number;
}

/**
 * A scrolling pane of wrapped text, for details: it never cuts a line (it wraps), keeps its
 * height as the cursor moves (no jumping), and says where you are ("lines 1–18 of 40").
 */
export function Pane({
  title,
  lines,
  width,
  height,
  scroll,
}: {
  title: string;
  lines: PaneLine[];
  width: number;
  height: number;
  scroll: number;
}) {
  const inner = Math.max(10, width - 4);
  const rows = lines.flatMap((l) =>
    wrapText(l.text, inner, ' '.repeat(l.indent ?? 0)).map((text) => ({ text, look: l.look ?? 'plain' })),
  );
  const room = Math.max(1, height - 3);
  const top = Math.max(0, Math.min(scroll, rows.length - room));
  const shown = rows.slice(top, top + room);
  const where =
    rows.length > room ? ` · lines ${top + 1}–${top + shown.length} of ${rows.length} (ctrl-d/u, wheel)` : '';
  return (
    <Box flexDirection="column" borderStyle="single" paddingX={1} height={height} overflow="hidden" flexShrink={0}>
      <Text bold wrap="truncate-end">
        {title}
        <Text dimColor>{where}</Text>
      </Text>
      {shown.map((r, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: wrapped lines have no identity beyond their place
        <Text key={i} wrap="truncate-end" bold={r.look === 'heading'} dimColor={r.look === 'dim'}>
          {r.text}
        </Text>
      ))}
    </Box>
  );
}
