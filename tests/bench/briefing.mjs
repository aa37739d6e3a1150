// The briefing as a user runs it: whole-process time of `pledgewatch-brief` on the bundled
// dataset and on synthetic datasets of 1,000 and 10,000 commitments (of BENCH_SIZES),
// medians after a warm-up, with pages and pages per second. Standalone
// (`node tests/bench/briefing.mjs`) or a stage of `npm run bench` (exports bench and print).
// Needs the build (npm run build).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanup, ms, ROOT, SIZES, spread, summarize, syntheticFolder } from './lib.mjs';

const CLI = join(ROOT, 'apps/briefing/dist/cli.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

export function countPages(pdf) {
  return (readFileSync(pdf, 'latin1').match(/\/Type \/Page\b/g) ?? []).length;
}

export function timeBrief(args, out, runs = RUNS, warmup = 1) {
  const times = [];
  for (let i = 0; i < runs + warmup; i++) {
    const start = performance.now();
    const r = spawnSync(process.execPath, [CLI, ...args, '-o', out], { stdio: ['ignore', 'ignore', 'pipe'] });
    const t = performance.now() - start;
    if (r.status !== 0) throw new Error(`pledgewatch-brief ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    if (i >= warmup) times.push(t); // the first run warms the file-system cache
  }
  return { time: summarize(times), pages: countPages(out), bytes: readFileSync(out).length };
}

export async function bench() {
  const work = mkdtempSync(join(tmpdir(), 'pledgewatch-bench-brief-'));
  try {
    const cases = [
      { dataset: 'bundled (Ukraine)', args: [] },
      { dataset: 'bundled, --pdfa --since', args: ['--pdfa', '--since', '2025-09-01'] },
    ];
    // A 10,000-commitment briefing runs to about a thousand pages: fewer runs, no warm-up.
    for (const n of SIZES.filter((x) => x >= 1000))
      cases.push({ dataset: `${n.toLocaleString('en')} commitments`, n, args: [await syntheticFolder(n)] });
    return cases.map((c, i) => ({
      case: 'pledgewatch-brief',
      ...c,
      ...timeBrief(c.args, join(work, `b${i}.pdf`), c.n >= 10000 ? 2 : RUNS, c.n >= 10000 ? 0 : 1),
    }));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function print(rows) {
  console.log('\n## pledgewatch-brief, whole process (load → assess → lay out → write)\n');
  console.log('| dataset | median ms | spread ms | pages | KB | pages/s |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const pps = (r.pages / (r.time.median / 1000)).toFixed(1);
    console.log(
      `| ${r.dataset} | ${ms(r.time.median)} | ${spread(r.time)} | ${r.pages} | ${Math.round(r.bytes / 1024)} | ${pps} |`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    print(await bench());
  } finally {
    cleanup();
  }
}
