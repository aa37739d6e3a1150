import { spawnSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from '@pledgewatch/core';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../apps/dashboard/src/cli.js';
import { VIEWS } from '../apps/dashboard/src/navigation/keys.js';
import { pipeIO } from '../apps/dashboard/src/test-support/captured-output.js';
import { type HostileCase, hostileCases, materialise } from './support/hostile-cases.js';

/**
 * Every case of the hostile corpus through the dashboard's one-frame and JSON modes: the
 * exact exit code, the diagnostics view for data with errors, never a stack trace, and no
 * dataset text that can drive the terminal. With NO_COLOR the dashboard writes no escape
 * sequence of its own, so any ESC, C1 control or raw bidi/zero-width character in the
 * output came from the dataset and leaked.
 *
 * The whole corpus runs in-process through the CLI's `main` (the code path of the binary,
 * without 53 node start-ups); a subset covering each outcome class runs as the built binary.
 */

const cli = join(import.meta.dirname, '..', 'apps', 'dashboard', 'dist', 'cli.js');
const cases = hostileCases();
const work = mkdtempSync(join(tmpdir(), 'pledgewatch-dashboard-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * What may not reach a terminal from a dataset: C0 controls but newline, DEL, C1, and every
 * format character (bidi controls, zero-width, tags U+E0000–E007F, invisible operators, annotations, U+180E).
 */
const LEAK = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\p{Cf}\u{E0000}-\u{E007F}]/u;

function leaks(text: string): string | undefined {
  const m = LEAK.exec(text);
  if (!m) return undefined;
  const at = m.index;
  return `U+${m[0].codePointAt(0)!.toString(16).padStart(4, '0')} in …${JSON.stringify(text.slice(Math.max(0, at - 40), at + 20))}`;
}

async function inProcess(argv: string[]) {
  const t = pipeIO({ NO_COLOR: '1' });
  const status = await main(argv, t.io);
  return { status, stdout: t.out(), stderr: t.err() };
}

function binary(argv: string[], runAsNobody = false) {
  const args = [cli, ...argv];
  const [cmd, full] = runAsNobody
    ? ['setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, ...args]]
    : [process.execPath, args];
  const r = spawnSync(cmd, full as string[], {
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

const STACK = /^\s+at .+:\d+:\d+\)?$/m;

/** The one frame: exit code, the right view, nothing leaked. */
function expectSaneFrame(c: HostileCase, r: { status: number | null; stdout: string; stderr: string }) {
  expect(r.status).toBe(c.exit);
  const all = r.stdout + r.stderr;
  expect(all).not.toMatch(STACK);
  expect(all).not.toContain('internal error');
  expect(leaks(all), 'dataset text reached the terminal unneutralised').toBeUndefined();
  const lines = r.stdout.trimEnd().split('\n');
  expect(lines.length, 'a whole frame').toBeGreaterThanOrEqual(20);
  for (const line of lines) expect([...line].length).toBeLessThanOrEqual(120);
  if (c.exit === 0) {
    expect(lines[0]).toContain('Hostile input case');
  } else {
    // No good data yet: the diagnostics view, with a banner naming the first problem's file.
    expect(r.stdout).toMatch(/\d+ problems?/);
    expect(r.stdout).toMatch(/^ ✖ \S/m);
    expect(r.stderr.trim().length, 'the diagnostics on stderr').toBeGreaterThan(10);
  }
}

function expectSaneJson(c: HostileCase, r: { status: number | null; stdout: string; stderr: string }) {
  expect(r.status).toBe(c.exit);
  expect(r.stdout + r.stderr).not.toMatch(STACK);
  // JSON escapes every control character, DEL, C1 and format characters (core's safeJson).
  expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\p{Cf}\u{E0000}-\u{E007F}]/u);
  const snapshot = JSON.parse(r.stdout) as { ok: boolean; diagnostics: Diagnostic[] };
  expect(snapshot.ok).toBe(c.exit === 0);
  const errors = snapshot.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
  expect(errors.sort()).toEqual(c.codes);
}

const FRAME = ['--once', '--width', '120', '--height', '30'];

describe('the dashboard on every hostile case (in-process)', () => {
  it.each(cases.filter((c) => c.make !== 'unreadable-file').map((c) => [c.name, c] as const))(
    '%s',
    async (_name, c) => {
      const { target } = materialise(c);
      const valid = c.exit === 0;
      // Valid-but-odd data: every view, since each shows other dataset text.
      for (const view of valid ? VIEWS : [undefined]) {
        const frame = await inProcess([target, ...FRAME, ...(view ? ['--view', view] : [])]);
        expectSaneFrame(c, frame);
      }
      expectSaneJson(c, await inProcess([target, '--json']));
      rmSync(join(target, '..'), { recursive: true, force: true });
    },
  );
});

describe('the dashboard binary on one case of each outcome class', () => {
  const subset = [
    'terminal-escapes-in-text', // valid, escapes in names
    'unsafe-urls', // valid with warnings
    'malformed-yaml', // a syntax error with line and column
    'unreadable-file', // a file-system error, run as an unprivileged user
    'alias-bomb', // a limit
  ];
  it.each(subset)('%s', (name) => {
    const c = cases.find((k) => k.name === name)!;
    const { target, runAsNobody } = materialise(c);
    const frame = binary([target, ...FRAME], runAsNobody);
    expect(frame.signal).toBeNull();
    expectSaneFrame(c, frame);
    expectSaneJson(c, binary([target, '--json'], runAsNobody));
  });
});

describe('dataset text the dashboard shows is neutralised, not dropped', () => {
  it('shows escape sequences as ␛ and bidi tricks as ⟨U+…⟩ markers', async () => {
    const escapes = materialise(cases.find((c) => c.name === 'terminal-escapes-in-text')!).target;
    const overview = await inProcess([escapes, ...FRAME]);
    expect(overview.stdout).toContain('Reassurance␛[2J␛[H force');
    expect(overview.stdout).toContain('␛]52;c;ZXZpbA==⟨U+0007⟩');

    const bidi = materialise(cases.find((c) => c.name === 'bidi-and-zero-width')!).target;
    const commitments = await inProcess([bidi, ...FRAME, '--view', 'commitments']);
    expect(commitments.stdout).toContain('United ⟨U+202E⟩');
  });

  it('neutralises file names too: a file named with escapes, C1 and bidi characters', async () => {
    const c = cases.find((k) => k.name === 'malformed-yaml')!;
    const { target } = materialise(c);
    const hostileName = 'w\u001b]0;pwned\u0007\u001b[2J\u009b\u202ex.yaml';
    renameSync(join(target, 'world.yaml'), join(target, hostileName));
    const frame = await inProcess([target, ...FRAME]);
    expectSaneFrame(c, frame);
    expect(frame.stdout).toContain('w␛]0;pwned⟨U+0007⟩␛[2J⟨U+009B⟩⟨U+202E⟩x.yaml:6:1');
    expectSaneJson(c, await inProcess([target, '--json']));
  });
});
