import { formatDisplayDate } from '@pledgewatch/core';
import type { Flow, StructElement } from './flow.js';
import { THEME } from './theme.js';

/**
 * Charts drawn as vector paths: scores on the 0–100 score axis (credibility as a low–high bar
 * with a tick at the point, viability beneath — base rates are percentages and stay off this
 * axis) and a trend of the range over time. Each is a tagged Figure with alt text, followed
 * by its "Source:" line (CRS).
 */

export interface RangeBar {
  label: string;
  credibility: { low: number; point: number; high: number };
  viability: { low: number; point: number; high: number };
}

const ROW = 17;
/** The narrowest a bar is drawn, so a range of one value (e.g. viability 100) still shows. */
const MIN_BAR = 3;

export function drawRangeChart(
  flow: Flow,
  bars: readonly RangeBar[],
  options: { alt: string; source: string; parent?: StructElement },
): void {
  const doc = flow.doc;
  const small = THEME.small;
  const height = 12 + bars.length * ROW + 12;
  flow.ensure(height + 2 * flow.lineHeight(small));
  const figure = doc.struct('Figure', { alt: options.alt });
  (options.parent ?? flow.root).add(figure);
  const content = doc.markStructureContent('Figure');
  const top = flow.y;
  // Labels are short names on one line: the column is as wide as the longest needs.
  const labelWidth = Math.min(
    flow.width * 0.3,
    Math.max(...bars.map((b) => flow.measure.width(b.label, 'regular', small.size))) + 10,
  );
  // Room on the right for the "100" label centred on the last tick.
  const axisX = flow.x + labelWidth;
  const axisW = flow.width - labelWidth - 12;
  const at = (v: number) => axisX + (Math.max(0, Math.min(100, v)) / 100) * axisW;
  const span = (low: number, high: number): [number, number] => {
    let [x0, x1] = [at(low), at(high)];
    if (x1 - x0 < MIN_BAR) {
      const mid = (x0 + x1) / 2;
      [x0, x1] = [Math.max(axisX, mid - MIN_BAR / 2), Math.min(axisX + axisW, mid + MIN_BAR / 2)];
      if (x1 - x0 < MIN_BAR) {
        if (x1 === axisX + axisW) x0 = x1 - MIN_BAR;
        else x1 = x0 + MIN_BAR;
      }
    }
    return [x0, x1 - x0];
  };

  for (const t of [0, 25, 50, 75, 100]) {
    gridLine(doc, [at(t), top + 9], [at(t), top + 10 + bars.length * ROW]);
    scaleLabel(doc, t, at(t) - 10, top, { width: 20, align: 'center' });
  }
  bars.forEach((bar, i) => {
    const y = top + 12 + i * ROW;
    const [line] = flow.wrap([{ text: bar.label }], small, labelWidth);
    if (line) flow.drawLine(line, flow.x, y, small);
    const c = bar.credibility;
    const [cx, cw] = span(c.low, c.high);
    doc.rect(cx, y, cw, 6).fill(THEME.colour.rangeLight);
    doc.rect(Math.min(at(c.point), axisX + axisW - 1) - 1, y - 1.5, 2, 9).fill(THEME.colour.range);
    const v = bar.viability;
    const [vx, vw] = span(v.low, v.high);
    doc.rect(vx, y + 8.5, vw, 3.5).fill(THEME.colour.viability);
    doc.rect(Math.min(at(v.point), axisX + axisW - 0.75) - 0.75, y + 7, 1.5, 6.5).fill('#4a3000');
  });
  const ly = top + 12 + bars.length * ROW;
  doc.rect(axisX, ly + 2, 10, 5).fill(THEME.colour.rangeLight);
  doc.rect(axisX + 4, ly + 1, 2, 7).fill(THEME.colour.range);
  doc.font('regular').fontSize(6.5).fillColor(THEME.colour.muted);
  doc.text('credibility: low ‹point› high', axisX + 13, ly + 1, { lineBreak: false });
  doc.rect(axisX + 120, ly + 3, 10, 3).fill(THEME.colour.viability);
  doc.text('viability: low ‹point› high', axisX + 133, ly + 1, { lineBreak: false });
  doc.endMarkedContent();
  figure.add(content);
  figure.end();
  flow.y = top + height;
  flow.block('Caption', [{ text: `Source: ${options.source}` }], small, {
    colour: THEME.colour.muted,
    gapAfter: THEME.gap.paragraph,
  });
}

