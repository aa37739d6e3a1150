// Cold start of each command on the bundled dataset, against a bare `node -e ''`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ms, ROOT, ratio, summarize } from './lib.mjs';

function time(args, runs = 7) {
  const times = [];
  for (let i = 0; i < runs + 1; i++) {
    const start = performance.now();
    const r = spawnSync(process.execPath, args, {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    const t = performance.now() - start;
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    if (i > 0) times.push(t); // the first run warms the file-system cache
  }
  return summarize(times);
}

export function benchStartup() {
  const dashboard = join(ROOT, 'apps/dashboard/dist/cli.js');
  const briefing = join(ROOT, 'apps/briefing/dist/cli.js');
  const rows = [{ command: "node -e ''", result: time(['-e', '']) }];
  rows.push({ command: 'pledgewatch --help', result: time([dashboard, '--help']) });
  rows.push({ command: 'pledgewatch --version', result: time([dashboard, '--version']) });
  rows.push({ command: 'pledgewatch check', result: time([dashboard, 'check']) });
  if (existsSync(join(ROOT, 'apps/dashboard/dist/commands/dashboard.js'))) {
    rows.push({ command: 'pledgewatch --once', result: time([dashboard, '--once']) });
  }
  if (existsSync(briefing)) {
    rows.push({ command: 'pledgewatch-brief -o /dev/null', result: time([briefing, '-o', '/dev/null'], 5) });
  }
  return rows;
}

/** Issue 17's cold-start targets, as multiples of a bare node. */
const TARGETS = {
  'pledgewatch --help': '≤ 1.5×',
  'pledgewatch --version': '≤ 1.5×',
  'pledgewatch check': '≤ 3×',
  'pledgewatch --once': '≤ 5×',
};

export function printStartup(rows) {
  const base = rows[0].result.median;
  console.log("\n## Cold start on the bundled dataset (baseline: node -e '')\n");
  console.log('| command | median (spread) ms | ÷ bare node | target |');
  console.log('|---|---:|---:|---|');
  for (const r of rows) {
    console.log(
      `| \`${r.command}\` | ${ms(r.result.median)} (${ms(r.result.min)}–${ms(r.result.max)}) | ${ratio(r.result.median, base)} | ${TARGETS[r.command] ?? ''} |`,
    );
  }
}

// Standalone: `node tests/bench/startup.mjs` (needs a build).
if (import.meta.url === pathToFileURL(process.argv[1]).href) printStartup(benchStartup());
