import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';

/**
 * A real terminal for end-to-end tests: a tmux server of our own (its own socket, so tests
 * never touch the user's sessions) running a shell, driven with send-keys and read with
 * capture-pane. Waits poll the screen with a deadline; nothing sleeps a fixed time.
 */
/** How long a wait for a state on screen may take before the test fails. */
export const WAIT_BOUND_MS = 45_000;

export class TmuxTerminal {
  private readonly socket = `pledgewatch-test-${randomUUID().slice(0, 8)}`;
  private readonly target = 'pw';

  private constructor() {}

  /** A shell in a `columns`×`rows` terminal, started in `cwd`. */
  static start(options: { columns: number; rows: number; cwd: string; env?: Record<string, string> }): TmuxTerminal {
    const term = new TmuxTerminal();
    const env = Object.entries({ PS1: 'shell$ ', TERM: 'xterm-256color', ...options.env }).map(([k, v]) => `${k}=${v}`);
    term.tmux(
      'new-session',
      '-d',
      '-s',
      term.target,
      '-x',
      String(options.columns),
      '-y',
      String(options.rows),
      '-c',
      options.cwd,
      'env',
      ...env,
      'bash',
      '--norc',
      '--noprofile',
    );
    return term;
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8' });
  }

  /** A pane property by tmux format, e.g. `#{pane_title}`, `#{cursor_flag}`. */
  paneFormat(format: string): string {
    return this.tmux('display-message', '-p', '-t', this.target, format).trim();
  }

  /** Any other tmux command against this server (set-option, list-buffers, …). */
  command(...args: string[]): string {
    return this.tmux(...args);
  }

  /** Types a command line into the shell and presses enter. */
  run(commandLine: string): void {
    this.tmux('send-keys', '-t', this.target, '-l', commandLine);
    this.tmux('send-keys', '-t', this.target, 'Enter');
  }

  /** Sends keys by tmux name (Enter, Escape, Down, C-c) or literal text with `literal`. */
  keys(keys: string, literal = false): void {
    this.tmux('send-keys', '-t', this.target, ...(literal ? ['-l'] : []), keys);
  }

  /** The process ids of the shell's children (the program it is running). */
  foregroundPids(): number[] {
    const shell = this.tmux('display-message', '-p', '-t', this.target, '#{pane_pid}').trim();
    try {
      return execFileSync('pgrep', ['-P', shell], { encoding: 'utf8' }).trim().split('\n').map(Number);
    } catch {
      return [];
    }
  }

  screen(): string {
    return this.tmux('capture-pane', '-p', '-t', this.target);
  }

  /** Whether the application in the pane is on the alternate screen. */
  alternateScreen(): boolean {
    return this.tmux('display-message', '-p', '-t', this.target, '#{alternate_on}').trim() === '1';
  }

  /**
   * Polls the screen until `test` holds; throws with the last screen after `timeoutMs`. The bound
   * is generous on purpose: it only decides how long a real failure takes to report, and CI runs
   * on a machine that other work keeps busy (a cold dashboard start took 6 s at load 28).
   */
  async waitFor(test: (screen: string) => boolean, what: string, timeoutMs = WAIT_BOUND_MS): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let screen = '';
    while (Date.now() < deadline) {
      screen = this.screen();
      if (test(screen)) return screen;
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; the screen was:\n${screen}`);
  }

  waitForText(text: string | RegExp, timeoutMs?: number): Promise<string> {
    const test = (s: string) => (typeof text === 'string' ? s.includes(text) : text.test(s));
    return this.waitFor(test, `"${String(text)}"`, timeoutMs);
  }

  close(): void {
    try {
      this.tmux('kill-server');
    } catch {
      // already gone
    }
  }
}
