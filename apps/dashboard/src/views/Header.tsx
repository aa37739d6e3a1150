import { Box, Text } from 'ink';
import { VIEW_TITLES, VIEWS, type ViewId } from '../keys.js';
import { paint, type Theme } from './theme.js';

export interface HeaderProps {
  title: string;
  asOf?: string;
  profile?: string;
  view: ViewId;
  /** live: watching and current · stale: the last save is broken · offline: not watching. */
  liveness: 'live' | 'stale' | 'offline';
  theme: Theme;
}

const LIVENESS = {
  live: { mark: '● live', tone: 'green' },
  stale: { mark: '▲ stale', tone: 'vermillion' },
  offline: { mark: '○ snapshot', tone: undefined },
} as const;

/** The dataset, the as-of date, the profile, a live indicator, and the view tabs. */
export function Header({ title, asOf, profile, view, liveness, theme }: HeaderProps) {
  const look = LIVENESS[liveness];
  return (
    <Box flexDirection="column">
      <Box>
        <Box flexGrow={1}>
          <Text bold wrap="truncate-end">
            {title}
            <Text dimColor>{asOf ? `  as of ${asOf}` : ''}</Text>
            <Text dimColor>{profile ? `  profile ${profile}` : ''}</Text>
          </Text>
        </Box>
        <Text color={paint(theme, look.tone)} bold>
          {` ${look.mark}`}
        </Text>
      </Box>
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
