import { isSafeLink } from '@pledgewatch/core';
import { type Instance, render } from 'ink';
import { App } from '../app.js';
import { checkProfile } from '../commands/dashboard.js';
import type { CommandIO } from '../commands/io.js';
import { type LiveDataset, openLiveDataset } from '../live/live-dataset.js';
import type { DashboardSettings } from '../live/settings.js';
import type { ViewId } from '../navigation/keys.js';
import type { ColorDepth } from '../views/theme.js';
import { type AlternateScreen, enterAlternateScreen } from './alternate-screen.js';
import { hyperlinksSupported } from './hyperlinks.js';
import { inkStdout } from './ink-stdout.js';
import { createOutside, type Outside } from './outside.js';
import type { WriteBeforeFrame } from './use-terminal-size.js';

/**
 * Renders the dashboard for a live dataset into a terminal stream, the way the CLI does:
 * Ink with incremental rendering, at most 12 frames a second, the row correction and a
 * clean repaint on resize. The benchmark mounts it the same way.
 */
export function mountDashboard(
  live: LiveDataset,
  options: {
    stdout: NodeJS.WriteStream;
    stdin: NodeJS.ReadStream;
    color: boolean;
    depth?: ColorDepth;
    view: ViewId;
    outside?: Outside;
    /** Make the dataset's source links clickable (OSC 8): the terminal supports it. */
    hyperlinks?: boolean;
  },
): Instance {
  // After a resize Ink's idea of what is on screen is wrong (the terminal reflowed, scrolled
  // or cut it), yet its incremental renderer rewrites only the lines that differ from the
  // last frame: a line equal to the last frame's ("Too small") was never drawn again. So the
  // first frame at the new size is followed by a full redraw: Ink's own write clears the
  // screen and writes that whole frame, and its renderer's memory then matches the screen.
  // (Clearing before that frame is not enough: `instance.clear()` keeps the renderer's
  // memory of the old frame.) Ink calls `onRender` just before it writes a frame, hence the
  // microtask.
  let redrawWith: WriteBeforeFrame | undefined;
  const resized = (write: WriteBeforeFrame) => {
    redrawWith = write;
  };
  const rendered = () => {
    const write = redrawWith;
    if (!write) return;
    redrawWith = undefined;
    queueMicrotask(() => write('\u001b[2J\u001b[H'));
  };
  return render(
    <App
      live={live}
      theme={{ color: options.color, depth: options.depth }}
      initialView={options.view}
      onResize={resized}
      outside={options.outside}
    />,
    {
      stdout: inkStdout(options.stdout, options.hyperlinks ? sourceLinks(live) : undefined),
      stdin: options.stdin,
      exitOnCtrlC: true,
      patchConsole: false,
      maxFps: 12,
      incrementalRendering: true,
      onRender: rendered,
    },
  );
}

/** The dataset's http(s) source links, recomputed only when the dataset object changes. */
function sourceLinks(live: LiveDataset): () => ReadonlySet<string> {
  let dataset: unknown;
  let links: ReadonlySet<string> = new Set();
  return () => {
    const now = live.getState().data?.dataset;
    if (now !== dataset) {
      dataset = now;
      links = new Set(
        (now?.sources ?? []).flatMap((s) => (s.url && isSafeLink(s.url) && /^https?:\/\//.test(s.url) ? [s.url] : [])),
      );
    }
    return links;
  };
}

/**
 * The full-screen session: open the live loop, take the alternate screen, render, and give
 * everything back however it ends.
 */
export async function runInteractive(
  dir: string,
  settings: DashboardSettings,
  options: { color: boolean; depth?: ColorDepth; view?: ViewId; io: CommandIO; screen?: AlternateScreen },
): Promise<number> {
  const { io } = options;
  const live = await openLiveDataset(dir, settings);
  const first = live.getState();
  try {
    if (first.data)
      await checkProfile({ ok: true, dataset: first.data.dataset } as Parameters<typeof checkProfile>[0], settings);
  } catch (error) {
    await live.close();
    throw error;
  }
  // Usually already taken by the loading screen; the caller leaves it if anything above throws.
  const screen =
    options.screen ??
    enterAlternateScreen(io.stdout, (error) => {
      io.stderr.write(`pledgewatch: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    });
  // Ink draws from the cursor: take away the loading line and start at the top, as on a fresh screen.
  if (options.screen) io.stdout.write('\u001b[2J\u001b[H');
  try {
    const stdout = io.stdout as NodeJS.WriteStream;
    const stdin = io.stdin as NodeJS.ReadStream;
    const outside = createOutside({
      dir,
      env: io.env,
      stdin,
      stdout,
      // The editor gets the normal screen and a cooked terminal; after it, a resize event makes
      // the dashboard redraw whole (the path a real resize takes), since the screen was replaced.
      suspend(run) {
        screen.lend(() => {
          stdin.setRawMode?.(false);
          try {
            run();
          } finally {
            stdin.setRawMode?.(true);
          }
        });
        stdout.emit('resize');
      },
    });
    const instance = mountDashboard(live, {
      stdout,
      stdin,
      color: options.color,
      depth: options.depth,
      view: options.view ?? (first.data ? 'overview' : 'diagnostics'),
      outside,
      hyperlinks: hyperlinksSupported(io.env),
    });
    await instance.waitUntilExit();
  } finally {
    await live.close();
    screen.leave();
  }
  return 0;
}
