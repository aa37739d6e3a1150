import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Issue 18: what a user types comes back, when it is wrong, shown through the one sanitiser —
 * never with its escape sequences intact; prototype names are not profiles; an empty date is
 * refused; a read-only briefing is kept.
 */

const root = join(import.meta.dirname, '..');
const DASHBOARD = join(root, 'apps', 'dashboard', 'dist', 'cli.js');
const BRIEF = join(root, 'apps', 'briefing', 'dist', 'cli.js');
const work = mkdtempSync(join(tmpdir(), 'pledgewatch-cli-values-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(cli: string, args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    cwd: work,
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: r.status, out: r.stdout + r.stderr };
}

const HOSTILE = 'x\u001b[2J\u001b]0;pwned\u0007\u009b31m';

describe('command-line values', () => {
  it.each([
    ['--as-of', [DASHBOARD, 'assess', '--as-of', HOSTILE]],
    ['--profile', [DASHBOARD, 'assess', '--profile', HOSTILE]],
    ['--scenario', [DASHBOARD, 'assess', '--scenario', HOSTILE]],
    ['the folder', [DASHBOARD, 'check', HOSTILE]],
    ['--since (briefing)', [BRIEF, '--since', HOSTILE, '-o', 'b.pdf']],
    ['the folder (briefing)', [BRIEF, HOSTILE, '-o', 'b.pdf']],
  ] as const)('%s is never echoed raw', (_name, [cli, ...args]) => {
    const r = run(cli, args);
    expect(r.status === 1 || r.status === 2, r.out).toBe(true);
    expect(r.out).toContain('x␛[2J');
    expect(r.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  it.each(['constructor', '__proto__', 'toString'])('--profile %s is an unknown profile (exit 2)', (name) => {
    const r = run(DASHBOARD, ['assess', '--profile', name]);
    expect(r.status).toBe(2);
    expect(r.out).toContain(`there is no profile '${name}'`);
    expect(r.out).not.toContain('internal error');
  });

  it("--as-of '' is refused by the briefing, not ignored", () => {
    const r = run(BRIEF, ['--as-of', '', '-o', 'empty.pdf']);
    expect(r.status).toBe(2);
    expect(r.out).toContain("--as-of '' is not a date");
    expect(readdirSync(work)).not.toContain('empty.pdf');
  });

  it('a read-only briefing is named and kept, not replaced', () => {
    const target = join(work, 'kept.pdf');
    writeFileSync(target, 'the user made this read-only');
    chmodSync(target, 0o444);
    const r = run(BRIEF, ['-o', target]);
    expect(r.status).toBe(2);
    expect(r.out).toContain(`${target} is read-only; it was kept`);
    expect(readFileSync(target, 'utf8')).toBe('the user made this read-only');
    expect(readdirSync(work).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
