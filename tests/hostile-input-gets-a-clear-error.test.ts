import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { type Diagnostic, loadDataset } from '@pledgewatch/core';
import { describe, expect, it } from 'vitest';
import { CORPUS, hostileCases, materialise } from './support/hostile-cases.js';

/**
 * Every case of the hostile corpus through `pledgewatch check`, as a user would run it:
 * the exact exit code and diagnostic codes, a clear message with file and line where one
 * applies, never a stack trace, never a raw escape character on the terminal.
 */

const cli = join(import.meta.dirname, '..', 'apps', 'dashboard', 'dist', 'cli.js');

function check(target: string, runAsNobody: boolean, json: boolean) {
  const args = [cli, 'check', target, ...(json ? ['--json'] : [])];
  const [cmd, argv] = runAsNobody
    ? ['setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, ...args]]
    : [process.execPath, args];
  const r = spawnSync(cmd, argv as string[], {
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

const cases = hostileCases();

describe('the hostile corpus', () => {
  it('has at least 40 cases, each with its expected outcome', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { target, runAsNobody } = materialise(c);
    const json = check(target, runAsNobody, true);
    expect(json.signal, 'it must finish on its own').toBeNull();
    expect(json.status).toBe(c.exit);
    const report = JSON.parse(json.stdout) as { ok: boolean; diagnostics: Diagnostic[] };
    const errors = report.diagnostics.filter((d) => d.severity === 'error');
    const warnings = report.diagnostics.filter((d) => d.severity === 'warning');
    expect(errors.map((d) => d.code).sort()).toEqual(c.codes);
    expect(warnings.map((d) => d.code).sort()).toEqual(c.warnings);
    for (const d of report.diagnostics) {
      expect(d.file, 'every diagnostic names its file').toBeTruthy();
      expect(d.message.length).toBeGreaterThan(10);
    }

    const human = check(target, runAsNobody, false);
    const output = human.stdout + human.stderr;
    expect(human.status).toBe(c.exit);
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m); // no stack trace
    expect(output).not.toContain('internal error');
    if (c.contains) expect(output).toContain(c.contains);
    if (c.mustNotContain === 'ESC') expect(output).not.toContain('\u001b');
  });
});

describe('injection through keys', () => {
  it('never pollutes object prototypes, whatever the keys', async () => {
    await loadDataset(join(CORPUS, 'proto-keys', 'data'));
    await loadDataset(join(CORPUS, 'proto-section', 'data'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });
});
