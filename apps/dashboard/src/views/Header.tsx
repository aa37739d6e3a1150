import { Box, Text } from 'ink';
import { VIEW_TITLES, VIEWS, type ViewId } from '../navigation/keys.js';
import { cut } from '../terminal/text.js';
import { paint, type Theme } from './theme.js';

export interface HeaderProps {
  title: string;
  asOf?: string;
  /** The dataset's own as-of date: an as-of before it is the past, after it the record beyond. */
  cutOff?: string;
  profile?: string;
  view: ViewId;
  /** The data's age when it is past its freshness window, or a projection of old data (shown on its own line). */
  freshness?: string;
  /** live: watching and current · stale: the last save is broken · offline: not watching. */
  liveness: 'live' | 'stale' | 'offline';
  theme: Theme;
}

const LIVENESS = {
  live: { mark: '● live', tone: 'green' },
  stale: { mark: '▲ stale', tone: 'vermillion' },
  offline: { mark: '○ snapshot', tone: undefined },
} as const;

/** A profile id is up to 80 characters; this many keep the header whole at the minimum width. */
const PROFILE_WIDTH = 18;

/**
 * The dataset, the as-of date, the profile, a live indicator, the data's age when it is stale
 * (or the as-of date projects it past its cut-off), and the view tabs. When the
 * line is short the title gives way first: the date, the profile and whether the screen is
 * live are what a reader checks, and they fit down to the 60-column minimum.
 */
export function Header({ title, asOf, cutOff, profile, view, liveness, freshness, theme }: HeaderProps) {
  const look = LIVENESS[liveness];
  const travel =
    asOf && cutOff && asOf < cutOff
      ? `◀ THE PAST: as of ${asOf} — the data runs to ${cutOff} · ] forward, t date`
      : asOf && cutOff && asOf > cutOff
        ? `▶ BEYOND THE CUT-OFF: as of ${asOf} — the dataset's date is ${cutOff} · [ back`
        : undefined;
  const meta = `${asOf ? `  as of ${asOf}` : ''}${profile ? `  profile ${cut(profile, PROFILE_WIDTH)}` : ''}`;
  return (
    <Box flexDirection="column">
      <Box>
        <Box flexShrink={1} minWidth={0}>
          <Text bold wrap="truncate-end">
            {title}
          </Text>
        </Box>
        <Box flexShrink={0}>
          <Text dimColor>{meta}</Text>
        </Box>
        <Box flexGrow={1} />
        <Box flexShrink={0}>
          <Text color={paint(theme, look.tone)} bold>
            {` ${look.mark}`}
          </Text>
        </Box>
      </Box>
      {freshness ? (
        <Text color={paint(theme, 'vermillion')} bold wrap="truncate-end">
          {`▲ ${freshness}`}
        </Text>
      ) : null}
      {travel ? (
        <Text wrap="truncate-end" inverse bold color={paint(theme, 'purple')}>
          {travel}
        </Text>
      ) : null}
      <Text wrap="truncate-end">
        {VIEWS.map((v, i) => (
          <Text key={v} inverse={v === view} bold={v === view}>
            {` ${i + 1} ${VIEW_TITLES[v]} `}
          </Text>
        ))}
      </Text>
    </Box>
  );
}
