import { basename, relative, sep } from 'node:path';
import { type FSWatcher, watch } from 'chokidar';

/**
 * The file-system edge of the live loop: watches a dataset folder and reports batches of
 * changed files. Editors save in place, via temp + rename, or via backup + new file; with
 * `atomic: true` chokidar reports each as one change. A burst (a `git checkout` of another
 * branch, a formatter over every file) becomes one batch: the batch waits for a quiet gap,
 * but never longer than `maxWaitMs`, so a steady stream of saves still shows.
 */

export interface WatchOptions {
  /** Quiet time after the last event before a batch is reported. */
  debounceMs?: number;
  /** Longest a batch may wait while events keep arriving. */
  maxWaitMs?: number;
}

export interface FolderWatch {
  /** Resolves once the initial scan is done and changes are being reported. */
  ready: Promise<void>;
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

export function watchFolder(
  dir: string,
  onBatch: (files: string[]) => void,
  onError: (error: Error) => void,
  options: WatchOptions = {},
): FolderWatch {
  const debounceMs = options.debounceMs ?? 30;
  const maxWaitMs = options.maxWaitMs ?? 200;
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

  const watcher: FSWatcher = watch(dir, {
    ignoreInitial: true,
    atomic: true,
    ignored: (path, stats) => isIgnoredPath(dir, path, stats?.isFile()),
  });
  for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const) watcher.on(event, record);
  watcher.on('error', (error) => onError(error instanceof Error ? error : new Error(String(error))));
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));

  return {
    ready,
    async close() {
      closed = true;
      clearTimeout(quietTimer);
      await watcher.close();
    },
  };
}
