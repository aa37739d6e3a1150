import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileCases, materialise } from './support/hostile-cases.js';
import { TmuxTerminal } from './support/terminal.js';

/**
 * The live dashboard in a real terminal (tmux) on datasets whose text carries terminal
 * escape sequences and bidi tricks. tmux interprets whatever reaches it, so a leak would
 * show as an effect: a new window title, a paste buffer from OSC 52, the alternate screen
 * left, mouse reporting switched on, a cleared or reset screen. None may happen, and the
 * text must show as visible markers.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'apps/dashboard/dist/cli.js');
const cases = hostileCases();
const roots: string[] = [];

function caseFolder(name: string): string {
  const { target } = materialise(cases.find((c) => c.name === name)!);
  roots.push(join(target, '..'));
  return target;
}

describe('dataset text cannot drive the terminal', () => {
  let term: TmuxTerminal;

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build first (npm run build)`);
    term = TmuxTerminal.start({ columns: 120, rows: 40, cwd: ROOT });
    // Let applications write tmux paste buffers with OSC 52, so a leaked one would be seen.
    term.command('set-option', '-g', 'set-clipboard', 'on');
    await term.waitForText('shell$');
  });

  afterAll(async () => {
    term?.close();
    for (const r of roots) await rm(r, { recursive: true, force: true });
  });

  it('escape sequences in names: no title, clipboard, screen or mode change; shown as ␛', async () => {
    const dir = caseFolder('terminal-escapes-in-text');
    // Beyond the corpus case: window titles, leaving the alternate screen, mouse reporting,
    // a full reset, and a C1 CSI.
    const world = join(dir, 'world.yaml');
    await writeFile(
      world,
      (await readFile(world, 'utf8')).replace(
        'force ',
        'force \\e]0;PWNED\\a\\e]2;PWNED\\a\\e[?1049l\\e[?1003h\\ec\\x9b2J ',
      ),
    );
    const title = term.paneFormat('#{pane_title}');
    term.run(`clear; node ${CLI} ${dir}; echo "EXIT=$?"`);
    const screen = await term.waitForText('Coalition: Reassurance');

    expect(screen.split('\n')[0]).toContain('Hostile input case');
    expect(screen).toContain('Reassurance␛[2J␛[H force ␛]0;PWNED⟨U+0007⟩');
    expect(screen).toContain('⟨U+009B⟩');
    expect(term.paneFormat('#{pane_title}'), 'no window title set').toBe(title);
    expect(term.command('list-buffers'), 'no OSC 52 clipboard write').toBe('');
    expect(term.alternateScreen(), 'still on the alternate screen').toBe(true);
    expect(
      term.paneFormat('#{mouse_all_flag}'),
      'no mouse motion reporting (the dashboard asks for wheel reports only)',
    ).toBe('0');

    term.keys('q', true);
    await term.waitForText('EXIT=0');
    expect(term.alternateScreen()).toBe(false);
    expect(term.paneFormat('#{pane_title}')).toBe(title);
  });

  it('bidi overrides and zero-width characters show as ⟨U+…⟩ markers', async () => {
    const dir = caseFolder('bidi-and-zero-width');
    term.run(`clear; node ${CLI} ${dir}; echo "EXIT=$?"`);
    const screen = await term.waitForText('Coalition: Reassurance force');
    expect(screen).toContain('United ⟨U+202E⟩');
    expect(screen).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200b-\u200d]/);
    // The commitment's detail names the guarantor in full.
    term.keys('2');
    await term.waitForText('United ⟨U+202E⟩modgniK…');
    term.keys('Enter');
    const commitments = await term.waitForText('United ⟨U+202E⟩modgniK⟨U+202C⟩ ⟨U+200B⟩UK');
    expect(commitments).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200b-\u200d]/);
    term.keys('q', true);
    await term.waitForText('EXIT=0');
  });
});
