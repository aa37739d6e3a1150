import type { FontFace } from '../fonts.js';

/**
 * Text widths, cached per face, size and word. pdfkit shapes a string every time it
 * measures it; a briefing repeats the same words (names, statuses, "unknown") hundreds of
 * times, so the cache makes layout cost grow with the distinct words, not with re-measuring.
 */
export class TextMeasure {
  private readonly cache = new Map<string, number>();

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  width(text: string, face: FontFace, size: number): number {
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
