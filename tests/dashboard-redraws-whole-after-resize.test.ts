import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TmuxTerminal } from './support/terminal.js';

/**
 * Resizing redraws the whole frame. Ink 6.8's incremental renderer rewrites only the lines
 * that changed since the last frame; after a resize the terminal has reflowed or cleared
 * the screen, so a line that "did not change" may no longer be there. Shrinking through
 * the too-small message and growing to just under the minimum once left only its last line
 * ("have 59x14"): "Too small" and "need 60x14" were equal to the previous frame's and never
 * rewritten. Needs a build first.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'apps/dashboard/dist/cli.js');
const FIXTURE = join(ROOT, 'tests/fixtures/dashboard-basic');

describe('the dashboard after a resize', () => {
  let term: TmuxTerminal;

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build first (npm run build)`);
    term = TmuxTerminal.start({ columns: 80, rows: 24, cwd: ROOT });
    await term.waitForText('shell$');
  });

  afterAll(() => {
    term?.close();
  });

  const resize = (columns: number, rows: number) =>
    term.command('resize-window', '-t', 'pw', '-x', String(columns), '-y', String(rows));

  it('shows the whole too-small message and the whole dashboard after each resize', async () => {
    term.run(`node ${CLI} ${FIXTURE}; echo "EXIT=$?"`);
    await term.waitForText('Coalition: Multinational Force Ukraine (MFU)');

    resize(5, 3);
    // Four lines in three rows of five columns: the terminal scrolls, as it must.
    await term.waitForText('q qu…');
    resize(59, 14);
    const small = await term.waitForText('have 59x14');
    const lines = small.split('\n');
    expect(lines[0]).toBe('Too small');
    expect(lines[1]).toBe('need 60x14');
    expect(lines[2]).toBe('have 59x14');

    resize(50, 20);
    const narrow = await term.waitForText('have 50x20');
    expect(narrow.split('\n').slice(0, 3)).toEqual(['Too small', 'need 60x14', 'have 50x20']);

    resize(80, 24);
    const back = await term.waitForText('Coalition: Multinational Force Ukraine (MFU)');
    expect(back).not.toContain('Too small');
    expect(back.split('\n')[0]).toMatch(/^Ukraine guarantees .*● live$/);
    expect(back.match(/Coalition: Multinational Force Ukraine \(MFU\)/g)).toHaveLength(1);

    term.keys('q', true);
    await term.waitForText('EXIT=0');
  });
});
