// The dashboard's first frame in a real terminal: a pseudo-terminal (util-linux `script`) runs
// `pledgewatch` on the bundled dataset; the clock runs from the spawn to the first byte the
// dashboard draws (its loading screen) and to the first full frame (the Overview's tabs), then
// the session is ended. Baseline, through the same pseudo-terminal: a bare node that prints one
// byte. Standalone: `node tests/bench/first-frame.mjs`. Needs the build (npm run build).
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ms, ROOT, ratio, summarize } from './lib.mjs';

const CLI = join(ROOT, 'apps/dashboard/dist/cli.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const quote = (s) => `'${s.replace(/'/g, "'\\''")}'`;

/** Milliseconds from spawn until the output contains each of `marks` (in order), or throws. */
function timeMarks(command, marks) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      stdio: ['pipe', 'pipe', 'ignore'],
      env: { ...process.env, TERM: 'xterm-256color', COLUMNS: '120', LINES: '40', NO_COLOR: '1' },
    });
    const at = [];
    let seen = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command}: no ${marks[at.length]} within 60 s`));
    }, 60_000);
    child.stdout.on('data', (chunk) => {
      seen += chunk.toString('utf8');
      while (at.length < marks.length && seen.includes(marks[at.length])) at.push(performance.now() - start);
      if (at.length === marks.length) {
        clearTimeout(timer);
        child.kill('SIGTERM');
        resolve(at);
      }
    });
    child.on('exit', () => {
      if (at.length < marks.length) {
        clearTimeout(timer);
        reject(new Error(`${command} ended before ${marks[at.length]}`));
      }
    });
  });
}

async function sampleMarks(command, marks, runs = RUNS) {
  const samples = marks.map(() => []);
  for (let i = 0; i < runs + 1; i++) {
    const at = await timeMarks(command, marks);
    if (i > 0) at.forEach((t, k) => samples[k].push(t)); // the first run warms the file-system cache
  }
  return samples.map(summarize);
}

export async function bench() {
  if (spawnSync('script', ['--version']).status !== 0) return [];
  const [bare] = await sampleMarks(`${quote(process.execPath)} -e ${quote("process.stdout.write('ready')")}`, [
    'ready',
  ]);
  const [loading, full] = await sampleMarks(`${quote(process.execPath)} ${quote(CLI)}`, ['pledgewatch ·', 'Overview']);
  return [
    { what: 'bare node printing one word (`node -e`)', result: bare },
    { what: 'pledgewatch: first frame (the loading screen)', result: loading },
    { what: 'pledgewatch: first full frame (the Overview)', result: full },
  ];
}

export function print(rows) {
  if (rows.length === 0) return;
  const base = rows[0].result.median;
  console.log('\n## The dashboard in a real terminal: time to its first frame (bundled dataset)\n');
  console.log('| from the spawn to | median (spread) ms | ÷ bare node | target |');
  console.log('|---|---:|---:|---|');
  const targets = ['', '≤ 300 ms', '≤ 5× bare node'];
  rows.forEach((r, i) => {
    console.log(
      `| ${r.what} | ${ms(r.result.median)} (${ms(r.result.min)}–${ms(r.result.max)}) | ${ratio(r.result.median, base)} | ${targets[i]} |`,
    );
  });
}

if (import.meta.url === `file://${process.argv[1]}`) print(await bench());
