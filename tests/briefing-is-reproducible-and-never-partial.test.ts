import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  watch,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDataset, writeDatasetFolder } from '@pledgewatch/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brief, briefAsync } from './support/briefing.js';

/**
 * A briefing is evidence: the same data gives the same bytes, and a failed or interrupted
 * run never leaves a half-written PDF or destroys the last good one.
 */

const work = mkdtempSync(join(tmpdir(), 'pledgewatch-brief-atomic-'));
const fixture = join(import.meta.dirname, 'fixtures', 'briefing-basic');
const large = join(work, 'large');
afterAll(() => rmSync(work, { recursive: true, force: true }));
beforeAll(async () => {
  mkdirSync(large);
  await writeDatasetFolder(large, generateDataset({ seed: 7, commitments: 1000 }));
});

const temporaries = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));
const isCompletePdf = (path: string) => {
  const bytes = readFileSync(path);
  return bytes.subarray(0, 5).toString() === '%PDF-' && bytes.subarray(-6).toString().includes('%%EOF');
};

describe('pledgewatch-brief output', () => {
  it('is byte-identical for the same data and options, PDF/A included', () => {
    for (const extra of [[], ['--pdfa', '--paper', 'letter']]) {
      expect(brief([fixture, '-o', 'one.pdf', ...extra], work).status).toBe(0);
      expect(brief([fixture, '-o', 'two.pdf', ...extra], work).status).toBe(0);
      expect(readFileSync(join(work, 'one.pdf')).equals(readFileSync(join(work, 'two.pdf')))).toBe(true);
    }
  });

  it('takes its default name from the dataset and the as-of date', () => {
    const dir = mkdtempSync(join(work, 'default-'));
    const r = brief([fixture, '--as-of', '2025-12-31'], dir);
    expect(r.status).toBe(0);
    expect(readdirSync(dir)).toEqual(['briefing-basic-briefing-2025-12-31.pdf']);
  });

  it('writes nothing on bad data, with the diagnostics of `pledgewatch check`, and keeps an existing file', () => {
    const broken = join(work, 'broken');
    cpSync(fixture, broken, { recursive: true });
    const path = join(broken, 'commitments.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('status: conditional', 'status: conditionall'));
    const out = join(work, 'kept');
    mkdirSync(out);
    const r1 = brief([broken, '-o', 'new.pdf'], out);
    expect(r1.status).toBe(1);
    expect(r1.stderr).toMatch(/commitments\.yaml:\d+:\d+ /);
    expect(r1.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(out)).toEqual([]);
    writeFileSync(join(out, 'existing.pdf'), 'the last good briefing');
    const r2 = brief([broken, '-o', 'existing.pdf'], out);
    expect(r2.status).toBe(1);
    expect(readFileSync(join(out, 'existing.pdf'), 'utf8')).toBe('the last good briefing');
    expect(readdirSync(out)).toEqual(['existing.pdf']);
  });

  it('explains usage errors in one line, exit 2, no stack trace', () => {
    for (const args of [
      ['--standard', 'nato'],
      ['--as-of', '2025-02-30'],
      ['--bogus'],
      [fixture, '--scenario', 'nope'],
    ]) {
      const r = brief([...args, '-o', 'x.pdf'], work);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^pledgewatch-brief: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(existsSync(join(work, 'x.pdf'))).toBe(false);
  });

  it('leaves no temporary or partial file when terminated while writing', async () => {
    const out = join(work, 'interrupted');
    mkdirSync(out);
    writeFileSync(join(out, 'briefing.pdf'), 'the last good briefing');
    const child = briefAsync([large, '-o', 'briefing.pdf'], out);
    // Terminate the moment the temporary file appears next to the target — once: the watcher
    // reports the temporary file again as it is renamed, and a second SIGTERM that lands while
    // the first one's exit is under way ends the process by the signal itself (exit code null).
    let signalled = false;
    const watcher = watch(out, (_event, name) => {
      if (!signalled && name?.toString().endsWith('.tmp')) {
        signalled = true;
        child.kill('SIGTERM');
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    watcher.close();
    expect(temporaries(out)).toEqual([]);
    // Either the signal won (exit 143, old file kept) or the write had already completed.
    if (code === 143) expect(readFileSync(join(out, 'briefing.pdf'), 'utf8')).toBe('the last good briefing');
    else {
      expect(code).toBe(0);
      expect(isCompletePdf(join(out, 'briefing.pdf'))).toBe(true);
    }
  });

  it('leaves nothing behind when terminated before it writes', async () => {
    const out = join(work, 'early');
    mkdirSync(out);
    const child = briefAsync([large, '-o', 'briefing.pdf'], out);
    // As soon as it has started: it is loading, assessing or laying out, not yet writing.
    child.stdout.once('readable', () => undefined);
    child.kill('SIGTERM');
    await new Promise((resolve) => child.on('exit', resolve));
    expect(readdirSync(out)).toEqual([]);
  });
});
