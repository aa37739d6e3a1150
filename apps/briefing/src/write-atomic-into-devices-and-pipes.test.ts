import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './write-atomic.js';

/**
 * `-o /dev/null` or `-o some-fifo`: the output is not a file to replace. Renaming a temporary
 * file over it would turn the device or pipe into a regular file (this happened to /dev/null
 * in a benchmark run as root). A named pipe stands in for a device here, so a regression
 * cannot damage the machine running the test.
 */

const dir = mkdtempSync(join(tmpdir(), 'pledgewatch-atomic-special-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic into a pipe', () => {
  it('writes through it and leaves it a pipe, with no temporary file', async () => {
    const fifo = join(dir, 'out.pdf');
    execFileSync('mkfifo', [fifo]);
    const bytes = new Uint8Array(200_000).fill(66);
    const received = new Promise<number>((resolve, reject) => {
      let n = 0;
      createReadStream(fifo)
        .on('data', (chunk) => {
          n += chunk.length;
        })
        .on('end', () => resolve(n))
        .on('error', reject);
    });
    await writeFileAtomic(fifo, bytes);
    expect(statSync(fifo).isFIFO(), 'still a pipe').toBe(true);
    expect(await received).toBe(200_000);
    expect(readdirSync(dir)).toEqual(['out.pdf']);
  });
});
