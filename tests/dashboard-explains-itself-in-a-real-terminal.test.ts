import { existsSync } from 'node:fs';
import { chmod, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TmuxTerminal } from './support/terminal.js';

/**
 * The dashboard explaining itself, driven as a user drives it: the built CLI in tmux. Why a
 * guarantee scores what it does, the point moving in the feed after a save, time travel,
 * `e` handing the terminal to $EDITOR and taking it back, a burst of keys, and the Overview
 * at 80×24. Needs a build first (`npm run build`).
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'apps/dashboard/dist/cli.js');
const FIXTURE = join(ROOT, 'tests/fixtures/dashboard-basic');
const BUNDLED = join(ROOT, 'packages/dataset-ukraine/data');
const FR_PLEDGED = '{ date: 2026-01-06, status: pledged, source: whysofrance-2026-01-07 }';
const FR_WITHDRAWN = `${FR_PLEDGED}\n      - { date: 2026-02-01, status: withdrawn, source: whysofrance-2026-01-07 }`;
const COALITION = 'Coalition: Multinational Force Ukraine (MFU)';

let dir: string;
let term: TmuxTerminal | undefined;

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build first (npm run build)`);
});

afterEach(async () => {
  term?.close();
  term = undefined;
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function start(options: { columns?: number; rows?: number; data?: string; env?: Record<string, string> } = {}) {
  dir = await mkdtemp(join(tmpdir(), 'pledgewatch-explains-'));
  await cp(options.data ?? FIXTURE, join(dir, 'data'), { recursive: true });
  const t = TmuxTerminal.start({
    columns: options.columns ?? 120,
    rows: options.rows ?? 40,
    cwd: ROOT,
    env: options.env,
  });
  term = t;
  await t.waitForText('shell$');
  t.run(`node ${CLI} ${join(dir, 'data')}; echo "EXIT=$?"`);
  await t.waitForText(COALITION);
  return t;
}

/** The selected row of a list (the one marked ▸), or undefined when none is on screen. */
const selectedLine = (screen: string) => screen.split('\n').find((l) => l.startsWith('▸ '));