export interface TrendPoint {
  date: string;
  low: number;
  point: number;
  high: number;
}

export function drawTrendChart(
  flow: Flow,
  label: string,
  points: readonly TrendPoint[],
  options: { alt: string; source: string; parent?: StructElement },
): void {
  if (points.length < 2) return;
  const doc = flow.doc;
  const height = 70;
  flow.ensure(height + 30);
  const figure = doc.struct('Figure', { alt: options.alt });
  (options.parent ?? flow.root).add(figure);
  const content = doc.markStructureContent('Figure');
  const top = flow.y;
  const left = flow.x + 24;
  const w = flow.width * 0.6;
  const h = height - 20;
  const time = (d: string) => Date.parse(`${d}T00:00:00Z`);
  const t0 = time(points[0]!.date);
  const t1 = time(points[points.length - 1]!.date);
  const px = (d: string) => left + (t1 === t0 ? 0 : ((time(d) - t0) / (t1 - t0)) * w);
  const py = (v: number) => top + 6 + h - (Math.max(0, Math.min(100, v)) / 100) * h;
  for (const v of [0, 50, 100]) {
    gridLine(doc, [left, py(v)], [left + w, py(v)]);
    scaleLabel(doc, v, flow.x, py(v) - 3);
  }
  // The range as a band (high edge forward, low edge back), the point as a line.
  doc.moveTo(px(points[0]!.date), py(points[0]!.high));
  for (const p of points.slice(1)) doc.lineTo(px(p.date), py(p.high));
  for (const p of [...points].reverse()) doc.lineTo(px(p.date), py(p.low));
  doc.closePath().fill(THEME.colour.rangeLight);
  doc.moveTo(px(points[0]!.date), py(points[0]!.point));
  for (const p of points.slice(1)) doc.lineTo(px(p.date), py(p.point));
  doc.lineWidth(1.2).strokeColor(THEME.colour.range).stroke();
  doc.font('regular').fontSize(6.5).fillColor(THEME.colour.muted);
  const firstDate = formatDisplayDate(points[0]!.date);
  const lastDate = formatDisplayDate(points[points.length - 1]!.date);
  doc.text(firstDate, left, top + h + 9, { lineBreak: false });
  doc.text(lastDate, left + w - doc.widthOfString(lastDate), top + h + 9, { lineBreak: false });
  const labelLines = flow.wrap([{ text: label }], THEME.small, flow.x + flow.width - (left + w + 10)).slice(0, 3);
  labelLines.forEach((line, i) => flow.drawLine(line, left + w + 10, top + 10 + i * 10, THEME.small));
  doc.endMarkedContent();
  figure.add(content);
  figure.end();
  flow.y = top + height;
  flow.block('Caption', [{ text: `Source: ${options.source}` }], THEME.small, {
    colour: THEME.colour.muted,
    gapAfter: THEME.gap.block,
  });
}

/** A faint grid line across a chart. */
function gridLine(doc: PDFKit.PDFDocument, from: [number, number], to: [number, number]): void {
  doc
    .moveTo(...from)
    .lineTo(...to)
    .lineWidth(0.3)
    .strokeColor('#cccccc')
    .stroke();
}

/** A scale value beside a grid line, in the muted small face. */
function scaleLabel(
  doc: PDFKit.PDFDocument,
  value: number,
  x: number,
  y: number,
  box: { width?: number; align?: 'center' } = {},
): void {
  doc
    .font('regular')
    .fontSize(6.5)
    .fillColor(THEME.colour.muted)
    .text(String(value), x, y, { lineBreak: false, ...box });
}
