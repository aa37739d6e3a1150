import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './write-atomic.js';

const dir = mkdtempSync(join(tmpdir(), 'pledgewatch-atomic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('replaces the target whole and leaves no temporary file', async () => {
    const target = join(dir, 'out.pdf');
    writeFileSync(target, 'old');
    const bytes = new Uint8Array(300_000).fill(65);
    await writeFileAtomic(target, bytes);
    expect(readFileSync(target).length).toBe(300_000);
    expect(readdirSync(dir)).toEqual(['out.pdf']);
  });

  it('fails without touching anything when the folder is missing', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'out.pdf'), new Uint8Array([1]))).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['out.pdf']);
  });

  it('keeps the existing file when the target cannot be replaced', async () => {
    const folderAsTarget = join(dir, 'a-folder');
    await import('node:fs').then((fs) => fs.mkdirSync(join(folderAsTarget, 'inside'), { recursive: true }));
    await expect(writeFileAtomic(folderAsTarget, new Uint8Array([1]))).rejects.toThrow();
    expect(readdirSync(dir).sort()).toEqual(['a-folder', 'out.pdf']);
    expect(readFileSync(join(dir, 'out.pdf')).length).toBe(300_000);
  });
});
