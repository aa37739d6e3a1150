import { randomBytes } from 'node:crypto';
import { open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * The file-system edge of `record`: the dataset file is replaced whole or not at all (a
 * temporary file beside it, flushed, then renamed over it), and only if nobody changed it since
 * it was read — an editor's unsaved-then-saved change is never overwritten.
 */

export class FileChangedMeanwhile extends Error {}

export async function replaceFileAtomically(path: string, expected: string, text: string): Promise<void> {
  const current = await readFile(path, 'utf8');
  if (current !== expected) throw new FileChangedMeanwhile(`${path} changed while the record was prepared`);
  const mode = (await stat(path)).mode & 0o777;
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', mode);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/** A unified diff of one edited file (the lines that differ, with three lines of context). */
export function unifiedDiff(file: string, before: string, after: string): string {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  if (start === a.length && start === b.length) return '';
  const from = Math.max(0, start - 3);
  const aTo = Math.min(a.length, a.length - end + 3);
  const bTo = Math.min(b.length, b.length - end + 3);
  const lines = [
    `--- a/${file}`,
    `+++ b/${file}`,
    `@@ -${from + 1},${aTo - from} +${from + 1},${bTo - from} @@`,
    ...a.slice(from, start).map((l) => ` ${l}`),
    ...a.slice(start, a.length - end).map((l) => `-${l}`),
    ...b.slice(start, b.length - end).map((l) => `+${l}`),
    ...a.slice(a.length - end, aTo).map((l) => ` ${l}`),
  ];
  return lines.join('\n');
}
