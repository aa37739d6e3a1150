import { mkdtempSync, writeFileSync } from 'node:fs';
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

describe('pledgewatch assess', () => {
  test('--as-of is read as core reads a dataset date: a day the calendar lacks is a usage error', async () => {
    const { code, err } = await run(['assess', '--as-of', '2026-02-30']);
    expect(code).toBe(2);
    expect(err).toContain("--as-of '2026-02-30' is not a date");
    expect(err).toContain('calendar');
  });

  test('prints a table of every guarantee with credibility and viability ranges', async () => {
    const { code, out } = await run(['assess']);
    expect(code).toBe(0);
    expect(out).toContain('CREDIBILITY');
    expect(out).toContain('Multinational Force Ukraine');
    expect(out).toMatch(/Unknowns that move the scores most/);
  });

  test('--json gives every guarantee a range with reasons and citations, and the sensitivity ranking', async () => {
    const { code, out } = await run(['assess', '--json', '--profile', 'past-actions']);
    expect(code).toBe(0);
    const parsed = JSON.parse(out);
    expect(parsed.assessment.profile.id).toBe('past-actions');
    for (const g of parsed.assessment.guarantees) {
      expect(g.credibility.low).toBeLessThanOrEqual(g.credibility.high);
      const reasons = g.factors.flatMap((f: { reasons: { citations: unknown[] }[] }) => f.reasons);
      expect(reasons.length).toBeGreaterThan(0);
      for (const r of reasons) expect(r.citations.length).toBeGreaterThan(0);
    }
    expect(Array.isArray(parsed.sensitivity)).toBe(true);
  });

  test('an unknown profile is a usage error (exit 2) with the choices', async () => {
    const { code, err } = await run(['assess', '--profile', 'nope']);
    expect(code).toBe(2);
    expect(err).toContain("no profile 'nope'");
    expect(err).toContain('current-calculus');
  });

  test('a broken dataset gives the same diagnostics and exit code as check', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pledgewatch-assess-'));
    writeFileSync(join(dir, 'dataset.yaml'), 'dataset: {id: x, title: X}\n');
    const assessed = await run(['assess', dir]);
    const checked = await run(['check', dir]);
    expect(assessed.code).toBe(1);
    expect(assessed.code).toBe(checked.code);
    expect(assessed.err.split('\n')[0]).toBe(checked.err.split('\n')[0]);
  });
});
