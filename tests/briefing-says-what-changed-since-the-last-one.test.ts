import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brief, readPdf } from './support/briefing.js';
import { type DatasetRepo, datasetRepo, pledgewatch } from './support/git-dataset.js';

/**
 * Issue 15: a briefing says what changed since the last one. A PDF/A briefing printed from an
 * older revision carries its dataset; the next briefing, given that PDF (`--since-briefing`) or
 * the old revision (`--since REV`), lists the facts, judgments and scores that changed since.
 */

let repo: DatasetRepo;
let out: string;
let base: string;
beforeAll(() => {
  repo = datasetRepo('pledgewatch-since-');
  out = mkdtempSync(join(tmpdir(), 'pledgewatch-since-pdf-'));
  base = repo.git('rev-parse', '--short', 'HEAD').trim();
  const old = brief([repo.data, '--pdfa', '-o', join(out, 'old.pdf')], out);
  expect(old.stderr).toContain('wrote');
  const recorded = pledgewatch([
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
  expect(recorded.status).toBe(0);
  const judgments = join(repo.data, 'judgments.yaml');
  const text = readFileSync(judgments, 'utf8');
  writeFileSync(judgments, text.replace('confidence: moderate', 'confidence: high'));
  repo.commit('UK troops deploying; the first judgment held with high confidence');
});
afterAll(() => {
  repo.remove();
  rmSync(out, { recursive: true, force: true });
});

function whatChanged(pdfText: string): string {
  const start = pdfText.lastIndexOf('What changed since');
  expect(start).toBeGreaterThanOrEqual(0);
  return pdfText.slice(start, start + 3000);
}

describe('pledgewatch-brief since an earlier briefing', () => {
  it('--since-briefing OLD.pdf lists the changed facts, judgments and scores since it was printed', async () => {
    const r = brief([repo.data, '--since-briefing', join(out, 'old.pdf'), '-o', join(out, 'new.pdf')], out);
    expect(r.stderr).toContain('wrote');
    expect(r.status).toBe(0);
    const section = whatChanged((await readPdf(join(out, 'new.pdf'))).text);
    // The core's "what changed" carries the score moves and the changes themselves (issue 13's layout).
    expect(section).toContain('United Kingdom ground forces: pledged → deploying.');
    expect(section).toMatch(/80–95%, moderate confidence → 80–95%, high confidence/);
    expect(section).toMatch(/MFU: credibility \d+ ‹\d+› \d+ → \d+ ‹\d+› \d+ \(\+\d+\)/);
  });

  it('--since REV measures from the dataset at that git revision, read without a checkout', async () => {
    const r = brief([repo.data, '--since', base, '-o', join(out, 'rev.pdf')], out);
    expect(r.status).toBe(0);
    const section = whatChanged((await readPdf(join(out, 'rev.pdf'))).text);
    expect(section).toContain('United Kingdom ground forces: pledged → deploying.');
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  it('says plainly when the PDF carries no dataset, or the revision does not exist', () => {
    const plain = brief([repo.data, '-o', join(out, 'plain.pdf')], out);
    expect(plain.status).toBe(0);
    const r = brief([repo.data, '--since-briefing', join(out, 'plain.pdf'), '-o', join(out, 'x.pdf')], out);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('it carries no dataset (only briefings made with --pdfa do)');
    const rev = brief([repo.data, '--since', 'no-such-tag', '-o', join(out, 'x.pdf')], out);
    expect(rev.status).toBe(2);
    expect(rev.stderr).toContain("the repository has no revision 'no-such-tag'");
  });
});
