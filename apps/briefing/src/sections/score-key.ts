import type { Briefing } from '@pledgewatch/core';
import type { Flow } from '../layout/flow.js';
import { THEME } from '../layout/theme.js';
import { openSection, SECTION_TITLES } from './section.js';

/** The key to the scores, before any score: what they measure, how they are written, anchors. */
export function drawScoreKey(flow: Flow, briefing: Briefing): void {
  const k = briefing.scoreKey;
  const lines = [k.credibility, k.viability, k.form, ...(k.anchorSentence ? [k.anchorSentence] : [])].map(
    (l) => `• ${l}`,
  );
  // The key is read as a whole: it moves to the next page with its heading rather than split.
  const height = lines.reduce((h, l) => h + flow.heightOf([{ text: l }], THEME.small, flow.width - 6) + 2, 0);
  const s = openSection(flow, SECTION_TITLES.scoreKey, height);
  for (const line of lines) flow.paragraph(line, { parent: s.element, indent: 6, gapAfter: 2, style: THEME.small });
  s.end();
}
