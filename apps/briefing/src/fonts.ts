import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * DejaVu Sans, embedded from the `dejavu-fonts-ttf` package: it covers Latin and Cyrillic
 * (Ukrainian and Russian names must print and copy correctly; pdfkit's 14 standard fonts
 * garble Cyrillic silently). pdfkit embeds only the glyphs used.
 */

export type FontFace = 'regular' | 'bold' | 'italic' | 'boldItalic';

const FILES: Record<FontFace, string> = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  boldItalic: 'DejaVuSans-BoldOblique.ttf',
};

function fontFolder(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

/** Registers the faces under their names ('regular', 'bold', …). */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  const folder = fontFolder();
  for (const [face, file] of Object.entries(FILES)) doc.registerFont(face, join(folder, file));
}

interface FontkitGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}
interface EmbeddedFontInternals {
  font?: { glyphsForString?(text: string): FontkitGlyph[] };
  scale?: number;
  layoutRun?: (text: string, features?: unknown) => unknown;
}

/**
 * Lays out text by the font's character map and advance widths, without OpenType shaping.
 *
 * Why: pdfkit runs fontkit's full GSUB/GPOS shaping once per distinct word, which was most
 * of a briefing's render time (measured: ≈ 60% of rendering the bundled briefing). Latin
 * and Cyrillic need no shaping; what is lost is pair kerning and the optional ligatures —
 * and without ligatures, copied text is exactly the text. Measuring and drawing both go
 * through this layout, so line breaks and drawn widths agree. The hook is pdfkit 0.20's
 * `EmbeddedFont.layoutRun` (run = glyphs, positions, advanceWidth); when a pdfkit version
 * lacks it, shaping stays on and only speed is lost.
 */
export function useUnshapedLayout(
  doc: PDFKit.PDFDocument,
  faces: readonly FontFace[] = Object.keys(FILES) as FontFace[],
): void {
  for (const face of faces) {
    doc.font(face);
    const embedded = (doc as unknown as { _font?: EmbeddedFontInternals })._font;
    const fontkit = embedded?.font;
    if (!embedded || typeof embedded.layoutRun !== 'function' || typeof fontkit?.glyphsForString !== 'function')
      continue;
    const scale = embedded.scale ?? 1;
    embedded.layoutRun = (text: string) => {
      const glyphs = fontkit.glyphsForString!(text);
      let advanceWidth = 0;
      const positions = glyphs.map((g) => {
        const w = g.advanceWidth * scale;
        advanceWidth += w;
        return { xAdvance: w, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: w };
      });
      return { glyphs, positions, advanceWidth };
    };
  }
}

interface FontkitInternals {
  _tables?: Record<string, unknown>;
  directory?: { tables?: Record<string, { offset: number; length: number }> };
  stream?: { buffer?: Uint8Array };
}

/**
 * Reads only the fixed header of each face's `post` table.
 *
 * Why: pdfkit reads `post` when it embeds a font (fixed pitch, italic angle), and fontkit
 * then decodes the whole table — DejaVu's names every one of its ~6,000 glyphs, which cost
 * ≈ 35 ms a face on a cold start (measured). The header holds everything pdfkit reads;
 * glyph names are never used (the ToUnicode map comes from the character map). The header is
 * put where fontkit caches decoded tables, so fontkit never decodes the rest; the PDF's
 * bytes are unchanged. When the internals differ, fontkit decodes the table as before.
 */
export function readPostHeaderOnly(doc: PDFKit.PDFDocument, faces: readonly FontFace[]): void {
  for (const face of faces) {
    doc.font(face);
    const fontkit = (doc as unknown as { _font?: { font?: FontkitInternals } })._font?.font;
    const entry = fontkit?.directory?.tables?.post;
    const bytes = fontkit?.stream?.buffer;
    if (!fontkit?._tables || 'post' in fontkit._tables || !entry || !(bytes instanceof Uint8Array)) continue;
    if (entry.length < 32 || entry.offset + 32 > bytes.length) continue;
    const view = new DataView(bytes.buffer, bytes.byteOffset + entry.offset, 32);
    fontkit._tables.post = {
      version: view.getInt32(0) / 65536,
      italicAngle: view.getInt32(4) / 65536,
      underlinePosition: view.getInt16(8),
      underlineThickness: view.getInt16(10),
      isFixedPitch: view.getUint32(12),
      minMemType42: view.getUint32(16),
      maxMemType42: view.getUint32(20),
      minMemType1: view.getUint32(24),
      maxMemType1: view.getUint32(28),
    };
  }
}
