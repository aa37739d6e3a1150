// `npm run bench`: every stage at 100, 1,000 and 10,000 commitments (BENCH_SIZES to change),
// medians and spreads after a warm-up, ratios against a baseline measured in the same run.
// Prints Markdown tables and writes bench-results/latest.json for comparison across commits.
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { growth, printGrowth } from './growth.mjs';
import { cleanup, ROOT } from './lib.mjs';
import { benchLoad, printLoad } from './load.mjs';
import { benchStartup, printStartup } from './startup.mjs';

const stages = [
  { name: 'load', run: benchLoad, print: printLoad },
  { name: 'startup', run: benchStartup, print: printStartup },
];

// Stages contributed by the apps and the engine: each module exports bench() and print(rows).
for (const extra of [
  'engine.mjs',
  'first-frame.mjs',
  'dashboard.mjs',
  'memory.mjs',
  'briefing.mjs',
  'chromium.mjs',
  'hostile-growth.mjs',
]) {
  try {
    const mod = await import(`./${extra}`);
    if (typeof mod.bench === 'function')
      stages.push({ name: extra.replace('.mjs', ''), run: mod.bench, print: mod.print });
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  }
}

const commit = (() => {
  try {
    return execSync('git rev-parse --short HEAD', { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
})();
console.log(
  `# pledgewatch benchmarks — ${commit}, node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`,
);

const results = { commit, node: process.version, date: new Date().toISOString(), stages: {} };
try {
  for (const stage of stages) {
    const rows = await stage.run();
    results.stages[stage.name] = rows;
    stage.print(rows);
  }
} finally {
  cleanup();
}
results.growth = growth(results.stages);
printGrowth(results.growth);
mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(join(ROOT, 'bench-results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWrote bench-results/latest.json');
