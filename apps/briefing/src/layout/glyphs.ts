import type { FontFace } from '../fonts.js';

/**
 * Text set straight from the embedded fonts' character maps: widths for line breaking and
 * the content-stream operators for drawing, from one per-character table per face.
 *
 * Why not `doc.widthOfString` and `doc.text`: pdfkit re-lays out every string it measures or
 * draws, and writes each drawn string as eight content operators (save, flip, begin text,
 * matrix, font, glyphs, end, restore), each converted to its own byte chunk. A briefing
 * draws thousands of short segments, so that was most of its layout time (measured with
 * `node --cpu-prof`). Here a character is looked up once per face, a word's width once, and
 * a whole line becomes one text object written with one call. What is drawn is what pdfkit
 * draws for unshaped text (see `useUnshapedLayout`): the same glyphs, widths and positions,
 * the same subset and ToUnicode entries (so copied text is exact).
 */

interface FontkitGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

/** The parts of pdfkit 0.20's EmbeddedFont used here (checked at run time). */
interface EmbeddedFont {
  id: string;
  scale: number;
  ascender: number;
  font: { glyphForCodePoint(codePoint: number): FontkitGlyph };
  subset: { includeGlyph(glyphId: number): number };
  widths: number[];
  unicode: number[][];
  ref(): unknown;
}

interface Face {
  font: EmbeddedFont;
  /** Advance per character, in thousandths of the font size. */
  advances: Map<string, number>;
  /** Width per word, in thousandths of the font size. */
  words: Map<string, number>;
  /** Glyph id in the subset, as 4 hex digits, per character drawn. */
  hex: Map<string, string>;
}

interface PageInternals {
  fonts: Record<string, unknown>;
  height: number;
}

/** A run of text on a line, at `x` from the line's start. */
export interface PlacedText {
  text: string;
  face: FontFace;
  x: number;
  colour: string;
}

/** pdfkit's number format in content streams (six decimals at most). */
function num(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

const rgbCache = new Map<string, string>();
/** `#rrggbb` as pdfkit writes a fill colour: the colour space, then the components. */
function fillOperators(colour: string): string {
  let ops = rgbCache.get(colour);
  if (ops === undefined) {
    const hex = Number.parseInt(colour.slice(1), 16);
    const parts = [hex >> 16, (hex >> 8) & 0xff, hex & 0xff].map((p) => p / 255);
    ops = `/DeviceRGB cs\n${parts.join(' ')} scn`;
    rgbCache.set(colour, ops);
  }
  return ops;
}

export class Glyphs {
  private readonly faces = new Map<FontFace, Face>();

  private constructor(private readonly doc: PDFKit.PDFDocument) {}

  /** The glyph tables for `faces`, or undefined when pdfkit's internals are not as expected. */
  static for(doc: PDFKit.PDFDocument, faces: readonly FontFace[]): Glyphs | undefined {
    const glyphs = new Glyphs(doc);
    for (const face of faces) {
      doc.font(face);
      const font = (doc as unknown as { _font?: Partial<EmbeddedFont> })._font;
      if (
        typeof font?.font?.glyphForCodePoint !== 'function' ||
        typeof font.subset?.includeGlyph !== 'function' ||
        !Array.isArray(font.widths) ||
        !Array.isArray(font.unicode) ||
        typeof font.ref !== 'function' ||
        typeof font.scale !== 'number' ||
        typeof font.ascender !== 'number'
      )
        return undefined;
      glyphs.faces.set(face, { font: font as EmbeddedFont, advances: new Map(), words: new Map(), hex: new Map() });
    }
    return glyphs;
  }

  has(face: FontFace): boolean {
    return this.faces.has(face);
  }

  /** Width of `text` in points at `size`. */
  width(text: string, face: FontFace, size: number): number {
    const f = this.faces.get(face)!;
    let w = f.words.get(text);
    if (w === undefined) {
      w = 0;
      for (const ch of text) w += this.advance(f, ch);
      f.words.set(text, w);
    }
    return (w * size) / 1000;
  }

  private advance(f: Face, ch: string): number {
    let a = f.advances.get(ch);
    if (a === undefined) {
      a = f.font.font.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth * f.font.scale;
      f.advances.set(ch, a);
    }
    return a;
  }

  /** The glyph ids of `text` in the subset, as a hex string; adds the glyphs to the subset. */
  private encode(f: Face, text: string): string {
    let out = '';
    for (const ch of text) {
      let hex = f.hex.get(ch);
      if (hex === undefined) {
        const glyph = f.font.font.glyphForCodePoint(ch.codePointAt(0)!);
        const gid = f.font.subset.includeGlyph(glyph.id);
        f.font.widths[gid] ??= glyph.advanceWidth * f.font.scale;
        f.font.unicode[gid] ??= glyph.codePoints;
        hex = `0000${gid.toString(16)}`.slice(-4);
        f.hex.set(ch, hex);
      }
      out += hex;
    }
    return out;
  }

  /**
   * Draws runs of one line whose tops are at `y` (pdfkit's default baseline: the text's top
   * edge) as one text object, inside a saved graphics state so colours do not leak.
   */
  drawLine(runs: readonly PlacedText[], x: number, y: number, size: number): void {
    const page = (this.doc as unknown as { page: PageInternals }).page;
    const ops: string[] = [`q\n1 0 0 -1 0 ${page.height} cm\nBT`];
    let face: FontFace | undefined;
    let colour: string | undefined;
    for (const run of runs) {
      const f = this.faces.get(run.face)!;
      if (page.fonts[f.font.id] == null) page.fonts[f.font.id] = f.font.ref();
      if (run.colour !== colour) {
        ops.push(fillOperators(run.colour));
        colour = run.colour;
      }
      if (run.face !== face) {
        ops.push(`/${f.font.id} ${num(size)} Tf`);
        face = run.face;
      }
      const baseline = page.height - y - (f.font.ascender / 1000) * size;
      ops.push(`1 0 0 1 ${num(x + run.x)} ${num(baseline)} Tm`, `<${this.encode(f, run.text)}> Tj`);
    }
    ops.push('ET\nQ');
    this.doc.addContent(ops.join('\n'));
  }
}
