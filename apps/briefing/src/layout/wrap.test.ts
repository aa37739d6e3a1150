import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { registerFonts, useUnshapedLayout } from '../fonts.js';
import { Glyphs } from './glyphs.js';
import { TextMeasure } from './measure.js';
import { wrapRuns } from './wrap.js';

function setup() {
  const doc = new PDFDocument({ autoFirstPage: true });
  registerFonts(doc);
  useUnshapedLayout(doc, ['regular', 'bold']);
  // As the briefing measures: through the glyph tables (checked against pdfkit below).
  return { doc, measure: new TextMeasure(doc, Glyphs.for(doc, ['regular', 'bold'])) };
}

describe('wrapRuns', () => {
  it('never makes a line wider than the box, even for a long address', () => {
    const { doc, measure } = setup();
    const url = `https://example.org/${'very-long-path-segment/'.repeat(12)}end`;
    const lines = wrapRuns([{ text: `Source: ${url} and then some words after it.` }], 150, 9, measure, 'regular');
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) {
      expect(line.width).toBeLessThanOrEqual(150);
      // What is drawn is what was measured.
      const drawn = line.segments.map((s) => s.text).join('');
      doc.font('regular').fontSize(9);
      expect(doc.widthOfString(drawn)).toBeCloseTo(line.width, 1);
    }
    expect(
      lines
        .map((l) => l.segments.map((s) => s.text).join(''))
        .join('')
        .replace(/\s/g, ''),
    ).toBe(`Source:${url}andthensomewordsafterit.`);
  });

  it('keeps an endnote reference together instead of breaking after its bracket', () => {
    const { measure } = setup();
    const runs = [
      { text: 'A sentence that fills almost exactly the line' },
      { text: ' [' },
      { text: '12', goTo: 'source-12' },
      { text: ']' },
    ];
    for (let width = 150; width < 260; width += 3) {
      const lines = wrapRuns(runs, width, 9, measure, 'regular');
      const texts = lines.map((l) => l.segments.map((s) => s.text).join(''));
      expect(
        texts.some((t) => t.trimEnd().endsWith('[')),
        `width ${width}: ${texts.join(' | ')}`,
      ).toBe(false);
    }
  });

  it('measures Cyrillic with the embedded font', () => {
    const { measure } = setup();
    const lines = wrapRuns(
      [{ text: 'Лавров: Росія не порушувала Будапештський меморандум' }],
      120,
      9,
      measure,
      'regular',
    );
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(120);
  });
});
