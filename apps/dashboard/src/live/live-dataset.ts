import { createDatasetLoader } from '@pledgewatch/core';
import type { DashboardSettings } from './dashboard-data.js';
import { applyLoad, applySettings, initialLiveState, type LiveState } from './live-state.js';
import { type WatchOptions, watchFolder } from './watch.js';

/**
 * The live loop: watch → reload → diff. Reloads are serialised — a batch that arrives
 * while one is loading triggers exactly one more load after it — so the last state on
 * screen is always the state of the files after the last save.
 */

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
  let state = applyLoad(initialLiveState(dir), await loader.load(), settings);
  const listeners = new Set<(s: LiveState) => void>();
  const publish = (next: LiveState) => {
    state = next;
    for (const l of listeners) l(state);
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
        publish(applyLoad(state, await loader.load(), settings));
      } while (again);
    })().finally(() => {
      loading = undefined;
    });
    return loading;
  };

  const watcher =
    options.watch === false
      ? undefined
      : watchFolder(
          dir,
          () => void reload(),
          (error) => publish({ ...state, watchProblem: `watching stopped working: ${error.message}` }),
          options,
        );
  await watcher?.ready;

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
      listeners.clear();
      await watcher?.close();
      await loading;
    },
  };
}
