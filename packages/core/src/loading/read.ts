import { createHash } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Diagnostic } from './diagnostic.js';

/**
 * The file-system edge of loading: finds the dataset's files and reads them as text.
 * Refuses what a hand-edited dataset never is (huge files, thousands of files, links
 * leading outside the folder, bytes that are not UTF-8) with a diagnostic naming the limit.
 */

export interface ReadLimits {
  /** Largest single file, in bytes. */
  maxFileBytes: number;
  /** Most files in one dataset. */
  maxFiles: number;
  /** Deepest folder nesting below the dataset folder. */
  maxFolderDepth: number;
  /** All data files together, in bytes. */
  maxTotalBytes: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxFileBytes: 8 * 1024 * 1024,
  maxFiles: 5000,
  maxFolderDepth: 8,
  maxTotalBytes: 32 * 1024 * 1024,
};

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export interface DatasetText {
  /** Path relative to the dataset folder, with forward slashes. */
  file: string;
  text: string;
  /** A content hash, to skip re-parsing files that did not change. */
  hash: string;
}

export interface ReadResult {
  files: DatasetText[];
  diagnostics: Diagnostic[];
}

const DATA_FILE = /\.(ya?ml|json)$/i;

/**
 * What a loader remembers of the files it read, by full path, so that a reload reads again only
 * the files whose metadata moved (device, inode, size, modified and changed times). A file
 * modified within `settledMs` of being read is read again every time: a second write inside
 * the file system's timestamp tick leaves the times as they were (git's "racy clean" problem),
 * so only a file that had settled when it was read is trusted by its metadata. The change time
 * cannot be set back by a tool that restores a modified time, so such a restore is seen too.
 */
export interface ReadMemo {
  /** How long after its last change a file's metadata is trusted to show the next (3 s: FAT's 2 s tick). */
  settledMs: number;
  files: Map<string, { stamp: string; readAt: number; text: DatasetText; bytes: number }>;
}

export function readMemo(settledMs = 3000): ReadMemo {
  return { settledMs, files: new Map() };
}

function problem(file: string, code: Diagnostic['code'], message: string, hint?: string): Diagnostic {
  return { severity: 'error', code, file, path: [], message, ...(hint ? { hint } : {}) };
}

function errnoMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'it does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'it is a symbolic link loop';
    case 'ENOTDIR':
      return 'it is not a folder';
    case 'EISDIR':
      return 'it is a folder, not a file';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Lists and reads every `.yaml`, `.yml` and `.json` file below `dir`. Never throws. */
export async function readDatasetFolder(
  dir: string,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
  memo?: ReadMemo,
): Promise<ReadResult> {
  const opened = await openRoot(dir);
  if ('refused' in opened) return { files: [], diagnostics: [opened.refused] };
  const { root } = opened;
  const diagnostics: Diagnostic[] = [];
  const found = await listDataFiles(root, limits, diagnostics);
  if (found.length > limits.maxFiles) {
    diagnostics.push(
      problem(
        '.',
        'limit-exceeded',
        `the folder holds ${found.length} data files; the limit is ${limits.maxFiles}`,
        'is this the right folder? the limit can be raised with the loader option maxFiles',
      ),
    );
    return { files: [], diagnostics };
  }
  const files: DatasetText[] = [];
  let total = 0;
  const before = memo && new Map(memo.files);
  memo?.files.clear();
  for await (const read of readInOrder(found, (full) => readDataFile(root, full, limits, before, memo))) {
    if ('refused' in read) {
      diagnostics.push(read.refused);
      continue;
    }
    total += read.bytes;
    if (total > limits.maxTotalBytes) {
      diagnostics.push(
        problem(
          '.',
          'limit-exceeded',
          `the data files hold more than ${megabytes(limits.maxTotalBytes)} together (the limit maxTotalBytes); nothing was loaded`,
          'is this the right folder? the loader option maxTotalBytes raises the limit',
        ),
      );
      return { files: [], diagnostics };
    }
    files.push(read.text);
  }
  if (files.length === 0 && diagnostics.length === 0) {
    diagnostics.push(
      problem('.', 'no-files', 'the folder holds no .yaml, .yml or .json files', 'is this the dataset folder?'),
    );
  }
  return { files, diagnostics };
}

/**
 * `read` of each path, yielded in order, with up to READ_AHEAD reads in flight: each file costs
 * several file-system calls, and made one after the other a cold start spent much of its time
 * waiting on them (the caller still applies the limits file by file, in order).
 */
const READ_AHEAD = 16;
async function* readInOrder<T>(paths: readonly string[], read: (path: string) => Promise<T>): AsyncGenerator<T> {
  for (let i = 0; i < paths.length; i += READ_AHEAD) yield* await Promise.all(paths.slice(i, i + READ_AHEAD).map(read));
}

/** The dataset folder's real path, or why it cannot be opened. */
async function openRoot(dir: string): Promise<{ root: string } | { refused: Diagnostic }> {
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) {
      return {
        refused: problem(
          dir,
          'not-a-folder',
          `'${dir}' is a file, not a dataset folder`,
          'give the folder that holds the dataset files',
        ),
      };
    }
    return { root: await realpath(dir) };
  } catch (error) {
    return {
      refused: problem(
        dir,
        'read-error',
        `cannot open the dataset folder '${dir}': ${errnoMessage(error)}`,
        'check the path; `pledgewatch check` without a folder uses the bundled dataset',
      ),
    };
  }
}

