// The dashboard: save-to-screen latency and bytes written to the terminal per update.
// A real file write, the real watcher (chokidar), the real reload, assessment and diff, and
// Ink rendering the real App into a terminal-sized stream, exactly as `pledgewatch` mounts
// it; the clock stops when the frame showing the change is written. Needs a build.
// Standalone: `node tests/bench/dashboard.mjs` (BENCH_SIZES=100,1000 to choose sizes).
import { EventEmitter } from 'node:events';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ms, ROOT, runAlone, SIZES, spread, statusFlipVariants, summarize, syntheticFolder } from './lib.mjs';

const dist = (p) => pathToFileURL(join(ROOT, 'apps/dashboard/dist', p)).href;

/** A terminal-sized output stream that records every write with its time. */
class RecordingTerminal extends EventEmitter {
  isTTY = true;
  columns = 120;
  rows = 40;
  writes = [];
  write(chunk, encoding, callback) {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    this.writes.push({ at: performance.now(), bytes: Buffer.byteLength(text), text });
    const cb = typeof encoding === 'function' ? encoding : callback;
    cb?.();
    return true;
  }
}

/** Keyboard input that never comes (no raw mode: the app's keys stay off). */
class SilentInput extends EventEmitter {
  isTTY = false;
  setEncoding() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
  read() {
    return null;
  }
}

const quiet = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function bench() {
  // As shipped: the CLI's bundle is built with React and Ink in production mode
  // (scripts/bundle-cli.mjs); the development build adds checks that cost several times the
  // render. Set before React is first imported.
  process.env.NODE_ENV ??= 'production';
  const { openLiveDataset } = await import(dist('live/live-dataset.js'));
  const { mountDashboard } = await import(dist('terminal/interactive.js'));
  const rows = [];
  for (const n of SIZES) {
    const dir = mkdtempSync(join(tmpdir(), 'pledgewatch-bench-dashboard-'));
    cpSync(await syntheticFolder(n), dir, { recursive: true });
    const { file, texts } = statusFlipVariants(n);
    const stdout = new RecordingTerminal();
    const live = await openLiveDataset(dir, {});
    // Subscribed before the app, so this runs first when a new state is published.
    let publishedAt = 0;
    live.subscribe(() => {
      publishedAt = performance.now();
    });
    const app = mountDashboard(live, { stdout, stdin: new SilentInput(), color: true, view: 'overview' });
    await quiet(300);
    const firstFrameBytes = stdout.writes.reduce((sum, w) => sum + w.bytes, 0);
    const latencies = [];
    const bytes = [];
    const runs = n >= 10000 ? 4 : 8;
    for (let i = 0; i <= runs; i++) {
      const loads = live.getState().loads;
      const from = stdout.writes.length;
      const start = performance.now();
      await writeFile(join(dir, file), texts[i % 2]);
      // The change is on screen at the first frame written after the new state is published.
      while (live.getState().loads === loads) await quiet(2);
      let frame;
      while (!frame) {
        frame = stdout.writes.slice(from).find((w) => w.at >= publishedAt && w.bytes > 64);
        if (!frame) await quiet(2);
      }
      await quiet(400); // let the throttled follow-ups and the quiet re-check finish
      const written = stdout.writes.slice(from).reduce((sum, w) => sum + w.bytes, 0);
      if (i === 0) continue; // warm-up
      latencies.push(frame.at - start);
      bytes.push(written);
    }
    app.unmount();
    await live.close();
    rmSync(dir, { recursive: true, force: true });
    rows.push({
      stage: 'dashboard save-to-screen',
      n,
      latency: summarize(latencies),
      bytesPerUpdate: summarize(bytes),
      firstFrameBytes,
    });
  }
  return rows;
}

/** Issue 17's save-to-screen targets, p95 in ms, by commitments. */
const TARGETS = { 1000: 100, 10000: 300 };

export function print(rows) {
  console.log('\n## Dashboard: save-to-screen (file write → watcher → reload + assess + diff → frame written)\n');
  console.log(
    '| commitments | latency median (spread) ms | latency p95 ms (target) | bytes per update median (spread) | first full frame bytes |',
  );
  console.log('|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const b = r.bytesPerUpdate;
    console.log(
      `| ${r.n} | ${ms(r.latency.median)} (${spread(r.latency)}) | ${ms(r.latency.p95)}${TARGETS[r.n] ? ` (≤ ${TARGETS[r.n]})` : ''} | ${b.median.toFixed(0)} (${b.min}–${b.max}) | ${r.firstFrameBytes} |`,
    );
  }
}

await runAlone(import.meta.url, bench, print);
