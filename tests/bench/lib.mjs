// Shared benchmark helpers: repeated timings after a warm-up, medians and spreads, and
// the synthetic datasets every stage measures at the same sizes.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { datasetToFiles, generateDataset, writeDatasetFolder } from '@pledgewatch/core/testing';

export const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
export const ROOT = join(import.meta.dirname, '..', '..');

/** Runs `fn` `warmup` times unmeasured, then `runs` times; returns ms samples. */
export async function sample(fn, { warmup = 1, runs = 5 } = {}) {
  for (let i = 0; i < warmup; i++) await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return summarize(times);
}

export function summarize(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const median =
    sorted.length % 2
      ? sorted[(sorted.length - 1) / 2]
      : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  return {
    median,
    min: sorted[0],
    max: sorted[sorted.length - 1],
    p25: at(0.25),
    p75: at(0.75),
    // With fewer than 20 samples the 95th percentile is the slowest one.
    p95: at(0.95),
    runs: sorted.length,
  };
}

const folders = new Map();
/** A synthetic dataset of `n` commitments written to a temporary folder (made once per run). */
export async function syntheticFolder(n) {
  if (folders.has(n)) return folders.get(n);
  const dir = join(tmpdir(), `pledgewatch-bench-${process.pid}-${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await writeDatasetFolder(dir, generateDataset({ seed: 42, commitments: n }));
  folders.set(n, dir);
  return dir;
}

export function cleanup() {
  for (const dir of folders.values()) if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
}

export const ms = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
export const spread = (s) => `${ms(s.min)}–${ms(s.max)}`;
export const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

/** Two versions of one guarantee file that differ in one commitment's current status
 * (the save the dashboard and memory stages make, alternately). */
export function statusFlipVariants(n) {
  const dataset = generateDataset({ seed: 42, commitments: n });
  const commitment = dataset.commitments[0];
  const last = commitment.history.at(-1);
  const other = last.status === 'deployed' ? 'pledged' : 'deployed';
  const flip = (status) => ({
    ...dataset,
    commitments: dataset.commitments.map((c) =>
      c === commitment ? { ...c, history: [...c.history.slice(0, -1), { ...last, status }] } : c,
    ),
  });
  const file = `guarantees/${commitment.guarantee}.yaml`;
  const textOf = (d) => datasetToFiles(d).find((f) => f.file === file).text;
  return { file, texts: [textOf(flip(other)), textOf(flip(last.status))] };
}

/**
 * Runs a stage whose file was started alone (`node tests/bench/dashboard.mjs`): measures, prints,
 * and removes the synthetic folders even when the stage fails. Does nothing when run.mjs imports it.
 */
export async function runAlone(moduleUrl, bench, print) {
  if (moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  try {
    print(await bench());
  } finally {
    cleanup();
  }
}
