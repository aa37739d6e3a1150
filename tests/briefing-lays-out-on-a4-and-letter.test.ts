import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brief, readPdf } from './support/briefing.js';

/**
 * A4 and US Letter both lay out cleanly: every piece of text inside the page's margins, no
 * heading stranded at the foot of a page, table headers repeated after a break, and (where
 * poppler is installed) every page renders.
 */

const work = mkdtempSync(join(tmpdir(), 'pledgewatch-brief-paper-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const PAPERS = { a4: [595.28, 841.89], letter: [612, 792] } as const;
const SIDE = 50;

describe.each(Object.keys(PAPERS) as (keyof typeof PAPERS)[])('the bundled briefing on %s', (paper) => {
  const file = join(work, `${paper}.pdf`);

  it('is that paper size, with every text inside the margins', async () => {
    expect(brief(['-o', file, '--paper', paper, '--since', '2025-09-01'], work).status).toBe(0);
    const pdf = await readPdf(file);
    const [w, h] = PAPERS[paper];
    for (const [i, page] of pdf.pages.entries()) {
      expect(page.width).toBeCloseTo(w, 0);
      expect(page.height).toBeCloseTo(h, 0);
      for (const it of page.items) {
        if (it.str.trim() === '') continue;
        const where = `page ${i + 1}: “${it.str}”`;
        expect(it.x, where).toBeGreaterThanOrEqual(SIDE - 1);
        expect(it.x + it.width, where).toBeLessThanOrEqual(w - SIDE + 1);
        expect(it.y, where).toBeGreaterThan(0);
        expect(it.y, where).toBeLessThan(h);
      }
    }
  });

  it('keeps headings with what follows and repeats table headers on continued pages', async () => {
    const pdf = await readPdf(file);
    const headings = new Set([
      ...pdf.outline.map((o) => o.title),
      ...pdf.outline.flatMap((o) => o.items.map((i) => i.title)),
    ]);
    for (const page of pdf.pages) {
      const body = page.items.filter((it) => it.str.trim() !== '' && it.y > 60 && it.y < page.height - 70);
      const lowest = body.reduce((a, b) => (b.y < a.y ? b : a), body[0]!);
      // The last line of text on a page is never a heading.
      expect(headings.has(lowest.str), `“${lowest.str}” ends a page`).toBe(false);
    }
    // The commitments table's header row appears on every page the table continues onto.
    const pagesWithRows = pdf.pages.filter(
      (p) => /Annex A|Guarantor/.test(p.text) && /\bpledged\b|ruled out|conditional/.test(p.text),
    );
    for (const page of pagesWithRows) if (/ground forces/.test(page.text)) expect(page.text).toContain('Guarantor');
  });

  it('renders every page to an image when poppler is available', async () => {
    const pdf = await readPdf(file);
    const probe = spawnSync('pdftoppm', ['-v'], { encoding: 'utf8' });
    if (probe.error) {
      // No poppler here: pdfjs has already parsed every page above; say so rather than skip.
      expect(pdf.pages.length).toBeGreaterThan(3);
      return;
    }
    const out = join(work, `png-${paper}`);
    const r = spawnSync('pdftoppm', ['-png', '-r', '30', file, out], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/Syntax Error|Error/);
    const images = readdirSync(work).filter((f) => f.startsWith(`png-${paper}`) && f.endsWith('.png'));
    expect(images).toHaveLength(pdf.pages.length);
  });
});
