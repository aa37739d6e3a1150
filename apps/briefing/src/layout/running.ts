import { printable } from './printable.js';
import { THEME } from './theme.js';

/**
 * The running header (title, marking) and footer (page X of Y, as-of date, document id),
 * drawn once every page exists so Y is known. They are pagination artifacts: screen readers
 * and text extraction of the structure skip them. The bottom margin is lifted while the
 * footer is written, or pdfkit would start a new page.
 */
export function drawRunningText(
  doc: PDFKit.PDFDocument,
  text: { title: string; marking: string; asOf: string; documentId: string },
): void {
  const range = doc.bufferedPageRange();
  const side = THEME.margin.side;
  const size = THEME.running.size;
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { width, height } = doc.page;
    const savedBottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.font('bold').fontSize(size).fillColor(THEME.colour.marking);
    doc.text(text.marking, side, 26, { width: width - 2 * side, align: 'center', lineBreak: false });
    if (i > range.start) {
      doc.font('regular').fillColor(THEME.colour.muted);
      doc.text(fit(doc, printable(text.title), width - 2 * side), side, 38, { lineBreak: false });
    }
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
    doc.font('regular').fontSize(size).fillColor(THEME.colour.muted);
    doc.text(`As of ${text.asOf} · document ${text.documentId}`, side, footY, { lineBreak: false });
    const page = `Page ${i - range.start + 1} of ${range.count}`;
    doc.text(page, width - side - doc.widthOfString(page), footY, { lineBreak: false });
    doc.font('bold').fillColor(THEME.colour.marking);
    doc.text(text.marking, side, footY + 10, { width: width - 2 * side, align: 'center', lineBreak: false });
    doc.endMarkedContent();
    doc.page.margins.bottom = savedBottom;
  }
}

/** The text cut with an ellipsis to fit a width, so a long title never runs off the page. */
function fit(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let cut = text;
  while (cut.length > 1 && doc.widthOfString(`${cut}…`) > width) cut = cut.slice(0, Math.floor(cut.length * 0.9));
  return `${cut.trimEnd()}…`;
}
