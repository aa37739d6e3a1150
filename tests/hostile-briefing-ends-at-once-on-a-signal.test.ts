import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { briefCli } from './support/briefing.js';
import { writeLargeCase } from './support/large-cases.mjs';

/**
 * Issue 18, signals: SIGTERM or SIGINT during a long briefing of a hostile (large, valid)
 * dataset ends the process at once, leaving no file — no temporary, no half-written PDF, the
 * last good briefing untouched. Loading, assessing and laying out are long synchronous
 * stretches: a JavaScript signal handler installed from the start would only run once such a
 * stretch ends (the tester's SIGTERM waited ten minutes).
 *
 * Timing-free: the process says each stage as it begins (PLEDGEWATCH_DEBUG); the test signals
 * the moment a long stage begins and then checks that the process ended by the signal inside
 * that stage — it never said the next one. A deferred handler would let the stage finish, and
 * the next stage's line would appear before the exit.
 */

const work = mkdtempSync(join(tmpdir(), 'pledgewatch-brief-signal-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const BASE = join(import.meta.dirname, 'fixtures', 'hostile', 'first-century-date', 'data');
const LAST_GOOD = '%PDF-1.7 the last good briefing %%EOF';

function largeDataset(kind: string, n: number): string {
  const dir = join(work, `${kind}-${n}`);
  cpSync(BASE, dir, { recursive: true });
  writeLargeCase(dir, kind, n);
  return dir;
}

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Everything the process said on stderr after the signal was sent. */
  after: string;
  signalled: boolean;
}

/** Runs the briefing and sends `signal` the moment it says `stage` has begun. */
function signalAtStage(dataset: string, out: string, stage: string, signal: NodeJS.Signals): Promise<Ended> {
  const child = spawn(process.execPath, [briefCli, dataset, '-o', 'briefing.pdf'], {
    cwd: out,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, PLEDGEWATCH_DEBUG: '1', NO_COLOR: '1' },
  });
  let said = '';
  let after = '';
  let signalled = false;
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    if (signalled) {
      after += chunk;
      return;
    }
    said += chunk;
    if (said.includes(`pledgewatch-brief: ${stage} (`)) {
      signalled = true;
      child.kill(signal);
    }
  });
  return new Promise((resolve) =>
    child.on('close', (code, endedBy) => resolve({ code, signal: endedBy, after, signalled })),
  );
}

function outputFolder(name: string): string {
  const out = join(work, name);
  mkdirSync(out);
  writeFileSync(join(out, 'briefing.pdf'), LAST_GOOD);
  return out;
}

function expectNothingLeft(out: string): void {
  expect(readdirSync(out)).toEqual(['briefing.pdf']);
  expect(readFileSync(join(out, 'briefing.pdf'), 'utf8')).toBe(LAST_GOOD);
}

describe('a signal during a long briefing of a large dataset', () => {
  it('SIGTERM while a 100,000-entry status history loads: ends by the signal, in that stage, leaving nothing', async () => {
    const out = outputFolder('term-loading');
    const ended = await signalAtStage(largeDataset('status-reconfirmed', 100_000), out, 'loading', 'SIGTERM');
    expect(ended.signalled, 'the briefing said it began loading').toBe(true);
    // Ended by SIGTERM itself (a shell reports 143), or by a handler exiting 143.
    expect(ended.signal === 'SIGTERM' || ended.code === 143, JSON.stringify(ended)).toBe(true);
    expect(ended.after, 'it went on to a later stage').not.toMatch(/pledgewatch-brief: (composing|laying out|writing)/);
    expectNothingLeft(out);
  });

  it('SIGINT while 20,000 events are laid out: ends by the signal, in that stage, leaving nothing', async () => {
    const out = outputFolder('int-laying-out');
    const ended = await signalAtStage(largeDataset('events', 20_000), out, 'laying out', 'SIGINT');
    expect(ended.signalled, 'the briefing reached the layout').toBe(true);
    expect(ended.signal === 'SIGINT' || ended.code === 130, JSON.stringify(ended)).toBe(true);
    expect(ended.after, 'it went on to write').not.toMatch(/pledgewatch-brief: writing/);
    expectNothingLeft(out);
  });
});
