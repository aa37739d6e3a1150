import type { Briefing } from '@pledgewatch/core';
import PDFDocument from 'pdfkit';
import { readPostHeaderOnly, registerFonts, useUnshapedLayout } from './fonts.js';
import { Flow } from './layout/flow.js';
import { Glyphs } from './layout/glyphs.js';
import { drawRunningText } from './layout/running.js';
import { THEME } from './layout/theme.js';
import { drawCoreChanges, drawMoreChanges } from './sections/changes.js';
import { drawCover } from './sections/cover.js';
import { drawGuarantees } from './sections/guarantees.js';
import { drawCoreJudgments, drawMoreJudgments } from './sections/judgments.js';
import { drawMethod } from './sections/method.js';
import { drawBaseRates, drawOverview } from './sections/overview.js';
import { drawScenarios } from './sections/scenarios.js';
import { drawScoreKey } from './sections/score-key.js';
import { drawScores } from './sections/scores.js';
import { drawSources } from './sections/sources.js';
import { drawTimeline } from './sections/timeline.js';
import { drawUnknown } from './sections/unknown.js';
import { drawWatch } from './sections/watch.js';

/**
 * Lays a briefing out as a PDF and returns its bytes. The same briefing and options give
 * the same bytes: the creation date is the as-of date (the trailer id derives from it) and
 * the attachment carries fixed dates.
 */

/** The faces the briefing uses (bold italic never appears, so it is never loaded). */
const FACES = ['regular', 'bold', 'italic'] as const;

export type Paper = 'a4' | 'letter';

export interface RenderOptions {
  paper: Paper;
  /** PDF/A-3b with the dataset snapshot attached; otherwise tagged PDF/UA. */
  pdfa: boolean;
  /** The dataset as canonical JSON, attached under --pdfa (required then). */
  snapshotJson?: string;
  author?: string;
}

/** XMP metadata is written unescaped by pdfkit: keep markup characters out of it. */
function xmpSafe(text: string): string {
  return text.replace(/[&<>]/g, ' ').replace(/\s+/g, ' ').trim();
}

export function renderBriefing(briefing: Briefing, options: RenderOptions): Promise<Buffer> {
  const fixedDate = new Date(`${briefing.asOf}T00:00:00Z`);
  const doc = new PDFDocument({
    size: options.paper === 'letter' ? 'LETTER' : 'A4',
    margins: { top: THEME.margin.top, bottom: THEME.margin.bottom, left: THEME.margin.side, right: THEME.margin.side },
    bufferPages: true,
    tagged: true,
    subset: options.pdfa ? 'PDF/A-3b' : 'PDF/UA',
    pdfVersion: '1.7',
    lang: briefing.language,
    displayTitle: true,
    info: {
      Title: xmpSafe(`${briefing.title} — briefing as of ${briefing.asOf}`),
      Author: xmpSafe(options.author ?? 'pledgewatch'),
      Subject: xmpSafe(
        `What is known and unknown about security guarantees: commitments, credibility, open questions. Dataset ${briefing.datasetId}, document ${briefing.documentId}.`,
      ),
      Keywords: xmpSafe(briefing.keywords.join(', ')),
      Creator: 'pledgewatch-brief',
      Producer: 'pledgewatch-brief (pdfkit)',
      CreationDate: fixedDate,
      ModDate: fixedDate,
    } as PDFKit.DocumentInfo,
  } as PDFKit.PDFDocumentOptions);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  registerFonts(doc);
  useUnshapedLayout(doc, FACES);
  readPostHeaderOnly(doc, FACES);
  const glyphs = Glyphs.for(doc, FACES);
  doc.font('regular');
  const root = doc.struct('Document');
  doc.addStructure(root);
  const flow = new Flow(doc, root, glyphs);

  // The core: what a reader with five minutes needs, on two pages.
  drawCover(flow, briefing);
  drawCoreChanges(flow, briefing);
  drawCoreJudgments(flow, briefing);
  drawScoreKey(flow, briefing);
  drawWatch(flow, briefing);
  drawOverview(flow, briefing);
  // The annexes, from a new page: each fact once.
  flow.newPage();
  drawGuarantees(flow, briefing);
  drawMoreJudgments(flow, briefing);
  drawUnknown(flow, briefing);
  drawScores(flow, briefing);
  // Base rates in their own panel, beside the scores in detail: on the core they pushed it past
  // two Letter pages once the dataset grew (November 2026).
  drawBaseRates(flow, briefing);
  drawScenarios(flow, briefing);
  drawMoreChanges(flow, briefing);
  drawTimeline(flow, briefing);
  drawSources(flow, briefing);
  drawMethod(flow, briefing);
  root.end();

  drawRunningText(
    doc,
    {
      title: briefing.title,
      marking: briefing.cover.marking,
      asOf: briefing.asOf,
      documentId: briefing.documentId,
    },
    glyphs,
  );
  if (options.pdfa) {
    if (options.snapshotJson === undefined) throw new Error('--pdfa needs the dataset snapshot to attach');
    doc.file(Buffer.from(options.snapshotJson, 'utf8'), {
      name: `${briefing.datasetId}-${briefing.asOf}.dataset.json`,
      type: 'application/json',
      description: `The dataset this briefing was built from (document ${briefing.documentId})`,
      creationDate: fixedDate,
      modifiedDate: fixedDate,
      relationship: 'Source',
    } as Parameters<PDFKit.PDFDocument['file']>[1]);
  }
  doc.end();
  return done;
}
