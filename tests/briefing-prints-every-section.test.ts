import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeLikelihood, ESTIMATIVE_STANDARDS, formatPercentRange, loadDataset } from '@pledgewatch/core';
import { datasetDir } from '@pledgewatch/dataset-ukraine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brief, type ReadPdf, readPdf } from './support/briefing.js';

/**
 * Issue 5, as a reader meets it: one command prints a briefing of the bundled dataset with
 * every section, the judgments in the reader's standard, Cyrillic names intact, bookmarks,
 * endnote links, safe external links and document metadata.
 */

const work = mkdtempSync(join(tmpdir(), 'pledgewatch-brief-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SECTIONS = [
  'Bottom line',
  'What changed since',
  'Key judgments',
  'How to read the scores',
  'What to watch',
  'The guarantees at a glance',
  'Base rates',
  'Annex A. The guarantees and their commitments',
  'Annex B. All key judgments',
  'Annex C. Open questions and gaps',
  'Annex D. How each score is built',
  'Annex E. Scenarios',
  'Annex F. Every change since',
  'Annex G. Timeline',
  'Sources',
  'Method',
];

let icd: ReadPdf;
let phia: ReadPdf;

beforeAll(async () => {
  const a = brief(['-o', 'icd.pdf', '--since', '2025-09-01'], work);
  expect(a.stderr).toContain('wrote');
  expect(a.status).toBe(0);
  const b = brief(['-o', 'phia.pdf', '--standard', 'phia', '--paper', 'letter'], work);
  expect(b.status).toBe(0);
  icd = await readPdf(join(work, 'icd.pdf'));
  phia = await readPdf(join(work, 'phia.pdf'));
}, 180_000);

describe('pledgewatch-brief on the bundled dataset', () => {
  it('prints every section, each with a bookmark', () => {
    for (const title of SECTIONS) expect(icd.text, title).toContain(title);
    const bookmarks = icd.outline.map((o) => o.title);
    for (const title of SECTIONS) {
      expect(
        bookmarks.some((b) => b.startsWith(title)),
        `bookmark ${title}`,
      ).toBe(true);
    }
    // Sub-sections nest under their section.
    expect(
      icd.outline
        .find((o) => o.title.startsWith('Annex A'))!
        .items.map((i) => i.title)
        .join(' '),
    ).toMatch(/Multinational Force Ukraine/);
    // Without --since there is no "what changed" section.
    expect(phia.text).not.toContain('What changed since');
  });

  it('words each key judgment in the chosen standard, the confidence in its own sentence', async () => {
    const loaded = await loadDataset(datasetDir);
    if (!loaded.ok) throw new Error('bundled dataset invalid');
    const judgments = loaded.dataset.judgments.filter((j) => j.date <= loaded.dataset.manifest.asOf);
    expect(judgments.length).toBeGreaterThan(0);
    for (const j of judgments) {
      for (const [pdf, standard] of [
        [icd, 'icd203'],
        [phia, 'phia'],
      ] as const) {
        const w = describeLikelihood(j.likelihood, standard);
        // The band printed is the standard's own band for the term (the authors' range beside it if it differs).
        const term = ESTIMATIVE_STANDARDS[standard].terms.find((t) => t.term === w.term);
        const band = term ? formatPercentRange(term.min, term.max) : w.numbers;
        expect(pdf.text).toContain(`Likelihood: ${w.phrase} (${band}).`);
        expect(pdf.text).toContain(`We have ${j.confidence} confidence in this judgment.`);
      }
    }
    expect(icd.text).toContain('US ICD 203');
    expect(phia.text).toContain('UK PHIA probability yardstick');
  });

  it('keeps Cyrillic names intact in the extracted text', () => {
    expect(icd.text).toContain('Лавров');
    expect(icd.text).toMatch(/Будапештський меморандум/);
  });

  it('links endnote numbers to the sources, and links outward only to http(s) and mailto', () => {
    const links = icd.pages.flatMap((p) => p.annotations).filter((a) => a.subtype === 'Link');
    const internal = links.filter((a) => typeof a.dest === 'string');
    const external = links.filter((a) => typeof a.url === 'string');
    expect(internal.length).toBeGreaterThan(10);
    for (const a of internal) expect(Object.keys(icd.destinations)).toContain(a.dest);
    expect(external.length).toBeGreaterThan(5);
    for (const a of external) expect(a.url).toMatch(/^(https?:|mailto:)/);
    expect(links.every((a) => typeof a.dest === 'string' || typeof a.url === 'string')).toBe(true);
  });

  it('carries title, author, subject, keywords and language, and is tagged', () => {
    expect(icd.info.Title).toMatch(/briefing as of \d{4}-\d{2}-\d{2}/);
    expect(icd.info.Author).toBe('pledgewatch');
    expect(String(icd.info.Subject)).toContain('Dataset ukraine-guarantees');
    expect(String(icd.info.Keywords)).toContain('security guarantees');
    expect(icd.info.Language).toBe('en');
    expect(icd.metadata?.get('dc:title')).toMatch(/briefing/);
    const tree = JSON.stringify(icd.structTree);
    for (const role of ['"Document"', '"H1"', '"P"']) expect(tree).toContain(role);
  });

  it('puts the page number, as-of date and document id in every footer', () => {
    const count = icd.pages.length;
    icd.pages.forEach((p, i) => {
      expect(p.text).toContain(`Page ${i + 1} of ${count}`);
      expect(p.text).toMatch(/As of \d{4}-\d{2}-\d{2} · document [0-9a-f]{10}/);
    });
  });
});
