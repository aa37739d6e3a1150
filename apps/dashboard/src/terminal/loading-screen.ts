import type { CommandIO } from '../commands/io.js';
import { type AlternateScreen, enterAlternateScreen } from './alternate-screen.js';

/**
 * The first frame a person sees: the alternate screen with one line saying what is happening,
 * written before core, Ink and the dataset are loaded (together a second or more on a busy
 * machine), so `npm start` never shows a blank screen. The live dashboard then draws over it on
 * the same alternate screen. This module imports nothing heavy on purpose.
 */

export interface LoadingScreen {
  /** The alternate screen the dashboard goes on using; `leave()` gives the terminal back. */
  screen: AlternateScreen;
  /** Replaces the loading line (fixed words only: nothing from the dataset reaches it). */
  say(text: string): void;
}

export function showLoadingScreen(io: CommandIO): LoadingScreen {
  const screen = enterAlternateScreen(io.stdout, (error) => {
    io.stderr.write(`pledgewatch: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  });
  const say = (text: string) => io.stdout.write(`\u001b[H\u001b[2Kpledgewatch · ${text}`);
  say('starting …');
  return { screen, say };
}
