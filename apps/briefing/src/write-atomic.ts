import { randomBytes } from 'node:crypto';
import { createWriteStream, openSync, renameSync, rmSync } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Atomic file output: the bytes go to a temporary file in the target's folder (same file
 * system, so the rename is atomic), which is flushed to disk and then renamed over the
 * target. A failure removes the temporary file and leaves any existing target untouched;
 * an interrupt (SIGINT, SIGTERM) removes it before the process exits. A reader never sees
 * a partial briefing.
 *
 * The signal handlers are attached only when the first temporary file is about to be made.
 * Before that there is nothing to clean up, and an interrupt must end the process at once:
 * loading, assessing and laying out a large dataset are long synchronous stretches, during
 * which a JavaScript handler could not run (the tester's SIGTERM waited ten minutes). So until
 * then the signal's default action applies, and the process ends by the signal itself (a shell
 * reports 130 or 143). Writing is asynchronous I/O, so once the handlers are attached they run
 * at once.
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
/** Set by installInterruptCleanup: attach the handlers when the first temporary file is made. */
let cleanupWanted: { onSettled?: (code: number) => void } | undefined;
let handlersAttached = false;

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

/**
 * Removes unfinished temporary files on SIGINT/SIGTERM, then exits with the code
 * `settleInterrupt` gives — from the moment the first temporary file is made (see above);
 * before that, the signal's default action ends the process at once.
 */
export function installInterruptCleanup(onSettled?: (code: number) => void): void {
  cleanupWanted ??= onSettled ? { onSettled } : {};
}

function attachInterruptHandlers(): void {
  if (!cleanupWanted || handlersAttached) return;
  handlersAttached = true;
  const { onSettled } = cleanupWanted;
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

function writeBytes(
  path: string,
  bytes: Uint8Array,
  options: { flags: string; flush: boolean; fd?: number },
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const out = createWriteStream(path, options);
    out.on('error', reject);
    out.on('finish', resolve);
    const chunk = 64 * 1024;
    for (let i = 0; i < bytes.length; i += chunk) out.write(bytes.subarray(i, i + chunk));
    out.end();
  });
}

/**
 * Makes the temporary file and records it as pending in one synchronous step, with the
 * handlers attached first: an interrupt is handled either before the file exists or after it
 * is recorded for removal, never in between (an asynchronous open could create the file after
 * the handler had cleaned up and exited).
 */
function createTemporary(target: string): { temp: string; fd: number } {
  attachInterruptHandlers();
  const temp = temporaryPathFor(target);
  // 'wx': never reuse a file someone else left behind.
  const fd = openSync(temp, 'wx');
  pending.add(temp);
  return { temp, fd };
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
  const { temp, fd } = createTemporary(target);
  try {
    await writeBytes(temp, bytes, { flags: 'w', flush: true, fd });
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
