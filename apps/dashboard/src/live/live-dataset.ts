import { createDatasetLoader } from '@pledgewatch/core';
import { credibilityTrends } from './assessment.js';
import { attributeLine, commitAttribution } from './commit-attribution.js';
import { applyLoad, applySettings, initialLiveState, type LiveState } from './live-state.js';
import type { DashboardSettings } from './settings.js';
import { type WatchOptions, watchFolder } from './watch.js';

/**
 * The live loop: watch → reload → diff. Reloads are serialised — a batch that arrives
 * while one is loading triggers exactly one more load after it — so the last state on
 * screen is always the state of the files after the last save.
 *
 * File watchers can swallow the last event of a fast burst (chokidar throttles change
 * events per file), so every watcher-triggered load is followed by one quiet re-check a
 * moment later. A re-check whose files hash the same as the last load costs one folder read
 * and publishes nothing (core's `reload` says `'unchanged'`).
 */

const RECHECK_MS = 250;

/** How long after a save's scores are published its trend is computed: time for their frame to be drawn. */
const TRENDS_AFTER_MS = 15;

/** The state after a reload with its trend still to come: the last one known is drawn meanwhile. */
function trendsLater(prev: LiveState, next: LiveState): LiveState {
  if (!next.data || next.data === prev.data) return next;
  const trends = prev.data?.trends;
  return { ...next, data: { ...next.data, trendsPending: true, ...(trends ? { trends } : {}) } };
}

/** The watch problem shown while the dataset folder is gone. */
export const FOLDER_GONE = 'the dataset folder is gone: waiting for it to come back';

export interface LiveDataset {
  getState(): LiveState;
  /** Called after every state change; returns an unsubscribe function. */
  subscribe(listener: (state: LiveState) => void): () => void;
  getSettings(): DashboardSettings;
  setSettings(settings: DashboardSettings): void;
  /** Loads again now, as after a save. */
  reload(): Promise<void>;
  close(): Promise<void>;
}

export async function openLiveDataset(
  dir: string,
  initialSettings: DashboardSettings,
  options: { watch?: boolean } & WatchOptions = {},
): Promise<LiveDataset> {
  const loader = createDatasetLoader(dir);
  let settings = initialSettings;
  const initial = initialLiveState(dir);
  let state = trendsLater(initial, applyLoad(initial, await loader.load(), settings));
  const listeners = new Set<(s: LiveState) => void>();
  const publish = (next: LiveState) => {
    state = next;
    for (const l of listeners) l(state);
  };

  // The latest feed line, until git says whether a pull or checkout brought it (asked after the
  // load and again after the quiet re-check: git may move HEAD just after it wrote the files).
  const attribution = commitAttribution(dir);
  if (options.watch !== false) await attribution.start();
  let unattributed: { load: number; tries: number } | undefined;
  const attributeLatest = async () => {
    const pending = unattributed;
    if (!pending) return;
    const arrival = await attribution.arrived();
    if (!arrival && ++pending.tries < 2) return;
    unattributed = undefined;
    if (arrival)
      publish({ ...state, feed: state.feed.map((l) => (l.load === pending.load ? attributeLine(l, arrival) : l)) });
  };

  // Scores first, the trend after: the trend is an assessment as of an earlier date, so a save
  // is drawn with the last trend known and the new one follows in the next frame.
  let trendsTimer: NodeJS.Timeout | undefined;
  const fillTrends = () => {
    clearTimeout(trendsTimer);
    trendsTimer = setTimeout(() => {
      const data = state.data;
      if (!data?.trendsPending) return;
      const trends = credibilityTrends(data.dataset, { asOf: data.asOf, profile: data.profile });
      publish({ ...state, data: { ...data, trendsPending: false, trends } });
    }, TRENDS_AFTER_MS);
  };

  let loading: Promise<void> | undefined;
  let again = false;
  const reload = (): Promise<void> => {
    if (loading) {
      again = true;
      return loading;
    }
    loading = (async () => {
      do {
        again = false;
        const result = await loader.reload();
        if (result !== 'unchanged') {
          const before = state.feed[0];
          publish(trendsLater(state, applyLoad(state, result, settings)));
          if (state.feed[0] !== before) unattributed = { load: state.feed[0]!.load, tries: 0 };
          fillTrends();
        }
      } while (again);
    })().finally(() => {
      loading = undefined;
    });
    return loading;
  };

  let recheck: NodeJS.Timeout | undefined;
  let closed = false;
  // After a load, and after its quiet re-check, the watcher looks whether the folder itself
  // is gone (its removal may never be reported).
  const reloadAndCheck = () =>
    reload()
      .then(attributeLatest)
      .then(() => watcher?.checkFolder());
  const onBatch = () => {
    clearTimeout(recheck);
    void reloadAndCheck().then(() => {
      if (!closed) recheck = setTimeout(() => void reloadAndCheck(), RECHECK_MS);
    });
  };
  // While the folder is gone the screen says so, and that it is being looked for.
  const folderGone = (gone: boolean) => {
    if (gone) publish({ ...state, watchProblem: FOLDER_GONE });
    else if (state.watchProblem === FOLDER_GONE) publish({ ...state, watchProblem: undefined });
  };
  const watcher =
    options.watch === false
      ? undefined
      : watchFolder(
          dir,
          onBatch,
          (error) => publish({ ...state, watchProblem: `watching stopped working: ${error.message}` }),
          options,
          folderGone,
        );
  await watcher?.ready;
  fillTrends();

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSettings: () => settings,
    setSettings(next) {
      settings = next;
      publish(applySettings(state, settings));
    },
    reload,
    async close() {
      closed = true;
      clearTimeout(recheck);
      clearTimeout(trendsTimer);
      listeners.clear();
      await watcher?.close();
      await loading;
    },
  };
}
