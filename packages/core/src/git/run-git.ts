import { spawn } from 'node:child_process';

/**
 * Runs the user's `git` and collects what it prints. Never throws: a missing `git` and a
 * failing command are values the caller turns into a sentence.
 */

export type GitRun =
  | { ok: true; stdout: Buffer }
  | { ok: false; missing: true }
  | { ok: false; missing?: false; code: number | null; stderr: string };

export function runGit(
  args: readonly string[],
  options: { cwd: string; input?: string } = { cwd: '.' },
): Promise<GitRun> {
  return new Promise((resolve) => {
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn('git', args, {
        cwd: options.cwd,
        stdio: ['pipe', 'pipe', 'pipe'],
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
      });
    } catch {
      resolve({ ok: false, missing: true });
      return;
    }
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (b: Buffer) => out.push(b));
    child.stderr!.on('data', (b: Buffer) => err.push(b));
    child.on('error', (error: NodeJS.ErrnoException) => {
      resolve(
        error.code === 'ENOENT' ? { ok: false, missing: true } : { ok: false, code: null, stderr: error.message },
      );
    });
    child.on('close', (code) => {
      if (code === 0) resolve({ ok: true, stdout: Buffer.concat(out) });
      else resolve({ ok: false, code, stderr: Buffer.concat(err).toString('utf8').trim() });
    });
    child.stdin!.on('error', () => undefined);
    child.stdin!.end(options.input ?? '');
  });
}
