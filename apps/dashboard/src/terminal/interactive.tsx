import { render } from 'ink';
import { App } from '../app.js';
import { checkProfile } from '../commands/dashboard.js';
import type { CommandIO } from '../io.js';
import type { ViewId } from '../keys.js';
import type { DashboardSettings } from '../live/dashboard-data.js';
import { openLiveDataset } from '../live/live-dataset.js';
import { enterAlternateScreen } from './alternate-screen.js';

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
    const instance = render(
      <App
        live={live}
        theme={{ color: options.color }}
        initialView={options.view ?? (first.data ? 'overview' : 'diagnostics')}
      />,
      {
        stdout: io.stdout as NodeJS.WriteStream,
        stdin: io.stdin as NodeJS.ReadStream,
        exitOnCtrlC: true,
        patchConsole: false,
        maxFps: 12,
        incrementalRendering: true,
      },
    );
    await instance.waitUntilExit();
  } finally {
    await live.close();
    screen.leave();
  }
  return 0;
}
