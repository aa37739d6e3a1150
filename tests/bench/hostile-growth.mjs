// Issue 18's "grows" classes, each at its worst valid size and at a tenth of it: whole-process
// time of the command that was slow, less the same command on the small base dataset (process
// start and the base data), so the factor is the growth of the work the class adds. Linear is
// 10×. Standalone (`node tests/bench/hostile-growth.mjs`; BENCH_HOSTILE_SCALE=0.1 for a quick
// run at a tenth of the sizes) or a stage of `npm run bench`. Needs the build.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeLargeCase } from '../support/large-cases.mjs';
import { ms, ROOT, summarize } from './lib.mjs';

const DASHBOARD = join(ROOT, 'apps/dashboard/dist/cli.js');
const BRIEF = join(ROOT, 'apps/briefing/dist/cli.js');
const BASE = join(ROOT, 'tests/fixtures/hostile/first-century-date/data');
const SCALE = Number(process.env.BENCH_HOSTILE_SCALE ?? 1);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** Each class at its worst valid size (the 10× point) and the command that grew with it. */
const CLASSES = [
  { kind: 'status-history', label: 'briefing', size: 100_000, command: (d, o) => [BRIEF, d, '-o', o] },
  { kind: 'status-reconfirmed', label: 'briefing', size: 100_000, command: (d, o) => [BRIEF, d, '-o', o] },
  {
    kind: 'scenario-changes',
    label: 'assess --json --scenario',
    size: 100_000,
    command: (d) => [DASHBOARD, 'assess', d, '--json', '--scenario', 'many-changes'],
  },
  { kind: 'scenario-changes', label: 'briefing', size: 100_000, command: (d, o) => [BRIEF, d, '-o', o] },
  { kind: 'events', label: 'briefing', size: 20_000, command: (d, o) => [BRIEF, d, '-o', o] },
  {
    kind: 'long-title',
    label: '--once --view timeline',
    size: 65_536,
    command: (d) => [DASHBOARD, d, '--once', '--view', 'timeline'],
  },
  { kind: 'long-key', label: '--once', size: 60_000, command: (d) => [DASHBOARD, d, '--once'] },
  { kind: 'membership-chain', label: 'check', size: 100_000, command: (d) => [DASHBOARD, 'check', d] },
];

function time(argv, runs = RUNS) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const r = spawnSync(process.execPath, argv, {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    if (r.signal) throw new Error(`${argv.join(' ')} ended by ${r.signal}`);
    times.push(performance.now() - start);
  }
  return summarize(times);
}

export async function bench() {
  const work = mkdtempSync(join(tmpdir(), 'pledgewatch-bench-hostile-'));
  const rows = [];
  try {
    for (const c of CLASSES) {
      const out = join(work, 'out.pdf');
      const base = time(c.command(BASE, out));
      const at = {};
      for (const [label, n] of [
        ['small', Math.round((c.size * SCALE) / 10)],
        ['large', Math.round(c.size * SCALE)],
      ]) {
        const dir = join(work, `${c.kind}-${n}`);
        rmSync(dir, { recursive: true, force: true });
        cpSync(BASE, dir, { recursive: true });
        writeLargeCase(dir, c.kind, n);
        at[label] = { n, time: time(c.command(dir, out)) };
      }
      const added = (t) => Math.max(1, t.time.median - base.median);
      rows.push({
        case: `${c.kind} (${c.label})`,
        base: base.median,
        small: at.small,
        large: at.large,
        factor: added(at.large) / added(at.small),
      });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return rows;
}

export function print(rows) {
  console.log('\n## Hostile input that grows (issue 18): 1× and 10×, less the base dataset (linear = 10×)\n');
  console.log('| class (command) | base ms | n | ms | 10n | ms | added-work factor |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(
      `| ${r.case} | ${ms(r.base)} | ${r.small.n.toLocaleString('en')} | ${ms(r.small.time.median)} | ${r.large.n.toLocaleString('en')} | ${ms(r.large.time.median)} | ${r.factor.toFixed(1)}× |`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) print(await bench());
