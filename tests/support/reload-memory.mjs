// Run with `node --expose-gc reload-memory.mjs <dashboard dist> <dataset copy> <reloads>`.
// Drives the dashboard's live loop (the built apps/dashboard/dist/live/live-dataset.js) through
// real file changes and reloads, and prints the heap after each phase as JSON:
//   warm-up (V8 settles its compiled code and caches), then `reloads` reloads, then 100 more
//   whose states are kept on purpose — what a leak of one reload's data costs, to calibrate.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [dist, dir, count] = process.argv.slice(2);
const { openLiveDataset } = await import(pathToFileURL(join(dist, 'live', 'live-dataset.js')).href);

const file = join(dir, 'commitments.yaml');
const PLEDGED = '{ date: 2026-01-06, status: pledged, source: wiredgov-2026-01-08 }';
const original = readFileSync(file, 'utf8');
const versions = [
  original,
  original.replace(PLEDGED, `${PLEDGED}\n      - { date: 2026-02-01, status: deploying, source: wiredgov-2026-01-08 }`),
];

const live = await openLiveDataset(dir, {}, { watch: false });
let saves = 0;
async function reloads(n, keep) {
  for (let k = 0; k < n; k++) {
    writeFileSync(file, versions[++saves % 2]);
    await live.reload();
    keep?.push(live.getState());
  }
}
function heap() {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
}

await reloads(200);
const before = heap();
await reloads(Number(count));
const after = heap();
const kept = [];
await reloads(100, kept);
const leaked = heap();
const { loads, feed, broken } = live.getState();
await live.close();
process.stdout.write(
  `${JSON.stringify({ before, after, perLeakedReload: (leaked - after) / kept.length, loads, feed: feed.length, broken })}\n`,
);
