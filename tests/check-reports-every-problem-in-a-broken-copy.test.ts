import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { datasetDir } from '@pledgewatch/dataset-ukraine';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Issue 2's promise, as a user meets it: `pledgewatch check` is clean on the bundled dataset,
 * and on a copy with a misspelt status, a dangling actor and a YAML syntax error it reports
 * all three at once, each at its file and line.
 */

const cli = join(import.meta.dirname, '..', 'apps', 'dashboard', 'dist', 'cli.js');
const copy = join(mkdtempSync(join(tmpdir(), 'pledgewatch-broken-')), 'data');
afterAll(() => rmSync(join(copy, '..'), { recursive: true, force: true }));

function check(dir?: string) {
  const r = spawnSync(process.execPath, [cli, 'check', ...(dir ? [dir] : [])], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: r.status, out: r.stdout + r.stderr };
}

/** Replaces the first line matching `pattern` in a file; returns its 1-based line number. */
function breakLine(file: string, pattern: RegExp, replace: (line: string) => string): number {
  const path = join(copy, file);
  const lines = readFileSync(path, 'utf8').split('\n');
  const index = lines.findIndex((l) => pattern.test(l));
  expect(index, `${file} has a line matching ${pattern}`).toBeGreaterThanOrEqual(0);
  lines[index] = replace(lines[index]!);
  writeFileSync(path, lines.join('\n'));
  return index + 1;
}

describe('pledgewatch check', () => {
  it('is clean on the bundled dataset', () => {
    const r = check();
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/^ok: ukraine-guarantees \(as of \d{4}-\d{2}-\d{2}\): \d+ guarantees/m);
    expect(r.out).not.toContain('warning');
  });

  it('reports a misspelt status, a dangling actor and a YAML syntax error, each at its file and line', () => {
    cpSync(datasetDir, copy, { recursive: true });
    const statusLine = breakLine('guarantees/mfu/france.yaml', /status: pledged/, (l) =>
      l.replace('status: pledged', 'status: pledgd'),
    );
    const actorLine = breakLine('guarantees/mfu/belgium.yaml', /^\s+guarantor: belgium/, (l) =>
      l.replace('belgium', 'belgum'),
    );
    const syntaxLine = breakLine('events.yaml', /^\s+title: /, (l) => l.replace('    title:', '   title:'));

    const r = check(copy);
    expect(r.status).toBe(1);
    const lines = r.out.trim().split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          new RegExp(`^guarantees/mfu/france\\.yaml:${statusLine}:\\d+  .*'pledgd'.*did you mean 'pledged'`),
        ),
        expect.stringMatching(
          new RegExp(
            `^guarantees/mfu/belgium\\.yaml:${actorLine}:\\d+  the guarantor 'belgum' is not defined.*did you mean 'belgium'`,
          ),
        ),
        expect.stringMatching(new RegExp(`^events\\.yaml:${syntaxLine}:\\d+  the file is not valid YAML`)),
      ]),
    );
    expect(lines.at(-1)).toMatch(/^3 errors in /);
  });
});
