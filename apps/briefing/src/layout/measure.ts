import type { FontFace } from '../fonts.js';
import type { Glyphs } from './glyphs.js';

/**
 * Text widths, cached per face, size and word. A briefing repeats the same words (names,
 * statuses, "unknown") hundreds of times, so the cache makes layout cost grow with the
 * distinct words, not with re-measuring. Widths come from the glyph tables when the face
 * has one (see glyphs.ts), else from pdfkit.
 */
export class TextMeasure {
  private readonly cache = new Map<string, number>();

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly glyphs?: Glyphs,
  ) {}

  width(text: string, face: FontFace, size: number): number {
    if (this.glyphs?.has(face)) return this.glyphs.width(text, face, size);
    const key = `${face}\u0000${size}\u0000${text}`;
    let w = this.cache.get(key);
    if (w === undefined) {
      this.doc.font(face).fontSize(size);
      w = this.doc.widthOfString(text);
      this.cache.set(key, w);
    }
    return w;
  }
}
