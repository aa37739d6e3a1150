import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Briefing,
  buildBriefing,
  commitmentCells,
  compareScenarios,
  formatPercentRange,
  loadDataset,
  PHIA_TERMS,
} from '@pledgewatch/core';
import { datasetDir } from '@pledgewatch/dataset-ukraine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brief, type ReadPdf, readPdf } from './support/briefing.js';

/**
 * Issue 13, as its readers meet it: a two-page core (bottom line, key judgments and the score
 * key on page 1) at A4 and Letter, then annexes that state each fact once; no internal id or
 * `unknown` in backticks anywhere; PHIA bands as the yardstick prints them; and the Markdown
 * export carrying the same facts and citations as the PDF.
 */

const work = mkdtempSync(join(tmpdir(), 'pledgewatch-brief-reads-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const pdfs: Record<string, ReadPdf> = {};
let markdown = '';
let content: Briefing;
let ids: string[] = [];

beforeAll(async () => {
  for (const [name, args] of [
    ['a4', ['--paper', 'a4']],
    ['letter', ['--paper', 'letter']],
    ['letter-since', ['--paper', 'letter', '--since', '2025-09-01']],
    ['phia', ['--standard', 'phia']],
  ] as const) {
    const r = brief(['-o', `${name}.pdf`, ...args], work);
    expect(r.status, r.stderr).toBe(0);
    pdfs[name] = await readPdf(join(work, `${name}.pdf`));
  }
  const md = brief(['--format', 'md', '-o', 'a4.md'], work);
  expect(md.status, md.stderr).toBe(0);
  markdown = readFileSync(join(work, 'a4.md'), 'utf8');
  const loaded = await loadDataset(datasetDir);
  if (!loaded.ok) throw new Error('the bundled dataset does not load');
  const d = loaded.dataset;
  const asOf = d.manifest.asOf;
  const compared = compareScenarios(
    d,
    d.scenarios.map((s) => s.id),
    { asOf },
  );
  if (!compared.ok) throw new Error('the engine failed');
  content = buildBriefing(d, compared.baseline, {
    asOf,
    standard: 'icd203',
    scenarios: compared.comparisons.map((c) => c.assessment),
  });
  ids = [
    d.actors,
    d.profiles,
    d.guarantees,
    d.commitments,
    d.positions,
    d.questions,
    d.events,
    d.judgments,
    d.scenarios,
    d.sources,
  ]
    .flatMap((list) => (list as readonly { id: string }[]).map((x) => x.id))
    .filter((id) => id.includes('-'));
}, 120_000);

/** The text before the Sources heading: where each fact must appear once. */
function body(text: string): string {
  const at = text.lastIndexOf(' Sources Grades follow');
  return at < 0 ? text : text.slice(0, at);
}

/** The facts the content states, as the renderers print them. */
function facts(b: Briefing): string[] {
  return [
    ...b.known.flatMap((t) => t.facts.map((f) => f.text)),
    ...b.commitments.flatMap((t) => t.rows.map((r) => commitmentCells(r).slice(0, 3).join(' '))),
    ...b.judgments.map((j) => j.statement),
    ...b.unknown.questions.flatMap((q) => (q.knownSoFar ? [q.knownSoFar.text] : [])),
    ...b.unknown.gaps.map((g) => g.text),
    ...b.timeline.map((e) => e.title),
  ];
}

const occurrences = (text: string, needle: string) => text.split(needle).length - 1;

describe('the briefing as a briefing', () => {
  it('puts the bottom line, the key judgments and the score key on page 1, the whole core on two pages', () => {
    for (const name of ['a4', 'letter', 'letter-since'] as const) {
      const pages = pdfs[name]!.pages;
      for (const heading of ['Bottom line', 'Key judgments', 'How to read the scores'])
        expect(pages[0]!.text, `${name}: ${heading}`).toContain(heading);
      // The annexes open on a page of their own, so the core is what comes before them.
      const annex = pages.findIndex((p) => p.text.includes('Annex A. The guarantees'));
      expect(annex, name).toBe(2);
      // Base rates sit in their own panel in the annexes, beside the scores in detail.
      expect(
        pages
          .slice(2)
          .map((p) => p.text)
          .join(' '),
        `${name}: base rates in the annexes`,
      ).toContain('Base rates');
      for (const heading of ['What to watch', 'The guarantees at a glance'])
        expect(
          pages
            .slice(0, 2)
            .map((p) => p.text)
            .join(' '),
          `${name}: ${heading}`,
        ).toContain(heading);
    }
  });

  it('prints no internal id and no backticked `unknown` in any text run', () => {
    expect(ids.length).toBeGreaterThan(50);
    const anyId = new RegExp(`(?:^|[^\\w-])(${ids.map((id) => id.replace(/[.]/g, '\\.')).join('|')})(?:[^\\w-]|$)`);
    for (const [name, pdf] of Object.entries(pdfs)) {
      for (const [i, page] of pdf.pages.entries()) {
        for (const item of page.items) {
          expect(item.str, `${name} page ${i + 1}`).not.toContain('`');
          // Web addresses in the sources (and their wrapped continuations) are addresses, not prose.
          if (/https?:|www\./.test(item.str) || (!item.str.trim().includes(' ') && /[/?%=-]/.test(item.str))) continue;
          // A number a reader must decode: five or more digits without separators ("715000"),
          // not a document code such as a UN press release "SC/11319".
          expect(item.str, `${name} page ${i + 1}`).not.toMatch(/(?<![/\w])\d{5,}\b/);
          expect(anyId.exec(item.str)?.[1], `${name} page ${i + 1}: “${item.str}”`).toBeUndefined();
        }
      }
    }
    expect(markdown).not.toMatch(/`|unbounded/);
  });

  it('states each fact once outside the sources', () => {
    const text = body(pdfs.a4!.text);
    const all = facts(content);
    expect(all.length).toBeGreaterThan(60);
    for (const fact of all) expect(occurrences(text, fact), fact).toBe(1);
  });

  it('prints the PHIA terms with the PHIA table’s own bands', () => {
    const text = pdfs.phia!.text;
    const terms = [...PHIA_TERMS].sort((a, b) => b.term.length - a.term.length);
    const pattern = new RegExp(`(${terms.map((t) => t.term).join('|')}) \\(([^)]*%)\\)`, 'g');
    const seen = [...text.matchAll(pattern)];
    expect(seen.length).toBeGreaterThan(3);
    for (const match of seen) {
      const [, term, band] = match;
      // "between unlikely and a realistic possibility (20–45%)": a range across bands keeps its own numbers.
      if (/between [a-z ]+$/.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
      const t = PHIA_TERMS.find((x) => x.term === term)!;
      expect(band, term).toBe(formatPercentRange(t.min, t.max));
    }
    expect(text).toContain('highly likely (80–90%)');
    expect(text).not.toContain('highly likely (80–95%)');
  });

  it('carries the same facts and citations in the Markdown as in the PDF', () => {
    const plain = markdown.replace(/ \| /g, ' ').replace(/\\([\\`*_<>#|+-])/g, '$1');
    const pdf = body(pdfs.a4!.text);
    for (const fact of facts(content)) {
      expect(pdf, fact).toContain(fact);
      expect(plain, fact).toContain(fact);
    }
    const citations = (text: string) => [...text.matchAll(/\[(\d+(?:, \d+)*)\]/g)].map((m) => m[1]).sort();
    const mdBody = plain.slice(0, plain.indexOf('\n## Sources'));
    expect(citations(mdBody)).toEqual(citations(pdf));
    expect(citations(pdf).length).toBeGreaterThan(50);
  });
});
