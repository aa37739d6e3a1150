import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * What a newcomer does with the README: install, then type its commands. Two checks:
 * - every `bin` of every workspace package points at a file git tracks, so `npm ci` on a fresh
 *   clone links it (a bin pointing into dist/ is not linked, and `npx NAME` then asks the public
 *   registry for a package of that name — anyone's code);
 * - the apps packed as npm would publish them, installed into a scratch project, run every
 *   `npx …` line of the README's sh blocks through the linked bins, with `--no-install` so a
 *   missing link fails here instead of downloading. Needs the packages built (the README's test
 *   command builds first).
 */

const root = join(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'pledgewatch-readme-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every published package of the workspace (a new dependency between them needs no edit here). */
const workspaces = ['packages', 'apps'].flatMap((top) =>
  readdirSync(join(root, top))
    .map((name) => `${top}/${name}`)
    .filter((w) => existsSync(join(root, w, 'package.json')))
    .filter((w) => !(JSON.parse(readFileSync(join(root, w, 'package.json'), 'utf8')) as { private?: boolean }).private),
);

function binsOf(folder: string): Record<string, string> {
  const pkg = JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8')) as { bin?: Record<string, string> };
  return pkg.bin ?? {};
}

/** The `npx …` lines of the README's ```sh blocks, without their trailing comments. */
export function readmeCommands(readme: string): string[] {
  const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks
    .flatMap((b) => b.split('\n'))
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line.startsWith('npx '));
}

describe('the README commands on a fresh install', () => {
  it('every bin is a committed file, not a build output', () => {
    const tracked = spawnSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' });
    const files = tracked.status === 0 ? new Set(tracked.stdout.split('\n')) : undefined;
    const bins = workspaces.flatMap((w) => Object.values(binsOf(w)).map((target) => join(w, target)));
    expect(workspaces).toEqual(expect.arrayContaining(['packages/core', 'apps/dashboard', 'apps/briefing']));
    expect(bins.length).toBeGreaterThanOrEqual(2);
    for (const bin of bins) {
      const path = bin.replace(/\\/g, '/').replace(/\/\.\//g, '/');
      expect(path, `${path} must not point into dist/`).not.toMatch(/\/dist\//);
      expect(existsSync(join(root, path)), `${path} exists`).toBe(true);
      if (files) expect(files.has(path), `${path} is tracked by git`).toBe(true);
    }
  });

  it('runs every npx line of the README through the linked bins', { timeout: 240_000 }, () => {
    const commands = readmeCommands(readFileSync(join(root, 'README.md'), 'utf8'));
    expect(commands.length).toBeGreaterThanOrEqual(3);
    const packed = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--pack-destination', scratch, ...workspaces.flatMap((w) => ['-w', w])], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, npm_config_loglevel: 'error' },
      }),
    ) as { filename: string }[];
    writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
    execFileSync(
      'npm',
      ['install', '--prefer-offline', '--no-audit', '--no-fund', ...packed.map((p) => `./${p.filename}`)],
      { cwd: scratch, stdio: 'ignore', env: { ...process.env, npm_config_loglevel: 'error' } },
    );
    for (const command of commands) {
      // As a person types it, in a shell (a line may redirect: `> briefing.md`).
      const r = spawnSync('sh', ['-c', command.replace(/^npx /, 'npx --no-install ')], {
        cwd: scratch,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, NO_COLOR: '1', npm_config_loglevel: 'error' },
      });
      expect(r.status, `${command}\n${r.stderr}`).toBe(0);
      const redirect = /\s>\s*(\S+)$/.exec(command)?.[1];
      const said = redirect ? readFileSync(join(scratch, redirect), 'utf8') : `${r.stdout}${r.stderr}`;
      expect(said.trim().length, `${command} says something`).toBeGreaterThan(0);
    }
    if (commands.some((c) => c.includes('pledgewatch-brief -o briefing.pdf'))) {
      expect(readFileSync(join(scratch, 'briefing.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    }
  });
});
