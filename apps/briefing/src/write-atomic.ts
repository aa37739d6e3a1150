import { randomBytes } from 'node:crypto';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Atomic file output: the bytes go to a temporary file in the target's folder (same file
 * system, so the rename is atomic), which is flushed to disk and then renamed over the
 * target. A failure removes the temporary file and leaves any existing target untouched;
 * an interrupt (SIGINT, SIGTERM) removes it before the process exits. A reader never sees
 * a partial briefing.
 *
 * The exit code of an interrupt agrees with the files in every interleaving: the rename is
 * synchronous, so a signal handler runs either before it (the temporary file is removed, the
 * old target is kept, exit 128 + the signal number) or after it (the new briefing is complete
 * and in place: that is a success, exit 0). `AtomicWriteHooks` lets tests stop at each step.
 *
 * A target that is a device, FIFO or socket (`-o /dev/null`, a named pipe) is written into
 * directly: there is no file to replace, and renaming over it would replace the device itself
 * with a regular file (for root, `/dev/null` stopped being a device).
 */

/** The steps of an atomic write, in order, after which a hook may run. */
export type AtomicWriteStep = 'temporary-file-written' | 'renamed-into-place';

export interface AtomicWriteHooks {
  /** Runs after each step; tests use it to interrupt the write at that point. */
  afterStep?: (step: AtomicWriteStep) => void | Promise<void>;
}

const pending = new Set<string>();
const completed: string[] = [];
let handlersInstalled = false;

function removePending(): number {
  const removed = pending.size;
  for (const path of pending) {
    try {
      rmSync(path, { force: true });
    } catch {
      // Nothing more can be done while exiting.
    }
  }
  pending.clear();
  return removed;
}

const signalCodes = { SIGINT: 130, SIGTERM: 143 } as const;
export type InterruptSignal = keyof typeof signalCodes;

/**
 * What an interrupt means now, after removing any unfinished temporary file: 0 when a write has
 * completed and nothing is left unfinished (the user has the whole briefing), otherwise
 * 128 + the signal number (nothing new was put in place).
 */
export function settleInterrupt(signal: InterruptSignal): number {
  const unfinished = removePending();
  return unfinished === 0 && completed.length > 0 ? 0 : signalCodes[signal];
}

/** Targets this process has put in place whole, in order (for the interrupt handler's report). */
export function completedWrites(): readonly string[] {
  return completed;
}

/** Removes unfinished temporary files on SIGINT/SIGTERM, then exits with the code `settleInterrupt` gives. */
export function installInterruptCleanup(onSettled?: (code: number) => void): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const signal of Object.keys(signalCodes) as InterruptSignal[]) {
    process.on(signal, () => {
      const code = settleInterrupt(signal);
      onSettled?.(code);
      process.exit(code);
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

/** The target is a file nobody may write (mode 0444 and the like): its owner meant it to stay. */
export class ReadOnlyTarget extends Error {
  constructor(readonly target: string) {
    super(`${target} is read-only`);
  }
}

export async function writeFileAtomic(target: string, bytes: Uint8Array, hooks: AtomicWriteHooks = {}): Promise<void> {
  const existing = await stat(target).catch(() => undefined);
  // A rename replaces a file whatever its mode (only the folder's counts), and root may write
  // anything: the mode bits are the user's word, so they are read here, before any write.
  if (existing?.isFile() && (existing.mode & 0o222) === 0) throw new ReadOnlyTarget(target);
  if (existing && !existing.isFile() && !existing.isDirectory()) {
    await writeBytes(target, bytes, { flags: 'w', flush: false });
    return;
  }
  const temp = temporaryPathFor(target);
  pending.add(temp);
  try {
    // 'wx': never reuse a file someone else left behind.
    await writeBytes(temp, bytes, { flags: 'wx', flush: true });
    await hooks.afterStep?.('temporary-file-written');
    // One synchronous block: no signal handler can run between the rename and the bookkeeping
    // that says the briefing is complete.
    renameSync(temp, target);
    pending.delete(temp);
    completed.push(target);
  } catch (error) {
    pending.delete(temp);
    await rm(temp, { force: true });
    throw error;
  }
  await hooks.afterStep?.('renamed-into-place');
}
