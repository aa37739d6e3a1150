import { runGit } from './run-git.js';

/**
 * The commits that brought a dataset folder from one state to another — who changed it, why
 * and in which commit — read with the user's `git`. Undefined wherever git cannot say (no git,
 * no repository): attribution is a courtesy, never a requirement.
 */

export interface CommitInfo {
  /** Abbreviated hash. */
  hash: string;
  author: string;
  subject: string;
}

/** The commit HEAD points at in the repository around `dir`, or undefined. */
export async function headCommit(dir: string): Promise<string | undefined> {
  const run = await runGit(['rev-parse', '--verify', '--quiet', 'HEAD'], { cwd: dir });
  return run.ok ? run.stdout.toString('utf8').trim() : undefined;
}

/**
 * The commits in `from..to` that touch the folder `dir`, newest first (`from` undefined: `to`
 * and its history). Undefined when git cannot answer.
 */
export async function commitsTouching(
  dir: string,
  from: string | undefined,
  to: string,
): Promise<CommitInfo[] | undefined> {
  const range = from ? `${from}..${to}` : to;
  const run = await runGit(['log', '--format=%h%x1f%an%x1f%s%x1e', '--end-of-options', range, '--', '.'], { cwd: dir });
  if (!run.ok) return undefined;
  return run.stdout
    .toString('utf8')
    .split('\x1e')
    .map((r) => r.trim())
    .filter(Boolean)
    .map((r) => {
      const [hash = '', author = '', subject = ''] = r.split('\x1f');
      return { hash, author, subject };
    });
}

/** Whether the files of `dir` are exactly as committed in HEAD (tracked files only). */
export async function folderMatchesHead(dir: string): Promise<boolean> {
  const run = await runGit(['status', '--porcelain', '--untracked-files=no', '--', '.'], { cwd: dir });
  return run.ok && run.stdout.toString('utf8').trim() === '';
}
