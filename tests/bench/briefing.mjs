// The briefing as a user runs it: whole-process time of `pledgewatch-brief` on the bundled
// dataset and on a synthetic 1,000-commitment dataset, medians after a warm-up, with pages
// and pages per second. Standalone (`node tests/bench/briefing.mjs`) or a stage of
// `npm run bench` (exports bench and print). Needs the build (npm run build).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanup, ms, ROOT, spread, summarize, syntheticFolder } from './lib.mjs';

const CLI = join(ROOT, 'apps/briefing/dist/cli.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function countPages(pdf) {
  return (readFileSync(pdf, 'latin1').match(/\/Type \/Page\b/g) ?? []).length;
}

function timeBrief(args, out) {
  const times = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const start = performance.now();
    const r = spawnSync(process.execPath, [CLI, ...args, '-o', out], { stdio: ['ignore', 'ignore', 'pipe'] });
    const t = performance.now() - start;
    if (r.status !== 0) throw new Error(`pledgewatch-brief ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    if (i > 0) times.push(t); // the first run warms the file-system cache
  }
  return { result: summarize(times), pages: countPages(out), bytes: readFileSync(out).length };
}

export async function bench() {
  const work = mkdtempSync(join(tmpdir(), 'pledgewatch-bench-brief-'));
  try {
    const large = await syntheticFolder(1000);
    const cases = [
      { dataset: 'bundled (Ukraine)', args: [] },
      { dataset: 'bundled, --pdfa --since', args: ['--pdfa', '--since', '2025-09-01'] },
      { dataset: '1,000 commitments', args: [large] },
    ];
    return cases.map((c, i) => ({ ...c, ...timeBrief(c.args, join(work, `b${i}.pdf`)) }));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function print(rows) {
  console.log('\n## pledgewatch-brief, whole process (load → assess → lay out → write)\n');
  console.log('| dataset | median ms | spread ms | pages | KB | pages/s |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const pps = (r.pages / (r.result.median / 1000)).toFixed(1);
    console.log(
      `| ${r.dataset} | ${ms(r.result.median)} | ${spread(r.result)} | ${r.pages} | ${Math.round(r.bytes / 1024)} | ${pps} |`,
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
