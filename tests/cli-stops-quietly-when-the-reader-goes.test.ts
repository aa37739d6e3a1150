import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `pledgewatch --json | head -1`: when the reader of a pipe goes away, the next write fails
 * with EPIPE. The commands stop quietly with exit 0, as `cat` does, not with a stack trace.
 * Our end of a real pipe is closed before the program writes anything, so every run meets it.
 */

const ROOT = join(import.meta.dirname, '..');
const DASHBOARD = join(ROOT, 'apps/dashboard/dist/cli.js');
const BRIEF = join(ROOT, 'apps/briefing/dist/cli.js');

function runWithReaderGone(cli: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('a closed pipe on stdout', () => {
  it.each([
    ['pledgewatch --json', DASHBOARD, ['--json']],
    ['pledgewatch assess --json', DASHBOARD, ['assess', '--json']],
    ['pledgewatch assess', DASHBOARD, ['assess']],
    ['pledgewatch-brief -o -', BRIEF, ['-o', '-']],
  ])('%s exits 0 without a word', async (_name, cli, args) => {
    const { code, stderr } = await runWithReaderGone(cli, args);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
