import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { datasetRepo, pledgewatch } from './support/git-dataset.js';

/**
 * Issue 15: `pledgewatch record` adds one fact where a careful analyst would have typed it —
 * in the file of the entity, in date order — and changes no other byte; a fact that would
 * break the dataset writes nothing at all.
 */

const repo = datasetRepo('pledgewatch-record-');
afterAll(() => repo.remove());

describe('pledgewatch record', () => {
  it('records a status by name: only the added lines differ, and check stays clean', () => {
    const r = pledgewatch([
      'record',
      'status',
      'uk ground',
      'deploying',
      '--date',
      '2026-02-20',
      '--source',
      'depetris',
      '--dir',
      repo.data,
    ]);
    expect(r.err).toBe('');
    expect(r.status).toBe(0);
    expect(r.out).toContain('recorded: United Kingdom ground forces (MFU): deploying from 2026-02-20');
    // git's own accounting: one file, three lines added, none removed.
    expect(repo.git('diff', '--numstat').trim()).toBe('3\t0\tdata/guarantees/mfu/uk.yaml');
    expect(
      repo
        .git('diff', '-U0')
        .split('\n')
        .filter((l) => /^[+-] /.test(l) || /^[+-]\s/.test(l)),
    ).toEqual(['+      - date: 2026-02-20', '+        status: deploying', '+        source: depetris-2025']);
    const check = pledgewatch(['check', repo.data]);
    expect(check.status).toBe(0);
    expect(check.out + check.err).not.toContain('warning');
  });

  it('--dry-run prints the diff it would make and writes nothing', () => {
    const before = repo.git('diff');
    const r = pledgewatch([
      'record',
      'stance',
      'russia-mfu',
      'demands-veto',
      '--date',
      '2026-02-21',
      '--source',
      'depetris-2025',
      '--dir',
      repo.data,
      '--dry-run',
    ]);
    expect(r.status).toBe(0);
    expect(r.out).toContain('+++ b/positions.yaml');
    expect(r.out).toMatch(/^\+ +- date: 2026-02-21$/m);
    expect(repo.git('diff')).toBe(before);
  });

  it('a new source gets an id from its outlet and date, shown to cite it by', () => {
    const r = pledgewatch([
      'record',
      'source',
      '--title',
      'Troops arrive',
      '--outlet',
      'Reuters',
      '--date',
      '2026-02-21',
      '--grade',
      'B2',
      '--dir',
      repo.data,
    ]);
    expect(r.status).toBe(0);
    expect(r.out).toContain('cite it as reuters-2026-02-21');
    expect(readFileSync(join(repo.data, 'sources.yaml'), 'utf8')).toContain(
      '  - id: reuters-2026-02-21\n    title: Troops arrive\n',
    );
  });

  it('a record that would break the dataset writes nothing and says why', () => {
    const before = repo.git('diff');
    const r = pledgewatch([
      'record',
      'source',
      '--id',
      'Not An Id',
      '--title',
      'T',
      '--outlet',
      'O',
      '--date',
      '2026-02-21',
      '--grade',
      'C3',
      '--dir',
      repo.data,
    ]);
    expect(r.status).toBe(1);
    expect(r.err).toMatch(/sources\.yaml:\d+:\d+ {2}.*id/);
    expect(r.err).toContain('recording this would break the dataset; nothing was written');
    expect(repo.git('diff')).toBe(before);
    expect(repo.git('status', '--porcelain')).not.toContain('.tmp');
  });

  it('an ambiguous name lists the candidates; a typo is a usage error with the nearest id', () => {
    const ambiguous = pledgewatch([
      'record',
      'status',
      'ground',
      'pledged',
      '--date',
      '2026-02-21',
      '--source',
      'depetris-2025',
      '--dir',
      repo.data,
    ]);
    expect(ambiguous.status).toBe(2);
    expect(ambiguous.err).toContain("'ground' could be");
    expect(ambiguous.err).toMatch(/^ {2}mfu-france-ground {2}France ground forces \(MFU\)$/m);
    const typo = pledgewatch([
      'record',
      'status',
      'mfu-uk-grund',
      'pledged',
      '--date',
      '2026-02-21',
      '--source',
      'depetris-2025',
      '--dir',
      repo.data,
    ]);
    expect(typo.status).toBe(2);
    expect(typo.err).toContain("did you mean 'mfu-uk-ground'?");
  });

  it('--help works for record and for each subcommand', () => {
    expect(pledgewatch(['record', '--help']).out).toContain('Subcommands:');
    for (const sub of ['status', 'source', 'stance', 'answer', 'commitment']) {
      const r = pledgewatch(['record', sub, '--help']);
      expect(r.status).toBe(0);
      expect(r.out).toContain(`Usage: pledgewatch record ${sub}`);
    }
  });
});
