import { Box, useApp, useInput, useStdin } from 'ink';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { LiveDataset } from './live/live-dataset.js';
import type { LiveState } from './live/live-state.js';
import { profileIds } from './live/settings.js';
import { actionFor, type ViewId } from './navigation/keys.js';
import { initialUiState, reduceUi } from './navigation/navigation.js';
import { FORM_ROWS, StatusForm } from './record/StatusForm.js';
import { useStatusForm } from './record/use-status-form.js';
import { buildScreenModel } from './rows/screen-model.js';
import { Screen } from './screen.js';
import { useTerminalSize, type WriteBeforeFrame } from './terminal/use-terminal-size.js';
import type { Theme } from './views/theme.js';

export interface AppProps {
  live: LiveDataset;
  theme: Theme;
  initialView?: ViewId;
  /** Size where the output stream has none. */
  fallbackSize?: { columns: number; rows: number };
  /** Shortest gap between two data updates on screen, in ms. */
  throttleMs?: number;
  /** How long changed rows stay marked, in ms. */
  markMs?: number;
  /** Called on a terminal resize, before the new size is rendered, with Ink's write. */
  onResize?: (write: WriteBeforeFrame) => void;
}

/** Live state from the loop, throttled so a burst of saves costs one frame, not one per save. */
function useLiveState(live: LiveDataset, throttleMs: number): LiveState {
  const [state, setState] = useState(live.getState);
  const last = useRef(0);
  useEffect(() => {
    let timer: NodeJS.Timeout | undefined;
    const unsubscribe = live.subscribe(() => {
      const wait = last.current + throttleMs - Date.now();
      if (timer) return;
      const flush = () => {
        timer = undefined;
        last.current = Date.now();
        setState(live.getState());
      };
      if (wait <= 0) flush();
      else timer = setTimeout(flush, wait);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [live, throttleMs]);
  return state;
}

/** Drops the "changed" marks after a moment, so a mark means "just now". */
function useFadingMarks(state: LiveState, markMs: number): LiveState {
  const [, setTick] = useState(0);
  const age = Date.now() - state.changedAt;
  useEffect(() => {
    if (state.changed.size === 0 || age >= markMs) return;
    const timer = setTimeout(() => setTick((t) => t + 1), markMs - age + 5);
    return () => clearTimeout(timer);
  }, [state, age, markMs]);
  return age >= markMs && state.changed.size > 0 ? { ...state, changed: new Set() } : state;
}

/** The interactive dashboard: the live state, the keys, the screen. */
export function App({ live, theme, initialView, fallbackSize, throttleMs = 80, markMs = 4000, onResize }: AppProps) {
  const { exit } = useApp();
  const { isRawModeSupported } = useStdin();
  const size = useTerminalSize(fallbackSize ?? { columns: 100, rows: 30 }, onResize);
  const state = useFadingMarks(useLiveState(live, throttleMs), markMs);
  const [ui, setUi] = useState(() => initialUiState(initialView));
  const model = useMemo(() => buildScreenModel(state, ui), [state, ui]);
  // Keys can arrive faster than frames (a paste, a fast typist): each one must see the
  // state the previous one left, not the state of the last render.
  const current = useRef({ ui, list: model.list });
  current.current.list = model.list;
  const recording = useStatusForm(live, state);

  useInput(
    (input, key) => {
      if (recording.isOpen()) return recording.key(input, key);
      const action = actionFor(input, key, current.current.ui.typingFilter);
      if (!action) return;
      if (action.type === 'quit') {
        exit();
        return;
      }
      if (action.type === 'profile') {
        const data = state.data;
        if (!data) return;
        const ids = profileIds(data.dataset);
        const next = ids[(ids.indexOf(data.profile) + 1) % ids.length];
        live.setSettings({ ...live.getSettings(), profile: next });
        return;
      }
      if (action.type === 'record') {
        // The rows as the keys so far left them (a fast typist is ahead of the last frame).
        const now = current.current.ui;
        const rows = now.view === 'commitments' ? buildScreenModel(state, now).commitments : undefined;
        const row = rows?.[now.cursor.commitments];
        if (row) recording.open(row.id);
        return;
      }
      const next = reduceUi(current.current.ui, action, current.current.list);
      current.current.ui = next;
      setUi(next);
    },
    { isActive: isRawModeSupported === true },
  );

  if (recording.form) {
    // The form takes the bottom rows; the screen above it keeps showing the live data.
    return (
      <Box flexDirection="column">
        <Screen
          live={state}
          ui={ui}
          model={model}
          size={{ ...size, rows: size.rows - FORM_ROWS }}
          theme={theme}
          watching
        />
        <StatusForm form={recording.form} sources={recording.sources} width={size.columns} />
      </Box>
    );
  }
  return <Screen live={state} ui={ui} model={model} size={size} theme={theme} watching />;
}
