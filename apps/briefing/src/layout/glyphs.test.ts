import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { type FontFace, registerFonts, useUnshapedLayout } from '../fonts.js';
import { Glyphs } from './glyphs.js';

const FACES: FontFace[] = ['regular', 'bold', 'italic'];
const RUNS: { text: string; face: FontFace; colour: string }[] = [
  { text: 'Zelensky said', face: 'regular', colour: '#111111' },
  { text: ' «Гарантії безпеки»', face: 'italic', colour: '#1a4f8b' },
  { text: ' [12]', face: 'bold', colour: '#555555' },
];

async function pdfText(bytes: Buffer) {
  const pdf = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, verbosity: 0 }).promise;
  const pages = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(
      content.items.flatMap((it) =>
        'str' in it && it.str.trim() !== ''
          ? [{ str: it.str, x: Math.round(it.transform[4]! * 100) / 100, y: Math.round(it.transform[5]! * 100) / 100 }]
          : [],
      ),
    );
  }
  return pages;
}

/** The same runs drawn by the glyph tables (page 1) and by pdfkit's own text() (page 2). */
function drawBothWays(): Promise<Buffer> {
  const doc = new PDFDocument({ compress: false });
  registerFonts(doc);
  useUnshapedLayout(doc, FACES);
  const glyphs = Glyphs.for(doc, FACES);
  if (!glyphs) throw new Error('pdfkit internals changed: no glyph tables');
  const size = 9.5;
  const placed = (() => {
    let x = 0;
    return RUNS.map((r) => {
      const at = { ...r, x };
      x += glyphs.width(r.text, r.face, size);
      return at;
    });
  })();
  glyphs.drawLine(placed, 72, 100, size);
  doc.addPage();
  for (const r of placed) {
    doc
      .font(r.face)
      .fontSize(size)
      .fillColor(r.colour)
      .text(r.text, 72 + r.x, 100, { lineBreak: false });
  }
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.end();
  return done;
}

describe('Glyphs', () => {
  it('measures text exactly as pdfkit does with unshaped layout', () => {
    const doc = new PDFDocument();
    registerFonts(doc);
    useUnshapedLayout(doc, FACES);
    const glyphs = Glyphs.for(doc, FACES)!;
    for (const r of RUNS) {
      doc.font(r.face).fontSize(7.8);
      expect(glyphs.width(r.text, r.face, 7.8)).toBeCloseTo(doc.widthOfString(r.text), 6);
    }
  });

  it('draws the same text at the same places as pdfkit, Cyrillic included', async () => {
    const [mine, pdfkits] = await pdfText(await drawBothWays());
    expect(mine).toEqual(pdfkits);
    expect(mine!.map((i) => i.str.trim()).join(' ')).toBe('Zelensky said «Гарантії безпеки» [12]');
  });
});
