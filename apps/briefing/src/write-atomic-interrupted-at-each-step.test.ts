import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type AtomicWriteStep, settleInterrupt, writeFileAtomic } from './write-atomic.js';

/**
 * An interrupt at each step of an atomic write, made deterministic by a hook instead of a race:
 * the exit code the signal handler would use and the files on disk must agree — 130 means the
 * last good briefing is untouched and nothing else is left; 0 means the new briefing is whole
 * and in place.
 */

const dir = mkdtempSync(join(tmpdir(), 'pledgewatch-interrupt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

class Interrupted extends Error {}

async function interruptAfter(step: AtomicWriteStep | 'before-writing', name: string): Promise<number> {
  const target = join(dir, name);
  writeFileSync(target, 'the last good briefing');
  const bytes = new TextEncoder().encode('%PDF-1.7 the new briefing %%EOF');
  if (step === 'before-writing') return settleInterrupt('SIGINT');
  let code: number | undefined;
  await writeFileAtomic(target, bytes, {
    afterStep: (reached) => {
      if (reached !== step) return;
      code = settleInterrupt('SIGINT');
      // The real handler exits here; stop the write as the exit would.
      throw new Interrupted();
    },
  }).catch((error: unknown) => {
    if (!(error instanceof Interrupted)) throw error;
  });
  if (code === undefined) throw new Error(`the write never reached ${step}`);
  return code;
}

function filesIn(name: string): { contents: string; others: string[] } {
  return {
    contents: readFileSync(join(dir, name), 'utf8'),
    others: readdirSync(dir).filter((f) => f.includes(name) && f !== name),
  };
}

describe('an interrupt during an atomic write', () => {
  it('before anything is written: exit 130, the last good briefing kept', async () => {
    expect(await interruptAfter('before-writing', 'a.pdf')).toBe(130);
    expect(filesIn('a.pdf')).toEqual({ contents: 'the last good briefing', others: [] });
  });

  it('after the temporary file is written but before the rename: exit 130, temporary file removed, old file kept', async () => {
    expect(await interruptAfter('temporary-file-written', 'b.pdf')).toBe(130);
    expect(filesIn('b.pdf')).toEqual({ contents: 'the last good briefing', others: [] });
  });

  it('after the rename: exit 0, the new briefing whole and in place', async () => {
    expect(await interruptAfter('renamed-into-place', 'c.pdf')).toBe(0);
    expect(filesIn('c.pdf')).toEqual({ contents: '%PDF-1.7 the new briefing %%EOF', others: [] });
  });

  it('SIGTERM before the rename exits 143', async () => {
    const target = join(dir, 'd.pdf');
    let code: number | undefined;
    await writeFileAtomic(target, new Uint8Array([1, 2, 3]), {
      afterStep: (step) => {
        if (step !== 'temporary-file-written') return;
        // A second write is unfinished at this point, whatever earlier writes completed.
        code = settleInterrupt('SIGTERM');
        throw new Interrupted();
      },
    }).catch(() => undefined);
    expect(code).toBe(143);
    expect(readdirSync(dir).filter((f) => f.includes('d.pdf'))).toEqual([]);
  });
});
