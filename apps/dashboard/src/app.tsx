import { type IsoDate, parseIsoDate, stepAsOf } from '@pledgewatch/core';
import { Box, type Key, useApp, useInput, useStdin } from 'ink';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LiveDataset } from './live/live-dataset.js';
import type { LiveState } from './live/live-state.js';
import { profileIds } from './live/settings.js';
import { type Action, actionFor, VIEWS, type ViewId } from './navigation/keys.js';
import { reduceUi, type UiState } from './navigation/navigation.js';
import { FORM_ROWS, StatusForm } from './record/StatusForm.js';
import { useStatusForm } from './record/use-status-form.js';
import { buildScreenModel, openingUiState, type ScreenModel } from './rows/screen-model.js';
import { citationText } from './rows/selection.js';
import { Screen } from './screen.js';
import type { Outside } from './terminal/outside.js';
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
  /** The keys that reach outside (e, o, y); absent where there is no terminal to hand over. */
  outside?: Outside;
}

/**
 * A burst of plain keys read at once ("jjjjj" from a fast typist, a key held down, a paste,
 * "e" with the enter after it) arrives as one string: each character is its own key press.
 * Escape sequences (arrows, the mouse) are single presses and pass through whole.
 */
export function keyPresses(input: string, key: Key): { input: string; key: Key }[] {
  const chars = [...input];
  if (chars.length <= 1 || key.ctrl || input.startsWith('[') || input.startsWith('\u001b')) return [{ input, key }];
  const plain: Key = {
    ...key,
    return: false,
    backspace: false,
    delete: false,
    tab: false,
    escape: false,
    meta: false,
    shift: false,
  };
  return chars.map((c) => {
    if (c === '\r' || c === '\n') return { input: '', key: { ...plain, return: true } };
    if (c === '\u007f' || c === '\b') return { input: '', key: { ...plain, backspace: true } };
    if (c === '\t') return { input: '', key: { ...plain, tab: true } };
    return { input: c, key: { ...plain, shift: /[A-Z]/.test(c) } };
  });
}

