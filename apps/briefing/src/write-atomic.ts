import { randomBytes } from 'node:crypto';
import { createWriteStream, rmSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Atomic file output: the bytes go to a temporary file in the target's folder (same file
 * system, so the rename is atomic), which is flushed to disk and then renamed over the
 * target. A failure removes the temporary file and leaves any existing target untouched;
 * an interrupt (SIGINT, SIGTERM) removes it before the process exits. A reader never sees
 * a partial briefing.
 */

const pending = new Set<string>();
let handlersInstalled = false;

function removePending(): void {
  for (const path of pending) {
    try {
      rmSync(path, { force: true });
    } catch {
      // Nothing more can be done while exiting.
    }
  }
  pending.clear();
}

/** Removes unfinished temporary files on SIGINT/SIGTERM, then exits with 128 + the signal number. */
export function installInterruptCleanup(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const codes = { SIGINT: 130, SIGTERM: 143 } as const;
  for (const signal of Object.keys(codes) as (keyof typeof codes)[]) {
    process.on(signal, () => {
      removePending();
      process.exit(codes[signal]);
    });
  }
}

export function temporaryPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

export async function writeFileAtomic(target: string, bytes: Uint8Array): Promise<void> {
  const temp = temporaryPathFor(target);
  pending.add(temp);
  try {
    await new Promise<void>((resolve, reject) => {
      // 'wx': never reuse a file someone else left behind.
      const out = createWriteStream(temp, { flags: 'wx', flush: true });
      out.on('error', reject);
      out.on('finish', resolve);
      const chunk = 64 * 1024;
      for (let i = 0; i < bytes.length; i += chunk) out.write(bytes.subarray(i, i + chunk));
      out.end();
    });
    await rename(temp, target);
    pending.delete(temp);
  } catch (error) {
    pending.delete(temp);
    await rm(temp, { force: true });
    throw error;
  }
}
