import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEPLOYING, liveCopies, PLEDGED } from '../test-support/live-copy.js';
import { openLiveDataset } from './live-dataset.js';

const GIT_ENV = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Ana Analyst',
  GIT_AUTHOR_EMAIL: 'ana@example.org',
  GIT_COMMITTER_NAME: 'Ana Analyst',
  GIT_COMMITTER_EMAIL: 'ana@example.org',
};

function git(dir: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

const copies = liveCopies();
afterEach(() => copies.cleanUp());

/** A fixture copy in a repository on main, with a branch `feature` one commit ahead: UK troops deploying. */
async function repository() {
  const dir = await copies.copy();
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'the fixture');
  git(dir, 'checkout', '-q', '-b', 'feature');
  const file = join(dir, 'commitments.yaml');
  await writeFile(file, (await readFile(file, 'utf8')).replace(PLEDGED, DEPLOYING));
  git(dir, 'commit', '-q', '-am', 'UK troops deploying');
  const hash = git(dir, 'rev-parse', '--short', 'HEAD');
  git(dir, 'checkout', '-q', 'main');
  return { dir, file, hash };
}

describe('the feed attributes changes that arrive through git', () => {
  it('a checkout names the commit that brought the change: hash, author and message', async () => {
    const { dir, hash } = await repository();
    const live = await openLiveDataset(dir, {});
    copies.defer(() => live.close());
    git(dir, 'checkout', '-q', 'feature');
    // The line may open with the score move the change caused (the engine scores troops deploying
    // above troops pledged); the attribution ends it either way.
    const attributed = new RegExp(
      `^(MFU credibility \\d+ ‹\\d+› \\d+ → \\d+ ‹\\d+› \\d+ · )?United Kingdom ground forces: pledged → deploying( · .*)? ← ${hash} Ana Analyst: UK troops deploying$`,
    );
    await vi.waitFor(() => expect(live.getState().feed[0]?.text).toMatch(attributed));
    expect(live.getState().feed[0]?.commit).toEqual({ hash, author: 'Ana Analyst', subject: 'UK troops deploying' });
  });

  it("a local edit is nobody's commit", async () => {
    const { dir, file } = await repository();
    const live = await openLiveDataset(dir, {});
    copies.defer(() => live.close());
    await writeFile(file, (await readFile(file, 'utf8')).replace(PLEDGED, DEPLOYING));
    await vi.waitFor(() => expect(live.getState().feed[0]?.text).toContain('pledged → deploying'));
    await live.reload();
    expect(live.getState().feed[0]?.text).not.toContain('←');
    expect(live.getState().feed[0]?.commit).toBeUndefined();
  });
});
