/**
 * The alternate screen: the dashboard draws on its own screen and gives the user's shell
 * back untouched when it ends — on quit, on ctrl-c, on SIGTERM/SIGHUP, and on a crash.
 * Ink 6 has no option for it, so we write the escape sequences ourselves.
 */

const ENTER = '\u001b[?1049h\u001b[H';
// Leave the alternate screen and show the cursor again (Ink hides it while it runs).
const LEAVE = '\u001b[?1049l\u001b[?25h';

const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

export interface AlternateScreen {
  /** Leaves the alternate screen (once) and removes the process handlers. */
  leave(): void;
  /** Hand the normal screen back for a while (an editor runs there), then take the alternate one again. */
  lend(run: () => void): void;
}

// Mouse wheel reports (button events, SGR encoding): the wheel scrolls lists and panes.
const MOUSE_ON = '\u001b[?1000h\u001b[?1006h';
const MOUSE_OFF = '\u001b[?1000l\u001b[?1006l';

export function enterAlternateScreen(
  stdout: NodeJS.WritableStream,
  onFatal: (error: unknown) => void = () => {},
): AlternateScreen {
  let active = true;
  const leave = () => {
    if (!active) return;
    active = false;
    stdout.write(MOUSE_OFF + LEAVE);
    for (const [signal, handler] of signalHandlers) process.off(signal, handler);
    process.off('exit', leave);
    process.off('uncaughtException', crash);
    process.off('unhandledRejection', crash);
  };
  const crash = (error: unknown) => {
    leave();
    onFatal(error);
    process.exit(70);
  };
  const signalHandlers = (Object.keys(SIGNAL_EXIT_CODES) as (keyof typeof SIGNAL_EXIT_CODES)[]).map(
    (signal) =>
      [
        signal,
        () => {
          leave();
          process.exit(SIGNAL_EXIT_CODES[signal]);
        },
      ] as const,
  );
  for (const [signal, handler] of signalHandlers) process.on(signal, handler);
  process.on('exit', leave);
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
  stdout.write(ENTER + MOUSE_ON);
  const lend = (run: () => void) => {
    if (!active) return run();
    stdout.write(MOUSE_OFF + LEAVE);
    try {
      run();
    } finally {
      stdout.write(ENTER + MOUSE_ON);
    }
  };
  return { leave, lend };
}
