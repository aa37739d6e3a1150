import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { datasetDir } from '@pledgewatch/dataset-ukraine';

/**
 * A temporary git repository holding a copy of the bundled dataset under `data/`, committed
 * once, for tests of `record`, `diff` and `--since REV`. Git runs with a fixed identity and no
 * user or system configuration, so a developer's git settings cannot change what tests see.
 */

export const cli = join(import.meta.dirname, '..', '..', 'apps', 'dashboard', 'dist', 'cli.js');

export interface DatasetRepo {
  root: string;
  data: string;
  git(...args: string[]): string;
  commit(message: string): string;
  remove(): void;
}

export const GIT_ENV = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Ana Analyst',
  GIT_AUTHOR_EMAIL: 'ana@example.org',
  GIT_COMMITTER_NAME: 'Ana Analyst',
  GIT_COMMITTER_EMAIL: 'ana@example.org',
};

export function datasetRepo(prefix = 'pledgewatch-repo-'): DatasetRepo {
  const root = mkdtempSync(join(tmpdir(), prefix));
  const data = join(root, 'data');
  cpSync(datasetDir, data, { recursive: true });
  const git = (...args: string[]) => {
    const r = spawnSync('git', args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
    return r.stdout;
  };
  git('init', '-q', '-b', 'main');
  const commit = (message: string) => {
    git('add', '-A');
    git('commit', '-q', '-m', message);
    return git('rev-parse', '--short', 'HEAD').trim();
  };
  commit('the bundled dataset');
  return { root, data, git, commit, remove: () => rmSync(root, { recursive: true, force: true }) };
}

export function pledgewatch(args: string[], cwd?: string, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...GIT_ENV, NO_COLOR: '1', ...env },
  });
  return { status: r.status, out: r.stdout, err: r.stderr };
}
