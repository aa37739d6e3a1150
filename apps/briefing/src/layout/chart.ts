import { formatDisplayDate } from '@pledgewatch/core';
import type { Flow, StructElement } from './flow.js';
import { THEME } from './theme.js';

/**
 * Charts drawn as vector paths: credibility ranges on a 0–100 axis (low–high bar, a tick at
 * the point, viability beneath, the base-rate band shaded behind) and a trend of the range
 * over time. Each is a tagged Figure with alt text, followed by its "Source:" line (CRS).
 */

export interface RangeBar {
  label: string;
  credibility: { low: number; point: number; high: number };
  viability: { low: number; point: number; high: number };
  baseRate: { low: number; high: number };
}

const LABEL_SHARE = 0.3;
const ROW = 30;

export function drawRangeChart(
  flow: Flow,
  bars: readonly RangeBar[],
  options: { alt: string; source: string; parent?: StructElement },
): void {
  const doc = flow.doc;
  const height = 14 + bars.length * ROW + 14;
  flow.ensure(height + 30);
  const figure = doc.struct('Figure', { alt: options.alt });
  (options.parent ?? flow.root).add(figure);
  const content = doc.markStructureContent('Figure');
  const top = flow.y;
  const labelWidth = flow.width * LABEL_SHARE;
  const axisX = flow.x + labelWidth;
  const axisW = flow.width - labelWidth - 6;
  const at = (v: number) => axisX + (Math.max(0, Math.min(100, v)) / 100) * axisW;
  const small = THEME.small;

  // Axis with ticks.
  for (const t of [0, 25, 50, 75, 100]) {
    gridLine(doc, [at(t), top + 10], [at(t), top + 12 + bars.length * ROW]);
    scaleLabel(doc, t, at(t) - 6, top, { width: 12, align: 'center' });
  }
  bars.forEach((bar, i) => {
    const y = top + 14 + i * ROW;
    doc.font('regular').fontSize(small.size).fillColor(THEME.colour.text);
    const lines = flow.wrap([{ text: bar.label }], small, labelWidth - 8).slice(0, 2);
    lines.forEach((line, j) => flow.drawLine(line, flow.x, y + j * small.size * small.leading, small));
    // Base-rate band behind both bars.
    doc.rect(at(bar.baseRate.low), y - 2, at(bar.baseRate.high) - at(bar.baseRate.low), 22).fill(THEME.colour.band);
    // Credibility: the range, and the point as a dark tick.
    const c = bar.credibility;
    doc.rect(at(c.low), y + 1, Math.max(1, at(c.high) - at(c.low)), 8).fill(THEME.colour.rangeLight);
    doc.rect(at(c.point) - 1, y - 1, 2, 12).fill(THEME.colour.range);
    // Viability: a thinner bar below.
    const v = bar.viability;
    doc.rect(at(v.low), y + 13, Math.max(1, at(v.high) - at(v.low)), 4).fill(THEME.colour.viability);
    doc.rect(at(v.point) - 0.75, y + 11.5, 1.5, 7).fill('#4a3000');
  });
  // Legend.
  const ly = top + 14 + bars.length * ROW;
  doc.rect(axisX, ly + 2, 10, 5).fill(THEME.colour.rangeLight);
  doc
    .font('regular')
    .fontSize(6.5)
    .fillColor(THEME.colour.muted)
    .text('credibility (range, point)', axisX + 13, ly + 1, { lineBreak: false });
  doc.rect(axisX + 110, ly + 3, 10, 3).fill(THEME.colour.viability);
  doc.text('viability', axisX + 123, ly + 1, { lineBreak: false });
  doc.rect(axisX + 165, ly + 1, 10, 7).fill(THEME.colour.band);
  doc
    .fillColor(THEME.colour.muted)
    .text('base rate of the reference class (%)', axisX + 178, ly + 1, { lineBreak: false });
  doc.endMarkedContent();
  figure.add(content);
  figure.end();
  flow.y = top + height;
  flow.block('Caption', [{ text: `Source: ${options.source}` }], small, {
    colour: THEME.colour.muted,
    gapAfter: THEME.gap.block,
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
