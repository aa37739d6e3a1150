import { stat } from 'node:fs/promises';
import { basename, relative, resolve, sep } from 'node:path';
import { type FSWatcher, watch } from 'chokidar';

/**
 * The file-system edge of the live loop: watches a dataset folder and reports batches of
 * changed files. Editors save in place, via temp + rename, or via backup + new file; with
 * `atomic: true` chokidar reports each as one change. A burst (a `git checkout` of another
 * branch, a formatter over every file) becomes one batch: the batch waits for a quiet gap,
 * but never longer than `maxWaitMs`, so a steady stream of saves still shows.
 *
 * When the folder itself is deleted (`rm -rf` and a fresh copy, a script regenerating it), the
 * watch on it is dead: a folder made again under the same name is a new directory the watcher
 * never sees. So the watcher then polls until the folder is back, watches it afresh and
 * reports a batch, and the live loop reloads it.
 */

export interface WatchOptions {
  /** Quiet time after the last event before a batch is reported. */
  debounceMs?: number;
  /** Longest a batch may wait while events keep arriving. */
  maxWaitMs?: number;
  /** How often to look for the folder while it is gone. */
  reappearPollMs?: number;
}

export interface FolderWatch {
  /** Resolves once the initial scan is done and changes are being reported. */
  ready: Promise<void>;
  /**
   * Looks whether the folder is still there, and if not, polls for it as when its removal is
   * reported. The removal of the folder itself is not always reported (under load a burst of
   * removals can end without it), so the live loop asks after its loads.
   */
  checkFolder(): Promise<void>;
  close(): Promise<void>;
}

const DATA_FILE = /\.(ya?ml|json)$/i;

/** Hidden files and folders (.git, editor swap files), node_modules, and files that are not data. */
export function isIgnoredPath(root: string, path: string, isFile: boolean | undefined): boolean {
  const rel = relative(root, path);
  if (rel === '') return false;
  if (rel.split(sep).some((part) => part.startsWith('.') || part === 'node_modules')) return true;
  // A path whose kind is not known yet (no stats) is let through: it may be a folder.
  return isFile === true && !DATA_FILE.test(basename(path));
}

/**
 * `onGone(true)` when the folder is gone and the watch on it closed (it is polled for from
 * then on), `onGone(false)` once it is back and watched afresh.
 */
export function watchFolder(
  dir: string,
  onBatch: (files: string[]) => void,
  onError: (error: Error) => void,
  options: WatchOptions = {},
  onGone: (gone: boolean) => void = () => {},
): FolderWatch {
  const debounceMs = options.debounceMs ?? 30;
  const maxWaitMs = options.maxWaitMs ?? 200;
  const reappearPollMs = options.reappearPollMs ?? 200;
  let pending = new Set<string>();
  let quietTimer: NodeJS.Timeout | undefined;
  let firstEventAt = 0;
  let closed = false;

  const flush = () => {
    clearTimeout(quietTimer);
    quietTimer = undefined;
    if (closed || pending.size === 0) return;
    const files = [...pending];
    pending = new Set();
    onBatch(files);
  };
  const record = (path: string) => {
    if (closed) return;
    const now = Date.now();
    if (pending.size === 0) firstEventAt = now;
    pending.add(relative(dir, path));
    clearTimeout(quietTimer);
    const wait = Math.max(0, Math.min(debounceMs, firstEventAt + maxWaitMs - now));
    quietTimer = setTimeout(flush, wait);
  };

  const root = resolve(dir);
  let watcher: FSWatcher | undefined;
  let poll: NodeJS.Timeout | undefined;

  const start = (): Promise<void> => {
    const w = watch(dir, {
      ignoreInitial: true,
      atomic: true,
      ignored: (path, stats) => isIgnoredPath(dir, path, stats?.isFile()),
    });
    for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const)
      w.on(event, (path: string) => {
        record(path);
        if (event === 'unlinkDir' && resolve(path) === root) folderGone();
      });
    w.on('error', (error) => onError(error instanceof Error ? error : new Error(String(error))));
    watcher = w;
    return new Promise<void>((done) => w.once('ready', () => done()));
  };

  const folderGone = () => {
    if (closed || poll) return;
    void watcher?.close();
    watcher = undefined;
    onGone(true);
    const look = async () => {
      if (closed) return;
      const back = await stat(dir).then(
        (info) => info.isDirectory(),
        () => false,
      );
      if (closed) return;
      if (!back) {
        poll = setTimeout(look, reappearPollMs);
        return;
      }
      await start();
      poll = undefined;
      if (closed) {
        await watcher?.close();
        return;
      }
      onGone(false);
      record(dir); // every file may be new
    };
    poll = setTimeout(look, reappearPollMs);
  };

  const ready = start();

  return {
    ready,
    async checkFolder() {
      if (closed || poll) return;
      const there = await stat(dir).then(
        (info) => info.isDirectory(),
        () => false,
      );
      if (!there) folderGone();
    },
    async close() {
      closed = true;
      clearTimeout(quietTimer);
      clearTimeout(poll);
      await watcher?.close();
    },
  };
}
