import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TmuxTerminal } from './support/terminal.js';

/**
 * The built dashboard in a real terminal (tmux) while the files under it misbehave: a save
 * cut off half-way, 200 saves in two seconds, the folder deleted and made again, and a git
 * checkout switching several files at once. Each ends on the files' final state, and in
 * between the screen always holds a whole frame with the last good data — never blank, never
 * a crash. Needs a build first (tsc -p for core and the dashboard).
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'apps/dashboard/dist/cli.js');
const FIXTURE = join(ROOT, 'tests/fixtures/dashboard-basic');
const TITLE = 'Ukraine guarantees (test slice)';
const PLEDGED = '{ date: 2026-01-06, status: pledged, source: wiredgov-2026-01-08 }';
const DEPLOYING = `${PLEDGED}\n      - { date: 2026-02-01, status: deploying, source: wiredgov-2026-01-08 }`;
const DEPLOYED = `${DEPLOYING}\n      - { date: 2026-02-05, status: deployed, source: wiredgov-2026-01-08 }`;

const UK = {
  pledged: /United Kingdom\s+○/,
  deploying: /United Kingdom\s+\[?◐/,
  deployed: /United Kingdom\s+\[?●/,
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A whole frame: the header on the first line, the coalition matrix, the key line. */
function isWholeFrame(screen: string): boolean {
  return (
    screen.split('\n')[0]!.includes('Ukraine guarantees') &&
    screen.includes('Coalition: Multinational Force Ukraine (MFU)') &&
    screen.includes('q quit')
  );
}

function expectWholeFrame(screen: string) {
  expect(screen.split('\n')[0]).toContain('Ukraine guarantees');
  expect(screen).toContain('Coalition: Multinational Force Ukraine (MFU)');
  expect(screen).toContain('q quit');
}

