import {
  type Briefing,
  ESTIMATIVE_STANDARDS,
  judgmentEstimate,
  judgmentEvidence,
  type KeyJudgment,
} from '@pledgewatch/core';
import { type Flow, noteRuns } from '../layout/flow.js';
import { THEME } from '../layout/theme.js';
import { openSection, SECTION_TITLES } from './section.js';

/**
 * Key judgments ranked by consequence: the statement, then the likelihood in the standard's
 * words and, as a separate sentence, the confidence (ICD 203), then the evidence and horizon.
 * The core carries the first few; the annex the rest.
 */
export function drawCoreJudgments(flow: Flow, briefing: Briefing): void {
  const s = openSection(flow, SECTION_TITLES.judgments);
  const standard = ESTIMATIVE_STANDARDS[briefing.standard].name;
  flow.paragraph(`Likelihood in the words of the ${standard}, ranked by consequence.`, {
    parent: s.element,
    style: THEME.small,
    colour: THEME.colour.muted,
    gapAfter: 3,
  });
  if (briefing.judgments.length === 0)
    flow.paragraph('The dataset records no key judgments as of this date.', { parent: s.element });
  briefing.judgments.slice(0, briefing.coreJudgments).forEach((j, i) => drawJudgment(flow, s.element, j, i));
  s.end();
}

export function drawMoreJudgments(flow: Flow, briefing: Briefing): void {
  if (briefing.judgments.length <= briefing.coreJudgments) return;
  const s = openSection(flow, SECTION_TITLES.allJudgments);
  flow.paragraph(`Judgments 1–${briefing.coreJudgments} are in the core above.`, {
    parent: s.element,
    style: THEME.small,
    colour: THEME.colour.muted,
  });
  briefing.judgments
    .slice(briefing.coreJudgments)
    .forEach((j, i) => drawJudgment(flow, s.element, j, i + briefing.coreJudgments));
  s.end();
}

function drawJudgment(flow: Flow, parent: PDFKit.PDFStructureElement, j: KeyJudgment, i: number): void {
  flow.ensure(4 * flow.lineHeight(THEME.body));
  flow.paragraph([{ text: `${i + 1}. ${j.statement}`, face: 'bold' }], { parent, gapAfter: 1 });
  flow.paragraph(judgmentEstimate(j), { parent, indent: 12, gapAfter: 1 });
  flow.paragraph([{ text: judgmentEvidence(j), colour: THEME.colour.muted }, ...noteRuns(j.notes)], {
    parent,
    indent: 12,
    style: THEME.small,
    gapAfter: 5,
  });
}
