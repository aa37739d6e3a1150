import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TmuxTerminal } from './support/terminal.js';

/**
 * The dashboard as a user meets it: the built CLI in a real terminal (tmux), a dataset
 * edited by another program, a broken save, a fix, and `q`. Needs a build first
 * (`npm run build`, or tsc -p for core and the dashboard).
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'apps/dashboard/dist/cli.js');
const FIXTURE = join(ROOT, 'tests/fixtures/dashboard-basic');
const PLEDGED = '{ date: 2026-01-06, status: pledged, source: wiredgov-2026-01-08 }';
const DEPLOYING = `${PLEDGED}\n      - { date: 2026-02-01, status: deploying, source: wiredgov-2026-01-08 }`;

describe('the dashboard in a real terminal', () => {
  let dir: string;
  let term: TmuxTerminal;

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build first (npm run build)`);
    dir = await mkdtemp(join(tmpdir(), 'pledgewatch-e2e-'));
    await cp(FIXTURE, dir, { recursive: true });
    term = TmuxTerminal.start({ columns: 120, rows: 40, cwd: ROOT });
    await term.waitForText('shell$');
  });

  afterAll(async () => {
    term?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('shows a save, keeps the last good data through a broken save, recovers, and restores the terminal on q', async () => {
    term.run(`node ${CLI} ${dir}; echo "EXIT=$?"`);
    const first = await term.waitForText('Coalition: Multinational Force Ukraine (MFU)');
    expect(first).toContain('● live');
    expect(first).toMatch(/United Kingdom\s+○/);
    expect(term.alternateScreen()).toBe(true);

    const file = join(dir, 'commitments.yaml');
    const good = (await readFile(file, 'utf8')).replace(PLEDGED, DEPLOYING);
    await writeFile(file, good);
    const saved = await term.waitForText('United Kingdom ground forces: pledged → deploying');
    expect(saved).toMatch(/United Kingdom\s+\[◐\]/);
    // The frame is redrawn in place: the header is still the first line, once.
    expect(saved.split('\n')[0]).toContain('Ukraine guarantees (test slice)');
    expect(saved.match(/Coalition: Multinational Force Ukraine \(MFU\)/g)).toHaveLength(1);

    await writeFile(file, good.replace('capability: command', 'capability: [command'));
    const broken = await term.waitForText(/✖ commitments\.yaml:\d+:\d+ · last good data kept/);
    expect(broken).toContain('▲ stale');
    expect(broken).toMatch(/United Kingdom\s+\[?◐/);

    await writeFile(file, good);
    const recovered = await term.waitFor((s) => s.includes('● live') && !s.includes('✖'), 'the banner to clear');
    expect(recovered).toMatch(/United Kingdom\s+\[?◐/);

    term.keys('q', true);
    const after = await term.waitForText('EXIT=0');
    expect(term.alternateScreen()).toBe(false);
    expect(after).not.toContain('Coalition: Multinational Force Ukraine (MFU)');
    expect(after).toContain('shell$');
  });

  it('restores the terminal on ctrl-c and on SIGTERM', async () => {
    term.run(`clear; node ${CLI} ${dir}; echo "EXIT=$?"`);
    await term.waitForText('Coalition: Multinational Force Ukraine (MFU)');
    term.keys('C-c');
    await term.waitForText('EXIT=0');
    expect(term.alternateScreen()).toBe(false);

    term.run(`clear; node ${CLI} ${dir}; echo "EXIT=$?"`);
    await term.waitForText('Coalition: Multinational Force Ukraine (MFU)');
    const [pid] = term.foregroundPids();
    expect(pid).toBeGreaterThan(0);
    process.kill(pid!, 'SIGTERM');
    const after = await term.waitForText('EXIT=143');
    expect(term.alternateScreen()).toBe(false);
    expect(after).not.toContain('Coalition: Multinational Force Ukraine (MFU)');
  });
});
