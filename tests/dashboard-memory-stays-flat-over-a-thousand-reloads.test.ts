import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * A dashboard left open for a working day reloads thousands of times. Its live loop (built
 * apps/dashboard/dist/live) runs in a child process with `--expose-gc` through a thousand real
 * file changes and reloads; the heap after them, collected, is the heap before within a
 * tolerance that leaking each reload's data would exceed many times over. The cost of such a
 * leak is measured in the same run, by keeping 100 reloads' states on purpose.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'apps/dashboard/dist');
const SCRIPT = join(ROOT, 'tests/support/reload-memory.mjs');
const FIXTURE = join(ROOT, 'tests/fixtures/dashboard-basic');
const RELOADS = 1000;

let dir: string | undefined;
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the live loop over a thousand reloads', () => {
  it('does not grow the heap', async () => {
    if (!existsSync(join(DIST, 'live', 'live-dataset.js'))) throw new Error('build the dashboard first');
    dir = await mkdtemp(join(tmpdir(), 'pledgewatch-memory-'));
    await cp(FIXTURE, dir, { recursive: true });
    const out = execFileSync(process.execPath, ['--expose-gc', SCRIPT, DIST, dir, String(RELOADS)], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    const m = JSON.parse(out) as {
      before: number;
      after: number;
      perLeakedReload: number;
      loads: number;
      feed: number;
      broken: boolean;
    };
    // Every reload was a real change, loaded and diffed; the feed stays bounded.
    expect(m.loads).toBe(1 + 200 + RELOADS + 100);
    expect(m.broken).toBe(false);
    expect(m.feed).toBeLessThanOrEqual(50);
    // The calibration is meaningful: one reload's data is kilobytes.
    expect(m.perLeakedReload).toBeGreaterThan(5_000);
    // Leaking every reload would grow the heap by RELOADS × perLeakedReload; allow a fifth of that
    // (measured: ≈ 0.3–1.2 MB of growth, which stops growing after a few thousand reloads: V8's
    // compiled code and caches, not data).
    const growth = m.after - m.before;
    expect(growth, JSON.stringify(m)).toBeLessThan((RELOADS * m.perLeakedReload) / 5);
  });
});