describe('the dashboard explains itself in a real terminal', () => {
  it('enter on a guarantee opens why it scores what it does: factors, rules with inputs and citations, base rate, flags, unknowns', async () => {
    const t = await start();
    t.keys('Enter');
    const why = await t.waitForText('Why: Multinational Force Ukraine (MFU)');
    expect(why).toMatch(/Credibility \d+ ‹\d+› \d+/);
    expect(why).toMatch(/(capability|commitment|resolve|cohesion): weight \d+% × /);
    expect(why).toContain('read:');
    expect(why).toContain('cites:');
    // The pane scrolls to the base rate, the flags and what makes the range wide.
    let screen = why;
    for (let i = 0; i < 12 && !screen.includes('Why the range is'); i++) {
      const before = screen;
      t.keys('C-d');
      screen = await t.waitFor((s) => s !== before, 'the pane to scroll');
    }
    expect(screen).toContain('Why the range is');
    const all = `${why}\n${screen}`;
    expect(all).toMatch(/Base rate|Flags/);
    t.keys('Escape');
    await t.waitForText(COALITION);
    t.keys('q', true);
    await t.waitForText('EXIT=0');
  });

  it('a save that moves the score (France withdraws its ground forces) shows the point moving in the feed, and why', async () => {
    const t = await start();
    const file = join(dir, 'data', 'commitments.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace(FR_PLEDGED, FR_WITHDRAWN));
    const saved = await t.waitForText('France ground forces: pledged → withdrawn');
    const move = /MFU credibility (\d+) ‹(\d+)→(\d+)› (\d+)|MFU credibility \d+ ‹(\d+)› \d+ → \d+ ‹(\d+)› \d+/.exec(
      saved,
    );
    expect(move, saved).not.toBeNull();
    const [from, to] = move![2] ? [move![2], move![3]] : [move![5], move![6]];
    expect(Number(to)).toBeLessThan(Number(from));
    // The score moves first, then what caused it.
    expect(saved).toMatch(/MFU credibility [^·]+ · France ground forces: pledged → withdrawn/);
    t.keys('q', true);
    await t.waitForText('EXIT=0');
  });

  it('time travel: back to a date before any commitment existed, then forward through dated changes to now', async () => {
    const t = await start();
    expect(t.screen()).toMatch(/United Kingdom\s+○/);
    t.keys('t', true);
    await t.waitForText('as of (YYYY-MM-DD');
    t.keys('2025-01-01', true);
    t.keys('Enter');
    const past = await t.waitForText('THE PAST: as of 2025-01-01');
    // The coalition's rows are there, every cell empty: nothing was on record yet.
    expect(past).toMatch(/^United Kingdom\s*$/m);
    expect(past).not.toMatch(/United Kingdom\s+[·~?○◎◐●×⊘]/);
    // One dated change later: the UK's ground forces are proposed (2025-02-16).
    t.keys(']', true);
    const first = await t.waitForText('THE PAST: as of 2025-02-16');
    expect(first).toMatch(/United Kingdom\s+·/);
    // Forward until the header no longer says we are in the past.
    let screen = first;
    for (let i = 0; i < 20 && screen.includes('THE PAST'); i++) {
      const before = screen;
      t.keys(']', true);
      screen = await t.waitFor((s) => s !== before, 'the as-of date to move');
    }
    expect(screen).not.toContain('THE PAST');
    expect(screen).toContain('as of 2026-02-10');
    expect(screen).toMatch(/United Kingdom\s+○/);
    t.keys('q', true);
    await t.waitForText('EXIT=0');
  });

  it('e opens $EDITOR at the selected commitment’s file and line, and the dashboard resumes after', async () => {
    const stubDir = await mkdtemp(join(tmpdir(), 'pledgewatch-editor-'));
    const argsFile = join(stubDir, 'args');
    const stub = join(stubDir, 'editor.sh');
    await writeFile(stub, `#!/bin/sh\nprintf '%s\\n' "$@" > ${argsFile}\n`);
    await chmod(stub, 0o755);
    try {
      const t = await start({ env: { EDITOR: stub } });
      t.keys('2', true);
      await t.waitForText('1/6');
      expect(selectedLine(t.screen())).toContain('France');
      t.keys('e', true);
      await t.waitFor(() => existsSync(argsFile), 'the editor to be called');
      const args = (await readFile(argsFile, 'utf8')).trim().split('\n');
      const file = join(dir, 'data', 'commitments.yaml');
      const line = (await readFile(file, 'utf8')).split('\n').findIndex((l) => l.includes('id: mfu-fr-ground')) + 1;
      expect(args).toEqual([`+${line}`, file]);
      // Back in the dashboard, on the alternate screen, taking keys again.
      const back = await t.waitForText(`back from ${stub} at commitments.yaml:${line}`);
      expect(back).toContain('1/6');
      expect(t.alternateScreen()).toBe(true);
      t.keys('j', true);
      await t.waitForText('2/6');
      t.keys('q', true);
      await t.waitForText('EXIT=0');
    } finally {
      await rm(stubDir, { recursive: true, force: true });
    }
  });

  it('a burst of five j read at once moves five rows', async () => {
    const t = await start();
    t.keys('2', true);
    await t.waitForText('1/6');
    t.keys('jjjjj', true);
    const moved = await t.waitForText('6/6');
    expect(selectedLine(moved)).toBeDefined();
  });

  it('contradictory scenarios ("US air support confirmed" with "No US backstop") are flagged, before and after both are on', async () => {
    const t = await start({ data: BUNDLED });
    t.keys('5', true);
    await t.waitForText('[ ] scenario US air support confirmed');
    t.keys(' ', true);
    await t.waitForText('[x] scenario US air support confirmed');
    // Before it is turned on, the contradicting scenario says what it contradicts.
    const warned = await t.waitForText('⚠ No US backstop (contradicts “US air support confirmed”)');
    expect(warned).not.toContain('⚠ “');
    for (let i = 0; i < 40 && !/scenario (⚠ )?No US backstop/.test(selectedLine(t.screen()) ?? ''); i++) {
      const before = t.screen();
      t.keys('j', true);
      await t.waitFor((s) => s !== before, 'the cursor to move');
    }
    t.keys(' ', true);
    const both = await t.waitForText('[x] scenario ⚠ No US backstop');
    expect(both).toContain('[x] scenario ⚠ US air support confirmed');
    expect(both).toMatch(
      /⚠ “US air support confirmed” contradicts “No US backstop” on usb-air's status \(pledged ≠ declined\)/,
    );
    // Turning one off clears the warning.
    t.keys(' ', true);
    await t.waitFor((s) => !s.includes('⚠ “'), 'the warning to go');
    t.keys('q', true);
    await t.waitForText('EXIT=0');
  });

  it('at 80×24 the Overview of the bundled dataset opens on a coalition with its members and the score key, and never hides its selection', async () => {
    const t = await start({ columns: 80, rows: 24, data: BUNDLED });
    const first = t.screen();
    expect(first).toMatch(/United Kingdom\s/);
    expect(first).toMatch(/France\s/);
    expect(first).toContain('Key: 0–100');
    expect(first).toMatch(/Russia \(adversary\)/);
    const total = Number(/guarantee \d+\/(\d+)/.exec(first)?.[1]);
    expect(total).toBeGreaterThan(5);
    t.keys('g', true);
    let screen = await t.waitForText(`guarantee 1/${total}`);
    for (let at = 1; at <= total; at++) {
      expect(selectedLine(screen), screen).toBeDefined();
      if (at === total) break;
      t.keys('j', true);
      screen = await t.waitForText(`guarantee ${at + 1}/${total}`);
    }
    t.keys('q', true);
    await t.waitForText('EXIT=0');
  });
});

afterAll(() => {
  term?.close();
});
