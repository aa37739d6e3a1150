import { randomBytes } from 'node:crypto';
import { createWriteStream, rmSync } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Atomic file output: the bytes go to a temporary file in the target's folder (same file
 * system, so the rename is atomic), which is flushed to disk and then renamed over the
 * target. A failure removes the temporary file and leaves any existing target untouched;
 * an interrupt (SIGINT, SIGTERM) removes it before the process exits. A reader never sees
 * a partial briefing.
 *
 * A target that is a device, FIFO or socket (`-o /dev/null`, a named pipe) is written into
 * directly: there is no file to replace, and renaming over it would replace the device itself
 * with a regular file (for root, `/dev/null` stopped being a device).
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

function writeBytes(path: string, bytes: Uint8Array, options: { flags: string; flush: boolean }): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const out = createWriteStream(path, options);
    out.on('error', reject);
    out.on('finish', resolve);
    const chunk = 64 * 1024;
    for (let i = 0; i < bytes.length; i += chunk) out.write(bytes.subarray(i, i + chunk));
    out.end();
  });
}

export async function writeFileAtomic(target: string, bytes: Uint8Array): Promise<void> {
  const existing = await stat(target).catch(() => undefined);
  if (existing && !existing.isFile() && !existing.isDirectory()) {
    await writeBytes(target, bytes, { flags: 'w', flush: false });
    return;
  }
  const temp = temporaryPathFor(target);
  pending.add(temp);
  try {
    // 'wx': never reuse a file someone else left behind.
    await writeBytes(temp, bytes, { flags: 'wx', flush: true });
    await rename(temp, target);
    pending.delete(temp);
  } catch (error) {
    pending.delete(temp);
    await rm(temp, { force: true });
    throw error;
  }
}