/** Every data file below `root`, in name order, skipping hidden files and links that lead outside. */
async function listDataFiles(root: string, limits: ReadLimits, diagnostics: Diagnostic[]): Promise<string[]> {
  const found: string[] = [];
  // Folders by identity (device and inode): a link back to a folder already read is a loop,
  // however many names lead to it; depth alone would let a few links to `.` grow exponentially.
  const seen = new Set<string>();
  const walk = async (folder: string, depth: number): Promise<void> => {
    let entries: Dirent[];
    try {
      const info = await stat(folder);
      const identity = `${info.dev}:${info.ino}`;
      if (seen.has(identity)) {
        diagnostics.push(
          problem(
            relativeName(root, folder),
            'read-error',
            'this link leads back to a folder already read (a loop); it was not followed',
            'remove the link, or copy the files it should show',
          ),
        );
        return;
      }
      seen.add(identity);
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      diagnostics.push(
        problem(relative(root, folder) || '.', 'read-error', `cannot read the folder: ${errnoMessage(error)}`),
      );
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = join(folder, entry.name);
      if (entry.name.includes('\ufffd')) {
        // Node reads a name that is not UTF-8 with U+FFFD in place of its bytes: the file is there,
        // but cannot be opened by that name. Say so, rather than "it does not exist".
        diagnostics.push(
          problem(
            relativeName(root, full),
            'encoding',
            'this name is not valid UTF-8 (shown with � for the bytes that are not); it was not read',
            'rename it with UTF-8 characters',
          ),
        );
        continue;
      }
      const kind = await entryKind(root, full, entry, diagnostics);
      if (kind === 'folder') {
        if (depth >= limits.maxFolderDepth) {
          diagnostics.push(
            problem(
              relativeName(root, full),
              'limit-exceeded',
              `folders nest deeper than ${limits.maxFolderDepth} levels; this one was not read`,
            ),
          );
          continue;
        }
        await walk(full, depth + 1);
      } else if (kind === 'file' && DATA_FILE.test(entry.name)) {
        found.push(full);
      }
    }
  };
  await walk(root, 0);
  return found;
}

const relativeName = (root: string, full: string) => relative(root, full).split(sep).join('/');

/** A folder, a file, or something not to read (a special file, or a link refused with a diagnostic). */
async function entryKind(
  root: string,
  full: string,
  entry: Dirent,
  diagnostics: Diagnostic[],
): Promise<'folder' | 'file' | 'other'> {
  if (!entry.isSymbolicLink()) return entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : 'other';
  const rel = relativeName(root, full);
  try {
    const target = await realpath(full);
    if (target !== root && !target.startsWith(root + sep)) {
      diagnostics.push(
        problem(
          rel,
          'read-error',
          'this link points outside the dataset folder; it was not followed',
          'copy the file into the dataset instead of linking to it',
        ),
      );
      return 'other';
    }
    const info = await stat(full);
    return info.isDirectory() ? 'folder' : info.isFile() ? 'file' : 'other';
  } catch (error) {
    diagnostics.push(problem(rel, 'read-error', `cannot follow this link: ${errnoMessage(error)}`));
    return 'other';
  }
}

/** One data file as UTF-8 text with its hash, or why it was not read. */
async function readDataFile(
  root: string,
  full: string,
  limits: ReadLimits,
  before?: ReadMemo['files'],
  memo?: ReadMemo,
): Promise<{ text: DatasetText; bytes: number } | { refused: Diagnostic }> {
  const rel = relativeName(root, full);
  try {
    const readAt = Date.now();
    const info = await lstat(full).then((l) => (l.isSymbolicLink() ? stat(full) : l));
    if (info.size > limits.maxFileBytes) {
      return {
        refused: problem(
          rel,
          'limit-exceeded',
          `the file is ${(info.size / 1024 / 1024).toFixed(1)} MB; the limit is ${(limits.maxFileBytes / 1024 / 1024).toFixed(1)} MB`,
          'split it into several files, or raise the loader option maxFileBytes',
        ),
      };
    }
    const stamp = `${info.dev}:${info.ino}:${info.size}:${info.mtimeMs}:${info.ctimeMs}`;
    const kept = before?.get(full);
    if (
      kept &&
      kept.stamp === stamp &&
      kept.text.file === rel &&
      Math.max(info.mtimeMs, info.ctimeMs) < kept.readAt - memo!.settledMs
    ) {
      memo?.files.set(full, kept);
      return { text: kept.text, bytes: kept.bytes };
    }
    const bytes = await readFile(full);
    if (bytes.includes(0)) {
      return {
        refused: problem(rel, 'encoding', 'the file is binary, not text', 'dataset files are UTF-8 YAML or JSON'),
      };
    }
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      return {
        refused: problem(rel, 'encoding', 'the file is not valid UTF-8 text', 'save it as UTF-8 in your editor'),
      };
    }
    const read = {
      text: { file: rel, text, hash: createHash('sha1').update(bytes).digest('hex') },
      bytes: bytes.length,
    };
    memo?.files.set(full, { stamp, readAt, ...read });
    return read;
  } catch (error) {
    return { refused: problem(rel, 'read-error', `cannot read the file: ${errnoMessage(error)}`) };
  }
}
