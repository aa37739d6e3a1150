import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDataset, writeDatasetFolder } from '@pledgewatch/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefAsync } from './support/briefing.js';

/**
 * Ctrl-C (SIGINT) while the briefing is being written: no temporary or partial file is left,
 * and the last good briefing at the output path is untouched. (SIGTERM is covered in
 * briefing-is-reproducible-and-never-partial.test.ts.)
 */

const work = mkdtempSync(join(tmpdir(), 'pledgewatch-brief-sigint-'));
const large = join(work, 'large');
afterAll(() => rmSync(work, { recursive: true, force: true }));
beforeAll(async () => {
  mkdirSync(large);
  await writeDatasetFolder(large, generateDataset({ seed: 11, commitments: 1000 }));
});

describe('pledgewatch-brief interrupted with ctrl-c', () => {
  it('leaves no temporary or partial file and keeps the last good briefing', async () => {
    const out = join(work, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'briefing.pdf'), 'the last good briefing');
    const child = briefAsync([large, '-o', 'briefing.pdf'], out);
    let signalled = false;
    // Interrupt the moment the temporary file appears next to the target: it is being written.
    const watcher = watch(out, (_event, name) => {
      if (!signalled && name?.toString().endsWith('.tmp')) {
        signalled = true;
        child.kill('SIGINT');
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    watcher.close();
    expect(signalled, 'the temporary file appeared').toBe(true);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // Either the interrupt won (exit 130, old file kept) or the rename had already happened.
    if (code === 130) {
      expect(readFileSync(join(out, 'briefing.pdf'), 'utf8')).toBe('the last good briefing');
      expect(readdirSync(out)).toEqual(['briefing.pdf']);
    } else {
      expect(code).toBe(0);
      const bytes = readFileSync(join(out, 'briefing.pdf'));
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      expect(bytes.subarray(-6).toString()).toContain('%%EOF');
    }
  });

  it('before it writes: ends and writes nothing', async () => {
    const out = join(work, 'early');
    mkdirSync(out);
    const child = briefAsync([large, '-o', 'briefing.pdf'], out);
    // At once: loading, assessing or laying out (or still starting node, which SIGINT ends too).
    child.kill('SIGINT');
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
      child.on('exit', (c, s) => resolve([c, s])),
    );
    expect(readdirSync(out)).toEqual([]);
    expect(code === 130 || signal === 'SIGINT').toBe(true);
  });
});
