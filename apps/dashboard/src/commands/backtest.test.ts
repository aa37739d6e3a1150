import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../cli.js';
import { pipeIO } from '../test-support/captured-output.js';

async function run(args: string[]) {
  const t = pipeIO();
  const code = await main(args, t.io);
  return { code, out: t.out(), err: t.err() };
}

describe('pledgewatch backtest', () => {
  test('prints each case beside its outcome and the concordance overall and per era, per profile', async () => {
    const { code, out } = await run(['backtest']);
    expect(code).toBe(0);
    expect(out).toContain('OUTCOME');
    expect(out).toContain('not-honoured');
    expect(out).toMatch(/current-calculus\s+overall (\d\.\d\d|n\/a) \(\d+ pairs\)\s+before-1945/);
    expect(out).toMatch(/past-actions\s+overall/);
  });

  test('--json gives the cases and the figures', async () => {
    const { code, out } = await run(['backtest', '--json']);
    expect(code).toBe(0);
    const parsed = JSON.parse(out);
    expect(parsed.cases.length).toBeGreaterThan(0);
    expect(parsed.profiles.map((p: { profile: string }) => p.profile)).toContain('current-calculus');
  });

  test('a folder without outcomes.yaml is a clear error, not a stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-backtest-'));
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'data', 'dataset.yaml'), 'dataset: {id: t, title: T, asOf: 2020-01-01}\n');
    const { code, err } = await run(['backtest', dir]);
    expect(code).toBe(1);
    expect(err).toContain('outcomes.yaml');
    expect(err).not.toMatch(/\bat .*\.js:\d+/);
  });
});
