import { type Instance, render } from 'ink';
import { App } from '../app.js';
import { checkProfile } from '../commands/dashboard.js';
import type { CommandIO } from '../io.js';
import type { ViewId } from '../keys.js';
import type { DashboardSettings } from '../live/dashboard-data.js';
import { type LiveDataset, openLiveDataset } from '../live/live-dataset.js';
import { enterAlternateScreen } from './alternate-screen.js';
import { inkStdout } from './ink-stdout.js';

/**
 * Renders the dashboard for a live dataset into a terminal stream, the way the CLI does:
 * Ink with incremental rendering, at most 12 frames a second, the row correction and a
 * clean repaint on resize. The benchmark mounts it the same way.
 */
export function mountDashboard(
  live: LiveDataset,
  options: { stdout: NodeJS.WriteStream; stdin: NodeJS.ReadStream; color: boolean; view: ViewId },
): Instance {
  const { stdout } = options;
  // After a resize Ink's idea of what is on screen is wrong (the terminal reflowed or
  // scrolled it): start from a clean screen, and Ink redraws the whole frame.
  const repaint = () => {
    instance.clear();
    stdout.write('\u001b[2J\u001b[H');
  };
  const instance = render(
    <App live={live} theme={{ color: options.color }} initialView={options.view} onResize={repaint} />,
    {
      stdout: inkStdout(stdout),
      stdin: options.stdin,
      exitOnCtrlC: true,
      patchConsole: false,
      maxFps: 12,
      incrementalRendering: true,
    },
  );
  return instance;
}

/**
 * The full-screen session: open the live loop, take the alternate screen, render, and give
 * everything back however it ends.
 */
export async function runInteractive(
  dir: string,
  settings: DashboardSettings,
  options: { color: boolean; view?: ViewId; io: CommandIO },
): Promise<number> {
  const { io } = options;
  const live = await openLiveDataset(dir, settings);
  const first = live.getState();
  try {
    if (first.data)
      checkProfile({ ok: true, dataset: first.data.dataset } as Parameters<typeof checkProfile>[0], settings);
  } catch (error) {
    await live.close();
    throw error;
  }
  const screen = enterAlternateScreen(io.stdout, (error) => {
    io.stderr.write(`pledgewatch: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  });
  try {
    const instance = mountDashboard(live, {
      stdout: io.stdout as NodeJS.WriteStream,
      stdin: io.stdin as NodeJS.ReadStream,
      color: options.color,
      view: options.view ?? (first.data ? 'overview' : 'diagnostics'),
    });
    await instance.waitUntilExit();
  } finally {
    await live.close();
    screen.leave();
  }
  return 0;
}
