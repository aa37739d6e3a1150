import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatasetRepo, datasetRepo, pledgewatch } from './support/git-dataset.js';

/**
 * Issue 15: `pledgewatch diff` reviews a teammate's change by what it does — the changed facts
 * with their sources, each guarantee's scores before and after, the rules that moved — between
 * two commits of a repository the test makes, in the terminal, as Markdown and as JSON; and it
 * says plainly what is missing when there is no repository or no such revision.
 */

let repo: DatasetRepo;
let base: string;
let head: string;
beforeAll(() => {
  repo = datasetRepo('pledgewatch-diff-');
  base = repo.git('rev-parse', '--short', 'HEAD').trim();
  const r = pledgewatch([
    'record',
    'status',
    'uk ground',
    'deploying',
    '--date',
    '2026-02-25',
    '--source',
    'depetris-2025',
    '--dir',
    repo.data,
  ]);
  expect(r.status).toBe(0);
  head = repo.commit('UK troops deploying');
});
afterAll(() => repo.remove());

describe('pledgewatch diff between two commits', () => {
  it('prints the changed fact with its source, the scores that moved and the rules behind them', () => {
    const r = pledgewatch(['diff', 'data', base, head], repo.root);
    expect(r.err).toBe('');
    expect(r.status).toBe(0);
    expect(r.out).toContain(`pledgewatch diff: ${base} → ${head}`);
    expect(r.out).toMatch(
      /2026-02-25 {2}United Kingdom ground forces: pledged → deploying\n\s+source: depetris-2025 — /,
    );
    expect(r.out).toMatch(/MFU +credibility \d+ ‹\d+› \d+ → \d+ ‹\d+› \d+ \(\+\d+\)/);
    expect(r.out).toMatch(/NATO Article 5 +unchanged: credibility/);
    // The moved rules are listed in the engine's order; a commitment rule of the MFU must be among them
    // (since the engine's text-engagement change, a capability rule of the MFU moves too and comes first).
    expect(r.out).toMatch(/Rules whose contributions moved \(\d+\):\n(?: {2}.*\n)*? {2}MFU {2}commitment\./);
  });

  it('--format md makes a pull-request comment: a list of facts and a table of scores', () => {
    const r = pledgewatch(['diff', 'data', base, head, '--format', 'md'], repo.root);
    expect(r.status).toBe(0);
    expect(r.out).toContain(`### pledgewatch diff: ${base} → ${head}`);
    expect(r.out).toContain('- 2026-02-25: United Kingdom ground forces: pledged → deploying — source: depetris-2025');
    expect(r.out).toMatch(/^\| \*\*MFU\*\* \| \d+ ‹\d+› \d+ → \d+ ‹\d+› \d+ \(\+\d+\) \|/m);
    expect(r.out).toContain('<details><summary>Rules whose contributions moved');
  });

  it('--json gives scripts the same facts, scores and rules', () => {
    const r = pledgewatch(['diff', 'data', base, head, '--json'], repo.root);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.before.label).toBe(base);
    expect(json.facts).toEqual([
      expect.objectContaining({
        text: 'United Kingdom ground forces: pledged → deploying',
        entry: expect.objectContaining({ kind: 'commitment-status', commitment: 'mfu-uk-ground' }),
        sources: [expect.objectContaining({ id: 'depetris-2025', grade: 'B2' })],
      }),
    ]);
    const mfu = json.guarantees.find((g: { guarantee: string }) => g.guarantee === 'mfu');
    expect(mfu.moved).toBe(true);
    expect(mfu.after.credibility.point).toBeGreaterThan(mfu.before.credibility.point);
    expect(json.rules.length).toBeGreaterThan(0);
  });

  it('--json carries the freshness of each side, as check --json does (issue 12)', () => {
    // "Today" is set years past any cut-off the bundled dataset will have, so both sides are stale.
    const r = pledgewatch(['diff', 'data', base, head, '--json'], repo.root, { PLEDGEWATCH_TODAY: '2029-11-30' });
    expect(r.status).toBe(0);
    const json = JSON.parse(r.out);
    const manifest = readFileSync(join(repo.data, 'dataset.yaml'), 'utf8');
    const cutOff = /^\s*asOf: (\d{4}-\d\d-\d\d)/m.exec(manifest)![1];
    for (const freshness of [json.freshness, json.before.freshness]) {
      expect(freshness).toMatchObject({
        cutOff,
        today: '2029-11-30',
        freshForDays: 30,
        stale: true,
        projection: false,
      });
      expect(freshness.warning).toMatch(/^Data last updated .* days ago, past its 30-day freshness window/);
    }
    expect(json.after.asOf).toBe(cutOff);
  });

  it('without revisions compares HEAD with the working tree, run inside the dataset folder', () => {
    const clean = pledgewatch(['diff'], repo.data);
    expect(clean.status).toBe(0);
    expect(clean.out).toContain('No fact changed.');
    writeFileSync(join(repo.data, 'broken.yaml'), 'commitments: [');
    const broken = pledgewatch(['diff'], repo.data);
    expect(broken.status).toBe(1);
    expect(broken.err).toMatch(/^working tree does not load \(1 error\):\n {2}broken\.yaml:1:\d+/);
    rmSync(join(repo.data, 'broken.yaml'));
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  it('names what is missing: a revision the repository lacks, or a repository', () => {
    const unknown = pledgewatch(['diff', 'data', 'no-such-branch', 'HEAD'], repo.root);
    expect(unknown.status).toBe(2);
    expect(unknown.err).toContain("the repository has no revision 'no-such-branch'");
    const outside = mkdtempSync(join(tmpdir(), 'pledgewatch-norepo-'));
    try {
      const r = pledgewatch(['diff', outside, 'HEAD'], outside);
      expect(r.status).toBe(2);
      expect(r.err).toContain('is not inside a git repository');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
