import type { FontFace } from '../fonts.js';
import type { Glyphs } from './glyphs.js';
import { printable } from './printable.js';
import { THEME } from './theme.js';

/**
 * The running header (title, marking) and footer (page X of Y, as-of date, document id),
 * drawn once every page exists so Y is known. They are pagination artifacts: screen readers
 * and text extraction of the structure skip them. The bottom margin is lifted while the
 * footer is written, or pdfkit would start a new page. Text goes through the glyph tables
 * when there are some (five strings a page add up over a long briefing), else pdfkit.
 */
export function drawRunningText(
  doc: PDFKit.PDFDocument,
  text: { title: string; marking: string; asOf: string; documentId: string },
  glyphs?: Glyphs,
): void {
  const range = doc.bufferedPageRange();
  const side = THEME.margin.side;
  const size = THEME.running.size;
  const widthOf = (s: string, face: FontFace) =>
    glyphs?.has(face) ? glyphs.width(s, face, size) : doc.font(face).fontSize(size).widthOfString(s);
  const put = (s: string, face: FontFace, colour: string, x: number, y: number) => {
    if (glyphs?.has(face)) glyphs.drawLine([{ text: s, face, x: 0, colour }], x, y, size);
    else doc.font(face).fontSize(size).fillColor(colour).text(s, x, y, { lineBreak: false });
  };
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { width, height } = doc.page;
    const column = width - 2 * side;
    const centred = (s: string) => side + (column - widthOf(s, 'bold')) / 2;
    const savedBottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    put(text.marking, 'bold', THEME.colour.marking, centred(text.marking), 26);
    if (i > range.start)
      put(
        fit((s) => widthOf(s, 'regular'), printable(text.title), column),
        'regular',
        THEME.colour.muted,
        side,
        38,
      );
    doc
      .moveTo(side, 48)
      .lineTo(width - side, 48)
      .lineWidth(0.4)
      .strokeColor(THEME.colour.rule)
      .stroke();
    const footY = height - 40;
    doc
      .moveTo(side, footY - 4)
      .lineTo(width - side, footY - 4)
      .lineWidth(0.4)
      .strokeColor(THEME.colour.rule)
      .stroke();
    put(`As of ${text.asOf} · document ${text.documentId}`, 'regular', THEME.colour.muted, side, footY);
    const page = `Page ${i - range.start + 1} of ${range.count}`;
    put(page, 'regular', THEME.colour.muted, width - side - widthOf(page, 'regular'), footY);
    put(text.marking, 'bold', THEME.colour.marking, centred(text.marking), footY + 10);
    doc.endMarkedContent();
    doc.page.margins.bottom = savedBottom;
  }
}

/** The text cut with an ellipsis to fit a width, so a long title never runs off the page. */
function fit(widthOf: (s: string) => number, text: string, width: number): string {
  if (widthOf(text) <= width) return text;
  let cut = text;
  while (cut.length > 1 && widthOf(`${cut}…`) > width) cut = cut.slice(0, Math.floor(cut.length * 0.9));
  return `${cut.trimEnd()}…`;
}
