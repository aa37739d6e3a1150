import { Box, Text } from 'ink';
import type { LiveState } from './live/live-state.js';
import type { UiState } from './navigation/navigation.js';
import { COMMITMENT_SORTS } from './rows/commitments.js';
import { namesOf } from './rows/names.js';
import type { ScreenModel } from './rows/screen-model.js';
import { clean } from './terminal/text.js';
import type { TerminalSize } from './terminal/use-terminal-size.js';
import { Banner } from './views/Banner.js';
import { CommitmentDetail } from './views/CommitmentDetail.js';
import { Commitments } from './views/Commitments.js';
import { Diagnostics } from './views/Diagnostics.js';
import { Footer } from './views/Footer.js';
import { Header } from './views/Header.js';
import { Help } from './views/Help.js';
import { Overview } from './views/Overview.js';
import { Scenarios } from './views/Scenarios.js';
import { Timeline } from './views/Timeline.js';
import { MIN_COLUMNS, MIN_ROWS, TooSmall } from './views/TooSmall.js';
import type { Theme } from './views/theme.js';
import { Unknowns } from './views/Unknowns.js';
import { Why } from './views/Why.js';

export interface ScreenProps {
  live: LiveState;
  ui: UiState;
  model: ScreenModel;
  size: TerminalSize;
  theme: Theme;
  /** Whether the folder is being watched (false for a one-off frame). */
  watching: boolean;
  /** What the last key that reached outside did ("opened …", "copied …"), shown on the bottom line. */
  notice?: string;
}

function Body({ live, ui, model, width, height, theme }: ScreenProps & { width: number; height: number }) {
  const data = live.data;
  if (ui.view === 'diagnostics')
    return <Diagnostics rows={model.diagnostics ?? []} cursor={ui.cursor.diagnostics} height={height} theme={theme} />;
  if (!data) return <Text>{live.broken ? 'The dataset has errors: press 6 to see them.' : 'Loading…'}</Text>;
  const cursor = Math.min(ui.cursor[ui.view], Math.max(0, model.list.length - 1));
  switch (ui.view) {
    case 'overview': {
      const selected = model.guarantees[cursor];
      if (ui.detail && model.explanation && selected)
        return (
          <Why
            explanation={model.explanation}
            title={`${model.coalition?.name ?? selected.name} — esc back, e edit, ctrl-d/u scroll`}
            width={width}
            height={height}
            scroll={ui.scroll}
          />
        );
      return (
        <Overview
          guarantees={model.guarantees}
          selected={cursor}
          matrix={model.matrix ?? { capabilities: [], rows: [] }}
          unknowns={model.questions}
          feed={live.feed}
          changed={live.changed}
          scoreProblem={data.assessmentProblem}
          coalition={model.coalition}
          width={width}
          height={height}
          theme={theme}
        />
      );
    }
    case 'commitments': {
      const rows = model.commitments ?? [];
      const detailHeight = ui.detail ? Math.max(8, Math.floor(height / 2)) : 0;
      const selected = rows[cursor];
      return (
        <Box flexDirection="column" height={height}>
          <Commitments
            rows={rows}
            total={data.snapshot.commitments.length}
            cursor={cursor}
            sort={COMMITMENT_SORTS[ui.sort % COMMITMENT_SORTS.length]!}
            changed={live.changed}
            width={width}
            height={height - detailHeight}
            theme={theme}
          />
          {ui.detail && selected ? (
            <CommitmentDetail
              state={selected.state}
              names={namesOf(data.dataset)}
              share={model.share}
              assessed={Boolean(data.assessment)}
              sources={model.selection?.sources ?? []}
              width={width}
              height={detailHeight}
              scroll={ui.scroll}
            />
          ) : null}
        </Box>
      );
    }
    case 'unknowns':
      return (
        <Unknowns
          rows={model.questions}
          cursor={cursor}
          detail={ui.detail}
          effects={model.effects}
          sources={model.selection?.sources ?? []}
          scroll={ui.scroll}
          changed={live.changed}
          width={width}
          height={height}
        />
      );
    case 'timeline':
      return (
        <Timeline
          rows={model.timeline ?? []}
          cursor={cursor}
          changed={live.changed}
          width={width}
          height={height}
          detail={ui.detail}
          effects={model.changeEffects}
          sources={model.selection?.sources ?? []}
          scroll={ui.scroll}
        />
      );
    case 'scenarios':
      return (
        <Scenarios
          items={model.scenarioItems ?? []}
          cursor={cursor}
          comparison={model.comparison?.comparison}
          contradictions={model.contradictions}
          problem={model.comparison?.problem}
          width={width}
          height={height}
          theme={theme}
        />
      );
  }
}

/**
 * The whole screen, from props only. Its height is rows − 1: a frame as tall as the
 * terminal makes Ink 6 clear the whole screen on every update (flicker, lost scrollback).
 */
export function Screen(props: ScreenProps) {
  const { live, ui, size, theme, watching, notice } = props;
  if (size.columns < MIN_COLUMNS || size.rows < MIN_ROWS) return <TooSmall columns={size.columns} rows={size.rows} />;
  const height = size.rows - 1;
  const width = size.columns;
  const broken = live.broken && live.diagnostics.some((d) => d.severity === 'error');
  const data = live.data;
  const freshness = data?.freshness?.headline;
  const travelling = Boolean(data && data.asOf !== data.dataset.manifest.asOf);
  const bodyHeight =
    height - 2 - 1 - 1 - (broken ? 1 : 0) - (live.watchProblem ? 1 : 0) - (freshness ? 1 : 0) - (travelling ? 1 : 0);
  const latest = live.feed[0];
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Header
        title={clean(data?.dataset.manifest.title ?? live.folder)}
        asOf={data?.asOf}
        cutOff={data?.dataset.manifest.asOf}
        profile={data?.profile}
        view={ui.view}
        liveness={!watching ? 'offline' : broken || live.watchProblem ? 'stale' : 'live'}
        {...(freshness ? { freshness: clean(freshness) } : {})}
        theme={theme}
      />
      {broken ? <Banner diagnostics={live.diagnostics} hasData={Boolean(data)} theme={theme} /> : null}
      {live.watchProblem ? <Text bold wrap="truncate-end">{`▲ ${clean(live.watchProblem)}`}</Text> : null}
      <Box height={bodyHeight} flexDirection="column" overflow="hidden">
        {ui.help ? (
          <Help width={width} height={bodyHeight} scroll={ui.scroll} />
        ) : (
          <Body {...props} width={width} height={bodyHeight} />
        )}
      </Box>
      <Text wrap="truncate-end" bold={Boolean(latest || notice)} dimColor={!latest && !notice}>
        {notice
          ? clean(notice)
          : latest
            ? `${latest.at} ${latest.text}`
            : watching
              ? 'watching for changes…'
              : 'one frame: not watching (run in a terminal for the live view)'}
      </Text>
      <Footer view={ui.view} filter={ui.filter} typingFilter={ui.typingFilter} prompt={ui.prompt} />
    </Box>
  );
}
