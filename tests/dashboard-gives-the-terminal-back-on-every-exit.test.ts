import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TmuxTerminal } from './support/terminal.js';

/**
 * However the live dashboard ends — q, ctrl-c, SIGTERM, SIGHUP (the terminal closed) or an
 * internal error — the user's terminal is given back as it was: the alternate screen left,
 * the cursor visible, the line discipline cooked (echo and line editing on), and the exit
 * code says how it ended.
 *
 * The crash is provoked without any hook in the product: a module preloaded with
 * `node --import` throws from a timer when the test sends it SIGUSR2, which reaches the
 * dashboard's handler for uncaught exceptions like any bug would.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'apps/dashboard/dist/cli.js');
const FIXTURE = join(ROOT, 'tests/fixtures/dashboard-basic');

describe('the dashboard gives the terminal back', () => {
  let term: TmuxTerminal;
  let dir: string;
  let crasher: string;

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build first (npm run build)`);
    dir = await mkdtemp(join(tmpdir(), 'pledgewatch-exits-'));
    await cp(FIXTURE, join(dir, 'data'), { recursive: true });
    crasher = join(dir, 'crash-on-sigusr2.mjs');
    await writeFile(
      crasher,
      "process.on('SIGUSR2', () => setTimeout(() => { throw new Error('provoked by the test'); }));\n",
    );
    term = TmuxTerminal.start({ columns: 120, rows: 40, cwd: ROOT });
    await term.waitForText('shell$');
  });

  afterAll(async () => {
    term?.close();
    await rm(dir, { recursive: true, force: true });
  });

  /** The terminal as the shell needs it: main screen, cursor shown, echo and canonical mode on. */
  async function expectTerminalGivenBack(exit: number) {
    const after = await term.waitForText(`EXIT=${exit}`);
    expect(term.alternateScreen(), 'the alternate screen is left').toBe(false);
    expect(term.paneFormat('#{cursor_flag}'), 'the cursor is visible').toBe('1');
    expect(after).not.toContain('Coalition: Multinational Force Ukraine (MFU)');
    term.run('stty -a | tr " " "\\n" | grep -xE -e "-?(icanon|echo)" | tr "\\n" " "; echo "#TTY"');
    const tty = await term.waitForText(/(\S+ \S+ )#TTY/);
    expect(tty.match(/(\S+ \S+ )#TTY/)![1]).toBe('icanon echo ');
    return after;
  }

  async function start(preload?: string) {
    term.run(
      `clear; node ${preload ? `--import ${pathToFileURL(preload)} ` : ''}${CLI} ${join(dir, 'data')}; echo "EXIT=$?"`,
    );
    await term.waitForText('Coalition: Multinational Force Ukraine (MFU)');
    expect(term.alternateScreen()).toBe(true);
    const [pid] = term.foregroundPids();
    expect(pid).toBeGreaterThan(0);
    return pid!;
  }

  it('on q', async () => {
    await start();
    term.keys('q', true);
    await expectTerminalGivenBack(0);
  });

  it('on ctrl-c', async () => {
    await start();
    term.keys('C-c');
    await expectTerminalGivenBack(0);
  });

  it('on SIGTERM', async () => {
    process.kill(await start(), 'SIGTERM');
    await expectTerminalGivenBack(143);
  });

  it('on SIGHUP', async () => {
    process.kill(await start(), 'SIGHUP');
    await expectTerminalGivenBack(129);
  });

  it('on an internal error, which it names without a stack trace', async () => {
    process.kill(await start(crasher), 'SIGUSR2');
    const after = await expectTerminalGivenBack(70);
    expect(after).toContain('pledgewatch: internal error: provoked by the test');
    expect(after).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});