/** Where a `:` jump goes: a view by name or number, else an entity by id or name. */
function jumpTarget(text: string, model: ScreenModel, live: LiveState): { view: ViewId; index?: number } | undefined {
  const word = text.trim().toLowerCase();
  if (!word) return undefined;
  const view = VIEWS.find((v) => v.startsWith(word));
  if (view) return { view };
  const data = live.data;
  if (!data) return undefined;
  const g = model.guarantees.length ? model.guarantees : [];
  const gi = data.dataset.guarantees.findIndex(
    (x) => x.id.toLowerCase() === word || x.shortName?.toLowerCase() === word || x.name.toLowerCase().includes(word),
  );
  if (gi >= 0 && g) return { view: 'overview', index: gi };
  if (data.dataset.commitments.some((c) => c.id.toLowerCase() === word)) return { view: 'commitments' };
  if (data.dataset.questions.some((q) => q.id.toLowerCase() === word)) return { view: 'unknowns' };
  return undefined;
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
export function App({
  live,
  theme,
  initialView,
  fallbackSize,
  throttleMs = 80,
  markMs = 4000,
  onResize,
  outside,
}: AppProps) {
  const { exit } = useApp();
  const { isRawModeSupported } = useStdin();
  const size = useTerminalSize(fallbackSize ?? { columns: 100, rows: 30 }, onResize);
  const state = useFadingMarks(useLiveState(live, throttleMs), markMs);
  const [ui, setUi] = useState(() => openingUiState(live.getState(), initialView));
  const [notice, setNotice] = useState<string | undefined>();
  const model = useMemo(() => buildScreenModel(state, ui), [state, ui]);
  // Keys can arrive faster than frames (a paste, a fast typist): each one must see the
  // state the previous one left, not the state of the last render.
  const current = useRef({ ui, list: model.list, model });
  current.current.list = model.list;
  current.current.model = model;
  const recording = useStatusForm(live, state);
  const currentRecording = useRef(recording);
  currentRecording.current = recording;

  const setAsOf = (asOf: IsoDate | undefined) => {
    live.setSettings({ ...live.getSettings(), asOf });
    setNotice(undefined);
  };

  /** The keys the reducer does not own: they change settings or reach outside. Returns true when handled. */
  const effect = (action: Action, ui: UiState): boolean => {
    const data = live.getState().data;
    const selection = current.current.model.selection;
    switch (action.type) {
      case 'quit':
        exit();
        return true;
      case 'profile': {
        if (!data) return true;
        const ids = profileIds(data.dataset);
        const next = ids[(ids.indexOf(data.profile) + 1) % ids.length];
        live.setSettings({ ...live.getSettings(), profile: next });
        return true;
      }
      case 'record': {
        // The rows as the keys so far left them (a fast typist is ahead of the last frame).
        const now = current.current.ui;
        const rows = now.view === 'commitments' ? buildScreenModel(state, now).commitments : undefined;
        const row = rows?.[now.cursor.commitments];
        if (row) recording.open(row.id);
        return true;
      }
      case 'as-of-step': {
        if (!data) return true;
        const next = stepAsOf(data.dataset, data.asOf, action.by);
        if (next) setAsOf(next === data.dataset.manifest.asOf ? undefined : next);
        else
          setNotice(action.by < 0 ? 'nothing in the record before this date' : 'nothing in the record after this date');
        return true;
      }
      case 'edit':
        if (!outside) setNotice('editing needs a terminal');
        else if (!selection?.place) setNotice('nothing here to edit: select a fact or a diagnostic');
        else setNotice(outside.edit(selection.place));
        return true;
      case 'open-link': {
        const link = selection?.sources.find((s) => s.url);
        if (!link?.url) setNotice(`no http(s) link among the sources of the ${selection?.label ?? 'selection'}`);
        else setNotice(outside ? outside.openLink(link.url) : link.url);
        return true;
      }
      case 'copy': {
        const first = selection?.sources[0];
        if (!first) setNotice(`no source cited by the ${selection?.label ?? 'selection'}`);
        else setNotice(outside ? outside.copy(citationText(first)) : citationText(first));
        return true;
      }
      case 'filter-keep': {
        const prompt = ui.prompt;
        if (!prompt) return false;
        if (prompt.kind === 'as-of') {
          const text = prompt.text.trim();
          if (!text) setAsOf(undefined);
          else if (parseIsoDate(text).ok) setAsOf(text);
          else setNotice(`not a date: ${text} (write YYYY-MM-DD)`);
          return false;
        }
        const target = jumpTarget(prompt.text, current.current.model, live.getState());
        if (!target) {
          setNotice(`nothing called "${prompt.text}": try a view (overview, timeline…) or an id`);
          return false;
        }
        const moved = reduceUi({ ...ui, prompt: undefined }, { type: 'view', view: target.view }, current.current.list);
        const next =
          target.index === undefined ? moved : { ...moved, cursor: { ...moved.cursor, [target.view]: target.index } };
        current.current.ui = next;
        setUi(next);
        return true;
      }
      default:
        return false;
    }
  };

  const currentLive = useRef(live);
  currentLive.current = live;
  const latestEffect = useRef(effect);
  latestEffect.current = effect;
  // One handler for the whole session: Ink re-subscribes whenever the handler changes, and
  // keys arriving between an unsubscribe and the next subscribe would be lost.
  const onInput = useCallback((rawInput: string, rawKey: Key) => {
    if (currentRecording.current.isOpen()) return currentRecording.current.key(rawInput, rawKey);
    for (const { input, key } of keyPresses(rawInput, rawKey)) {
      const now = current.current.ui;
      const action = actionFor(input, key, now.typingFilter || Boolean(now.prompt));
      if (!action) continue;
      if (latestEffect.current(action, now)) continue;
      const next = reduceUi(now, action, current.current.list);
      current.current.ui = next;
      // A key that changes what is listed (another view, a filter, a sort) gives the keys after
      // it in the same burst that list, not the one of the last frame: "5 space" toggles.
      if (next.view !== now.view || next.filter !== now.filter || next.sort !== now.sort)
        current.current.list = buildScreenModel(currentLive.current.getState(), next).list;
      setUi(next);
    }
  }, []);
  useInput(onInput, { isActive: isRawModeSupported === true });

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
          notice={notice}
        />
        <StatusForm form={recording.form} sources={recording.sources} width={size.columns} />
      </Box>
    );
  }
  return <Screen live={state} ui={ui} model={model} size={size} theme={theme} watching notice={notice} />;
}
