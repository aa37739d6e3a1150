import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../cli.js';
import { pipeIO } from '../test-support/captured-output.js';

async function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const t = pipeIO(env);
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

  test('--json carries the freshness of the dataset, as check --json and assess --json do (issue 12)', async () => {
    // The bundled history dataset's cut-off is 2022-09-12 with a 3650-day window: 2026-11-30 is
    // 1,540 days later and inside it; 2032-09-12 is 3,653 days later and past it.
    const fresh = JSON.parse((await run(['backtest', '--json'], { PLEDGEWATCH_TODAY: '2026-11-30' })).out);
    expect(fresh.freshness).toEqual({
      cutOff: '2022-09-12',
      today: '2026-11-30',
      freshForDays: 3650,
      ageDays: 1540,
      stale: false,
      projection: false,
      summary: 'data last updated 12 Sep 2022 — 1540 days ago',
    });
    const stale = JSON.parse((await run(['backtest', '--json'], { PLEDGEWATCH_TODAY: '2032-09-12' })).out);
    expect(stale.freshness).toMatchObject({ ageDays: 3653, stale: true });
    expect(stale.freshness.warning).toMatch(/^Data last updated 12 Sep 2022 — 3653 days ago, past its 3650-day/);
  });

  test('a PLEDGEWATCH_TODAY that is not a date is a usage error, not a silent clock reading', async () => {
    const { code, err } = await run(['backtest', '--json'], { PLEDGEWATCH_TODAY: '2026-02-30' });
    expect(code).toBe(2);
    expect(err).toContain("PLEDGEWATCH_TODAY='2026-02-30' is not a date");
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
