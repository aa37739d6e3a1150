import { createHash } from 'node:crypto';
import type { Diagnostic } from '../loading/diagnostic.js';
import { type DatasetText, DEFAULT_READ_LIMITS, type ReadLimits } from '../loading/read.js';
import { runGit } from './run-git.js';

/**
 * The git edge of loading: a dataset folder as it was at a revision, read with the user's `git`
 * (`ls-tree` and `cat-file`) straight from the object store — nothing is checked out, the work
 * tree is never touched. The same limits as reading a folder apply.
 */

export type GitProblemCode = 'no-git' | 'not-a-repository' | 'unknown-revision' | 'git-failed';

export interface GitProblem {
  code: GitProblemCode;
  message: string;
  hint?: string;
}

export type RevisionRead =
  | {
      ok: true;
      files: DatasetText[];
      diagnostics: Diagnostic[];
      /** The commit read, abbreviated. */
      commit: string;
      /** The dataset folder's path inside the repository ('' at its root). */
      prefix: string;
    }
  | { ok: false; problem: GitProblem };

const NO_GIT: GitProblem = {
  code: 'no-git',
  message: 'git is not installed (or not on PATH); reading a revision needs it',
  hint: 'install git, or compare two folders instead',
};

/** The repository around `dir`: its top folder and `dir`'s path inside it. */
export async function repositoryOf(
  dir: string,
): Promise<{ ok: true; top: string; prefix: string } | { ok: false; problem: GitProblem }> {
  const run = await runGit(['rev-parse', '--show-toplevel', '--show-prefix'], { cwd: dir });
  if (!run.ok && run.missing) return { ok: false, problem: NO_GIT };
  if (!run.ok) {
    return {
      ok: false,
      problem: /not a git repository/i.test(run.stderr)
        ? {
            code: 'not-a-repository',
            message: `${dir} is not inside a git repository`,
            hint: 'run it in the repository that holds the dataset, or compare two folders',
          }
        : { code: 'git-failed', message: `git could not open ${dir}: ${run.stderr.split('\n')[0]}` },
    };
  }
  const [top, prefix = ''] = run.stdout.toString('utf8').split('\n');
  return { ok: true, top: top!, prefix };
}

/** The full commit a revision names, or why it names none. */
export async function resolveRevision(
  dir: string,
  revision: string,
): Promise<{ ok: true; commit: string } | { ok: false; problem: GitProblem }> {
  if (revision.startsWith('-'))
    return { ok: false, problem: { code: 'unknown-revision', message: `'${revision}' is not a revision` } };
  const run = await runGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], {
    cwd: dir,
  });
  if (!run.ok && run.missing) return { ok: false, problem: NO_GIT };
  if (!run.ok) {
    return {
      ok: false,
      problem: {
        code: 'unknown-revision',
        message: `the repository has no revision '${revision}'`,
        hint: 'give a commit, branch or tag (`git log --oneline` lists commits); fetch first if it is a remote branch',
      },
    };
  }
  return { ok: true, commit: run.stdout.toString('utf8').trim() };
}

const DATA_FILE = /\.(ya?ml|json)$/i;

function isDatasetFile(relative: string): boolean {
  const parts = relative.split('/');
  return DATA_FILE.test(relative) && !parts.some((p) => p.startsWith('.') || p === 'node_modules');
}

/** Splits `git cat-file --batch` output into the blobs, in order. */
function blobsOf(output: Buffer, count: number): (Buffer | undefined)[] {
  const blobs: (Buffer | undefined)[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const newline = output.indexOf(10, at);
    const header = output.subarray(at, newline).toString('utf8').split(' ');
    if (header[1] !== 'blob') {
      blobs.push(undefined);
      at = newline + 1;
      continue;
    }
    const size = Number(header[2]);
    blobs.push(output.subarray(newline + 1, newline + 1 + size));
    at = newline + 1 + size + 1;
  }
  return blobs;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function problem(file: string, code: Diagnostic['code'], message: string, hint?: string): Diagnostic {
  return { severity: 'error', code, file, path: [], message, ...(hint ? { hint } : {}) };
}

function decodeBlob(file: string, bytes: Buffer | undefined, limits: ReadLimits): DatasetText | Diagnostic {
  if (!bytes) return problem(file, 'read-error', 'git could not read this file at the revision');
  if (bytes.length > limits.maxFileBytes) {
    return problem(
      file,
      'limit-exceeded',
      `the file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; the limit is ${(limits.maxFileBytes / 1024 / 1024).toFixed(1)} MB`,
    );
  }
  if (bytes.includes(0))
    return problem(file, 'encoding', 'the file is binary, not text', 'dataset files are UTF-8 YAML or JSON');
  try {
    return { file, text: utf8.decode(bytes), hash: createHash('sha1').update(bytes).digest('hex') };
  } catch {
    return problem(file, 'encoding', 'the file is not valid UTF-8 text', 'save it as UTF-8 in your editor');
  }
}

/** Reads the dataset folder `dir` as it was at `revision`. */
export async function readDatasetAtRevision(
  dir: string,
  revision: string,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<RevisionRead> {
  const repo = await repositoryOf(dir);
  if (!repo.ok) return repo;
  const resolved = await resolveRevision(dir, revision);
  if (!resolved.ok) return resolved;
  const { commit } = resolved;
  const listed = await runGit(
    ['ls-tree', '-r', '-z', '--name-only', '--full-tree', commit, ...(repo.prefix ? ['--', repo.prefix] : [])],
    { cwd: repo.top },
  );
  if (!listed.ok)
    return {
      ok: false,
      problem: listed.missing ? NO_GIT : { code: 'git-failed', message: `git ls-tree failed: ${listed.stderr}` },
    };
  const paths = listed.stdout
    .toString('utf8')
    .split('\0')
    .filter((p) => p.length > 0);
  const wanted = paths
    .map((p) => ({ path: p, file: p.slice(repo.prefix.length) }))
    .filter((p) => isDatasetFile(p.file));
  const short = commit.slice(0, 7);
  const diagnostics: Diagnostic[] = [];
  if (wanted.length > limits.maxFiles) {
    diagnostics.push(
      problem(
        '.',
        'limit-exceeded',
        `the folder holds ${wanted.length} data files at ${short}; the limit is ${limits.maxFiles}`,
      ),
    );
    return { ok: true, files: [], diagnostics, commit: short, prefix: repo.prefix };
  }
  const catted = await runGit(['cat-file', '--batch'], {
    cwd: repo.top,
    input: wanted.map((w) => `${commit}:${w.path}\n`).join(''),
  });
  if (!catted.ok)
    return {
      ok: false,
      problem: catted.missing ? NO_GIT : { code: 'git-failed', message: `git cat-file failed: ${catted.stderr}` },
    };
  const files: DatasetText[] = [];
  blobsOf(catted.stdout, wanted.length).forEach((bytes, i) => {
    const read = decodeBlob(wanted[i]!.file, bytes, limits);
    if ('text' in read) files.push(read);
    else diagnostics.push(read);
  });
  if (files.length === 0 && diagnostics.length === 0) {
    diagnostics.push(
      problem(
        '.',
        'no-files',
        `at ${short} the folder ${repo.prefix || '(the repository root)'} holds no .yaml, .yml or .json files`,
        'is this the dataset folder, and did it exist then?',
      ),
    );
  }
  return { ok: true, files, diagnostics, commit: short, prefix: repo.prefix };
}
