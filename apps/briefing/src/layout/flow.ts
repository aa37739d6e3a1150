import type { Glyphs } from './glyphs.js';
import { TextMeasure } from './measure.js';
import { type TextStyle, THEME } from './theme.js';
import { type Line, type Run, wrapRuns } from './wrap.js';

/**
 * The page flow: a cursor down the text column, page breaks decided before anything is
 * drawn (so a heading is never left alone at the foot of a page), and the structure tree
 * of the tagged PDF built as content is placed — each block's marked content is closed and
 * reopened at a page break, never left spanning one.
 */

export type StructElement = PDFKit.PDFStructureElement;
export type Outline = { addItem(title: string, options?: Record<string, unknown>): Outline };

export class Flow {
  readonly measure: TextMeasure;
  readonly x: number;
  readonly width: number;
  readonly top: number;
  y: number;
  pages = 1;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly root: StructElement,
    private readonly glyphs?: Glyphs,
  ) {
    this.measure = new TextMeasure(doc, glyphs);
    this.x = THEME.margin.side;
    this.width = doc.page.width - 2 * THEME.margin.side;
    this.top = THEME.margin.top;
    this.y = this.top;
  }

  get bottom(): number {
    return this.doc.page.height - THEME.margin.bottom;
  }

  get remaining(): number {
    return this.bottom - this.y;
  }

  newPage(): void {
    this.doc.addPage();
    this.pages++;
    this.y = this.top;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): boolean {
    if (this.y + height <= this.bottom || this.y === this.top) return false;
    this.newPage();
    return true;
  }

  space(points: number): void {
    this.y = Math.min(this.y + points, this.bottom);
  }

  lineHeight(style: TextStyle): number {
    return style.size * style.leading;
  }

  /** The last wrap: a block measured for keep-together (heightOf) is drawn next with the same runs. */
  private lastWrap?: { runs: readonly Run[]; style: TextStyle; width: number; lines: Line[] };

  wrap(runs: readonly Run[], style: TextStyle, width: number): Line[] {
    const last = this.lastWrap;
    if (last && last.runs === runs && last.style === style && last.width === width) return last.lines;
    const lines = wrapRuns(runs, width, style.size, this.measure, style.face);
    this.lastWrap = { runs, style, width, lines };
    return lines;
  }

  /** Height of a block of runs at a width, for keep-together decisions. */
  heightOf(runs: readonly Run[], style: TextStyle, width = this.width): number {
    return this.wrap(runs, style, width).length * this.lineHeight(style);
  }

  /** Draws one wrapped line at (x, y), with its links. */
  drawLine(line: Line, x: number, y: number, style: TextStyle, colour: string = THEME.colour.text): void {
    const doc = this.doc;
    const h = style.size * style.leading;
    const glyphs = this.glyphs;
    if (glyphs && line.segments.every((s) => glyphs.has(s.face))) {
      glyphs.drawLine(
        line.segments.map((s) => ({ text: s.text, face: s.face, x: s.x, colour: s.colour ?? colour })),
        x,
        y,
        style.size,
      );
    } else {
      for (const s of line.segments) {
        doc
          .font(s.face)
          .fontSize(style.size)
          .fillColor(s.colour ?? colour)
          .text(s.text, x + s.x, y, { lineBreak: false });
      }
    }
    for (const s of line.segments) {
      if (!s.goTo && !s.link) continue;
      // The leading space of a segment is not part of the link's box.
      const lead = s.text.startsWith(' ') ? this.measure.width(' ', s.face, style.size) : 0;
      if (s.goTo) doc.goTo(x + s.x + lead, y, s.width - lead, h, s.goTo);
      if (s.link) doc.link(x + s.x + lead, y, s.width - lead, h, s.link);
    }
  }

  /**
   * A tagged block of text (P, H1, H2, Caption, LI…) under `parent`, breaking across pages
   * line by line. Returns the structure element.
   */
  block(
    tag: string,
    runs: readonly Run[],
    style: TextStyle,
    options: { parent?: StructElement; indent?: number; colour?: string; gapAfter?: number; minLines?: number } = {},
  ): StructElement {
    const doc = this.doc;
    const indent = options.indent ?? 0;
    const lines = this.wrap(runs, style, this.width - indent);
    const lh = this.lineHeight(style);
    // Keep short blocks whole and never strand a single line (widow/orphan control).
    const keep = lines.length <= 3 ? lines.length : (options.minLines ?? 2);
    this.ensure(keep * lh);
    const element = doc.struct(tag);
    (options.parent ?? this.root).add(element);
    let content = doc.markStructureContent(tag);
    for (const line of lines) {
      if (this.y + lh > this.bottom) {
        doc.endMarkedContent();
        element.add(content);
        this.newPage();
        content = doc.markStructureContent(tag);
      }
      this.drawLine(line, this.x + indent, this.y, style, options.colour);
      this.y += lh;
    }
    doc.endMarkedContent();
    element.add(content);
    element.end();
    this.y += options.gapAfter ?? THEME.gap.paragraph;
    return element;
  }

  paragraph(runs: readonly Run[] | string, options: Parameters<Flow['block']>[3] & { style?: TextStyle } = {}) {
    const r = typeof runs === 'string' ? [{ text: runs }] : runs;
    return this.block('P', r, options.style ?? THEME.body, options);
  }

  /**
   * A heading kept with what follows: it moves to the next page unless `keepWith` points of
   * the next block fit below it.
   */
  heading(level: 1 | 2 | 3, text: string, options: { keepWith?: number; parent?: StructElement } = {}) {
    const style = level === 1 ? THEME.h1 : level === 2 ? THEME.h2 : THEME.h3;
    const before = level === 1 ? THEME.gap.section : THEME.gap.block;
    if (this.y > this.top) this.space(before);
    const runs = [{ text }];
    const height = this.heightOf(runs, style);
    // A section heading is often followed by a sub-heading: keep room for both and some text.
    const keep = options.keepWith ?? (level === 1 ? 6 : 3) * this.lineHeight(THEME.body);
    this.ensure(height + keep);
    const tag = `H${level}`;
    return this.block(tag, runs, style, { parent: options.parent, gapAfter: level === 1 ? 6 : 3 });
  }

  /** A thin rule across the column, as an artifact (decoration, not content). */
  rule(colour: string = THEME.colour.rule): void {
    const doc = this.doc;
    doc.markContent('Artifact', { type: 'Layout' });
    doc
      .moveTo(this.x, this.y)
      .lineTo(this.x + this.width, this.y)
      .lineWidth(0.5)
      .strokeColor(colour)
      .stroke();
    doc.endMarkedContent();
    this.y += 4;
  }
}

/** Endnote references as linked runs: " [3, 5]". */
export function noteRuns(notes: readonly number[]): Run[] {
  if (notes.length === 0) return [];
  const runs: Run[] = [{ text: ' [', colour: THEME.colour.link }];
  notes.forEach((n, i) => {
    if (i > 0) runs.push({ text: ', ', colour: THEME.colour.link });
    runs.push({ text: String(n), colour: THEME.colour.link, goTo: noteDestination(n) });
  });
  runs.push({ text: ']', colour: THEME.colour.link });
  return runs;
}

export function noteDestination(n: number): string {
  return `source-${n}`;
}
