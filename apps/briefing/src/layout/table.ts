import type { Flow, StructElement } from './flow.js';
import { type TextStyle, THEME } from './theme.js';
import type { Line, Run } from './wrap.js';

/**
 * A tagged table (Table › TR › TH/TD, header cells scoped to their column) that measures
 * each cell once through the width cache, breaks between rows, and repeats the header row
 * at the top of every continuation page — the repeat marked as an artifact, so a screen
 * reader hears the header once. pdfkit's `doc.table` re-measures every cell and does not
 * repeat headers; this does both jobs in one pass.
 */

export interface Column {
  header: string;
  /** Share of the text column's width; the shares are normalised. */
  share: number;
}

const PAD = 3;

interface LaidRow {
  cells: Line[][];
  height: number;
}

export function drawTable(
  flow: Flow,
  columns: readonly Column[],
  rows: readonly (readonly Run[])[][],
  options: { parent?: StructElement; style?: TextStyle; summary?: string; keepTogether?: boolean } = {},
): void {
  const doc = flow.doc;
  const style = options.style ?? THEME.table;
  const lh = flow.lineHeight(style);
  const total = columns.reduce((s, c) => s + c.share, 0);
  const widths = columns.map((c) => (c.share / total) * flow.width);
  const lefts = widths.map((_, i) => flow.x + widths.slice(0, i).reduce((s, w) => s + w, 0));
  const lay = (cells: readonly (readonly Run[])[], face?: 'bold'): LaidRow => {
    const laid = cells.map((runs, i) =>
      flow.wrap(
        face ? runs.map((r) => ({ ...r, face })) : runs,
        { ...style, face: face ?? style.face },
        widths[i]! - 2 * PAD,
      ),
    );
    return { cells: laid, height: Math.max(1, ...laid.map((l) => l.length)) * lh + 2 * PAD };
  };
  const header = lay(
    columns.map((c) => [{ text: c.header }]),
    'bold',
  );
  const body = rows.map((r) => lay(r));

  const table = doc.struct('Table', options.summary ? { title: options.summary } : {});
  (options.parent ?? flow.root).add(table);

  const drawRow = (row: LaidRow, kind: 'TH' | 'TD' | 'repeat') => {
    const y = flow.y;
    doc.markContent('Artifact', { type: 'Layout' });
    if (kind !== 'TD') doc.rect(flow.x, y, flow.width, row.height).fill(THEME.colour.headerFill);
    doc
      .moveTo(flow.x, y + row.height)
      .lineTo(flow.x + flow.width, y + row.height)
      .lineWidth(kind === 'TD' ? 0.3 : 0.6)
      .strokeColor(THEME.colour.rule)
      .stroke();
    doc.endMarkedContent();
    const tr = kind === 'repeat' ? undefined : doc.struct('TR');
    if (tr) table.add(tr);
    row.cells.forEach((lines, i) => {
      const faceStyle = kind === 'TD' ? style : { ...style, face: 'bold' as const };
      let cell: StructElement | undefined;
      if (kind === 'repeat') doc.markContent('Artifact', { type: 'Pagination' });
      else {
        // @types/pdfkit lags pdfkit 0.20, which writes `scope` as the cell's Table attribute.
        cell = doc.struct(kind, (kind === 'TH' ? { scope: 'Column' } : {}) as PDFKit.Mixins.StructureElementOptions);
        tr!.add(cell);
      }
      const content = cell ? doc.markStructureContent(kind) : undefined;
      lines.forEach((line, j) => {
        flow.drawLine(line, lefts[i]! + PAD, y + PAD + j * lh, faceStyle);
      });
      doc.endMarkedContent();
      if (cell && content) {
        cell.add(content);
        cell.end();
      }
    });
    tr?.end();
    flow.y = y + row.height;
  };

  // A short table (or one asked to) is never split: it moves to the next page whole.
  const whole = header.height + body.reduce((h, r) => h + r.height, 0);
  flow.ensure(
    options.keepTogether || whole < (flow.bottom - flow.top) / 4 ? whole : header.height + (body[0]?.height ?? 0),
  );
  drawRow(header, 'TH');
  for (const row of body) {
    if (flow.y + row.height > flow.bottom) {
      flow.newPage();
      drawRow(header, 'repeat');
    }
    drawRow(row, 'TD');
  }
  table.end();
  flow.space(THEME.gap.block);
}