describe('the dashboard in a real terminal, while the files misbehave', () => {
  let term: TmuxTerminal;
  let dir: string;
  let file: string;
  let original: string;

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build first (npm run build)`);
    dir = await mkdtemp(join(tmpdir(), 'pledgewatch-faults-'));
    await cp(FIXTURE, dir, { recursive: true });
    file = join(dir, 'commitments.yaml');
    original = await readFile(file, 'utf8');
    term = TmuxTerminal.start({ columns: 120, rows: 40, cwd: ROOT });
    await term.waitForText('shell$');
    term.run(`node ${CLI} ${dir}; echo "EXIT=$?"`);
    expectWholeFrame(await term.waitForText('Coalition: Multinational Force Ukraine (MFU)'));
  });

  afterAll(async () => {
    term?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('a save cut off half-way shows the last good data under a banner, then the whole save', async () => {
    const full = original.replace(PLEDGED, DEPLOYING);
    // Cut inside the new history entry's braces: what is on disk in between is not valid YAML.
    const cut = full.indexOf('{ date: 2026-02-01') + 9;
    const handle = await open(file, 'w');
    await handle.write(full.slice(0, cut));
    await handle.sync();
    const between = await term.waitForText(/✖ commitments\.yaml:\d+:\d+ · last good data kept/);
    expectWholeFrame(between);
    expect(between).toMatch(UK.pledged);
    expect(between).toContain('▲ stale');
    await handle.write(full.slice(cut));
    await handle.close();
    const after = await term.waitFor((s) => UK.deploying.test(s) && !s.includes('✖'), 'the whole save');
    expectWholeFrame(after);
    expect(after).toContain('United Kingdom ground forces: pledged → deploying');
  });

  it('200 saves in two seconds: a whole frame throughout, and the last save on screen at the end', async () => {
    const states = [original, original.replace(PLEDGED, DEPLOYING)];
    const start = Date.now();
    for (let i = 0; i < 199; i++) {
      await writeFile(file, states[i % 2]!);
      // A capture can land while Ink is writing a frame, so a frame is waited for (bounded),
      // not expected of one capture: a whole frame with one of the two states, mid-burst.
      if (i % 20 === 10)
        await term.waitFor((s) => isWholeFrame(s) && /United Kingdom\s+\[?[○◐]/.test(s), 'a whole frame');
      await sleep(start + (i + 1) * 10 - Date.now()); // one save every 10 ms
    }
    await writeFile(file, original.replace(PLEDGED, DEPLOYED));
    const after = await term.waitFor((s) => UK.deployed.test(s) && !s.includes('✖'), 'the last save');
    expectWholeFrame(after);
    expect(term.foregroundPids().length, 'still running').toBeGreaterThan(0);
    // It stays there: a later quiet re-check finds nothing newer.
    await sleep(600);
    expect(term.screen()).toMatch(UK.deployed);
  });

  it('the folder deleted keeps the last good data; made again, it is followed', async () => {
    const ukRow = (screen: string) => screen.split('\n').find((line) => line.startsWith('United Kingdom'));
    const before = ukRow(term.screen());
    expect(before).toBeDefined();
    await rm(dir, { recursive: true });
    const gone = await term.waitForText(/✖ \S+ · last good data kept · cannot open the dataset folder/);
    expectWholeFrame(gone);
    expect(ukRow(gone)).toBe(before);
    // The watch on the old folder is closed and the dashboard says it is waiting for the folder:
    // what comes back now is a new directory, which only that path can find.
    const waiting = await term.waitForText('▲ the dataset folder is gone: waiting for it to come back');
    expectWholeFrame(waiting);
    expect(ukRow(waiting)).toBe(before);

    await cp(FIXTURE, dir, { recursive: true });
    const back = await term.waitFor(
      (s) => UK.pledged.test(s) && !s.includes('✖') && !s.includes('▲'),
      'the folder made again',
    );
    expectWholeFrame(back);
    expect(back).toContain('● live');
    // And saves after it came back still show.
    await writeFile(file, original.replace(PLEDGED, DEPLOYING));
    await term.waitFor((s) => UK.deploying.test(s) && !s.includes('✖'), 'a save in the new folder');

    term.keys('q', true);
    await term.waitForText('EXIT=0');
    expect(term.alternateScreen()).toBe(false);
  });
});

describe('the dashboard on a git repository, switching branches', () => {
  let term: TmuxTerminal;
  let repo: string;
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.org', ...args], {
      cwd: repo,
      stdio: 'pipe',
    });

  beforeAll(async () => {
    repo = await mkdtemp(join(tmpdir(), 'pledgewatch-git-'));
    await cp(FIXTURE, repo, { recursive: true });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'main');
    git('checkout', '-q', '-b', 'next');
    // Several files differ: the manifest's title, a status, an actor's name, and a file only this branch has.
    const edit = async (name: string, from: string, to: string) => {
      const path = join(repo, name);
      await writeFile(path, (await readFile(path, 'utf8')).replace(from, to));
    };
    await edit('dataset.yaml', `title: ${TITLE}`, 'title: Ukraine guarantees (next branch)');
    await edit('commitments.yaml', PLEDGED, DEPLOYING);
    await edit('actors.yaml', 'name: France,', 'name: France (FR),');
    await writeFile(join(repo, 'notes.yaml'), '# only on the next branch\n');
    git('add', '.');
    git('commit', '-q', '-m', 'next');
    git('checkout', '-q', 'main');
    term = TmuxTerminal.start({ columns: 120, rows: 40, cwd: ROOT });
    await term.waitForText('shell$');
  });

  afterAll(async () => {
    term?.close();
    await rm(repo, { recursive: true, force: true });
  });

  it('ends on each branch’s files, whole frames in between', async () => {
    term.run(`node ${CLI} ${repo}; echo "EXIT=$?"`);
    expectWholeFrame(await term.waitForText('Coalition: Multinational Force Ukraine (MFU)'));

    git('checkout', '-q', 'next');
    const next = await term.waitFor(
      (s) => s.includes('(next branch)') && UK.deploying.test(s) && s.includes('France (FR)') && !s.includes('✖'),
      'the next branch',
    );
    expectWholeFrame(next);

    git('checkout', '-q', 'main');
    const main = await term.waitFor(
      (s) => s.includes(TITLE) && UK.pledged.test(s) && !s.includes('France (FR)') && !s.includes('✖'),
      'the main branch again',
    );
    expectWholeFrame(main);

    term.keys('q', true);
    await term.waitForText('EXIT=0');
  });
});
