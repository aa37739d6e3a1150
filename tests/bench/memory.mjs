// The dashboard's resident memory at each size: the real `pledgewatch` on a synthetic dataset in
// a pseudo-terminal (util-linux `script`), its node process's VmRSS read from /proc once the
// Overview is drawn and the trend has followed, then again after a series of real saves (each
// reloaded, reassessed and drawn). Baseline: a bare node at rest in the same pseudo-terminal.
// Measured at the largest of BENCH_SIZES; BENCH_MEMORY_SAVES saves (50). Linux only (/proc).
// Standalone: `node tests/bench/memory.mjs`.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runAlone, SIZES, statusFlipVariants, syntheticFolder } from './lib.mjs';

const CLI = join(ROOT, 'apps/dashboard/dist/cli.js');
const SAVES = Number(process.env.BENCH_MEMORY_SAVES ?? 50);
const quote = (s) => `'${s.replace(/'/g, "'\\''")}'`;
const quiet = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resident memory of `pid` in MB, from /proc. */
function rssMb(pid) {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(line.split(/\s+/)[1]) / 1024;
}

/** The node process `script` started (its child). */
function nodeChild(scriptPid) {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === scriptPid) return Number(entry);
    } catch {
      // gone meanwhile
    }
  }
  return undefined;
}

/** Starts `command` in a pseudo-terminal; resolves once its output contains `mark`. */
function startIn(command, mark) {
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      stdio: ['pipe', 'pipe', 'ignore'],
      env: { ...process.env, TERM: 'xterm-256color', COLUMNS: '120', LINES: '40', NO_COLOR: '1' },
    });
    let seen = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command}: no ${mark} within 120 s`));
    }, 120_000);
    const output = { text: () => seen };
    child.stdout.on('data', (chunk) => {
      seen += chunk.toString('utf8');
      if (seen.includes(mark)) {
        clearTimeout(timer);
        resolve({ child, output });
      }
    });
    child.on('exit', () => reject(new Error(`${command} ended before ${mark}`)));
  });
}

async function stop(child) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, quiet(5000)]);
}

export async function bench() {
  if (spawnSync('script', ['--version']).status !== 0 || !existsSync('/proc/self/status')) return [];
  const bare = await startIn(
    `${quote(process.execPath)} -e ${quote("process.stdout.write('ready'); setInterval(() => {}, 1000)")}`,
    'ready',
  );
  await quiet(500);
  const bareRss = rssMb(nodeChild(bare.child.pid));
  await stop(bare.child);
  const rows = [];
  // The largest size only (the target is at 10,000): a dashboard per size would double the stage.
  for (const n of [Math.max(...SIZES)]) {
    const dir = mkdtempSync(join(tmpdir(), 'pledgewatch-bench-memory-'));
    cpSync(await syntheticFolder(n), dir, { recursive: true });
    const { file, texts } = statusFlipVariants(n);
    const { child, output } = await startIn(`${quote(process.execPath)} ${quote(CLI)} ${quote(dir)}`, 'Overview');
    const pid = nodeChild(child.pid);
    await quiet(2000); // the trend follows the first frame
    const opened = rssMb(pid);
    const series = [];
    for (let i = 0; i < SAVES; i++) {
      if (i % 10 === 0) series.push(Math.round(rssMb(pid)));
      const before = output.text().length;
      await writeFile(join(dir, file), texts[i % 2]);
      // Drawn: the screen changed after the save (bounded wait; a slow machine just takes longer).
      for (let k = 0; k < 500 && output.text().length === before; k++) await quiet(10);
      await quiet(n >= 10000 ? 150 : 50);
    }
    await quiet(1500);
    const afterSaves = rssMb(pid);
    await stop(child);
    rmSync(dir, { recursive: true, force: true });
    rows.push({ n, bareRss, opened, afterSaves, peak: Math.max(...series, afterSaves), series, saves: SAVES });
  }
  return rows;
}

export function print(rows) {
  if (rows.length === 0) return;
  console.log("\n## The dashboard's resident memory in a real terminal (VmRSS; baseline: a bare node at rest)\n");
  console.log(
    `| commitments | opened MB | after ${rows[0].saves} saves MB | highest seen MB | every 10 saves MB | bare node MB | target |`,
  );
  console.log('|---:|---:|---:|---:|---|---:|---|');
  for (const r of rows)
    console.log(
      `| ${r.n} | ${r.opened.toFixed(0)} | ${r.afterSaves.toFixed(0)} | ${r.peak.toFixed(0)} | ${r.series.join(' ')} | ${r.bareRss.toFixed(0)} | ${r.n === 10000 ? '≤ 300 MB' : ''} |`,
    );
}

await runAlone(import.meta.url, bench, print);
