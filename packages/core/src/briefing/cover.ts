import type { Assessment } from '../credibility/types.js';
import { PROGRESS_STATUSES } from '../model/commitment.js';
import type { Snapshot } from '../timeline/snapshot.js';
import { actorName, guaranteeName, stanceVerb } from './known.js';
import type { KeyJudgment, UnknownQuestion } from './types.js';
import { formatDate, formatRange } from './wording.js';

/**
 * The bottom line up front, for the reader with five minutes: the state of the commitments
 * behind the main guarantee, its credibility and viability, the firmest judgment, the
 * adversary's stance and the unknown that matters most — each restated from a section below.
 */
export function buildBottomLine(
  snapshot: Snapshot,
  assessment: Assessment | undefined,
  judgments: KeyJudgment[],
  questions: UnknownQuestion[],
): string[] {
  const lines: string[] = [];
  const main = mainGuarantee(snapshot);
  if (main) {
    const states = snapshot.commitments.filter((s) => s.commitment.guarantee === main.id && s.status);
    const at = (from: string) => PROGRESS_STATUSES.indexOf(from as (typeof PROGRESS_STATUSES)[number]);
    const firm = states.filter((s) => at(s.status!) >= at('pledged')).length;
    const tentative = states.filter((s) => at(s.status!) >= 0 && at(s.status!) < at('pledged')).length;
    const out = states.length - firm - tentative;
    const guarantors = new Set(states.map((s) => s.commitment.guarantor)).size;
    lines.push(
      `${guaranteeName(main)}: of ${count(states.length, 'commitment')} from ${count(guarantors, 'guarantor')}, ${firm} ${firm === 1 ? 'is' : 'are'} pledged or further along, ${tentative} ${tentative === 1 ? 'is' : 'are'} proposed, under discussion or conditional, and ${out} ${out === 1 ? 'is' : 'are'} declined, ruled out, withdrawn or lapsed.`,
    );
    const assessed = assessment?.guarantees.find((g) => g.guarantee === main.id);
    if (assessed) {
      lines.push(
        `Its deterrent credibility is ${formatRange(assessed.credibility)} on a 0–100 scale; its viability, scored separately, is ${formatRange(assessed.viability)}.`,
      );
    }
    const stance = snapshot.positions
      .filter((p) => p.position.guarantee === main.id && p.position.actor === main.adversary && p.stance && p.since)
      .sort((a, b) => b.since!.date.localeCompare(a.since!.date))[0];
    if (stance) {
      lines.push(
        `${actorName(snapshot, main.adversary)} ${stanceVerb(stance.stance!)} it (${formatDate(stance.since!.date)}).`,
      );
    }
  }
  const rank = { high: 0, moderate: 1, low: 2 } as const;
  const firmest = judgments
    .map((j, i) => ({ j, i }))
    .sort((a, b) => rank[a.j.confidence] - rank[b.j.confidence] || a.i - b.i)[0]?.j;
  if (firmest)
    lines.push(`Key judgment: ${firmest.statement} ${firmest.likelihoodSentence} ${firmest.confidenceSentence}`);
  const top = questions[0];
  if (top) {
    const move =
      top.swing > 0
        ? ` Its possible answers move a guarantee’s credibility or viability by up to ${Math.round(top.swing)} points.`
        : '';
    lines.push(`The unknown that matters most: ${top.question}${move}`);
  }
  return lines;
}

/** The guarantee with the most commitments on record (the dataset's first on a tie). */
export function mainGuarantee(snapshot: Snapshot) {
  let best: { g: Snapshot['dataset']['guarantees'][number]; n: number } | undefined;
  for (const g of snapshot.dataset.guarantees) {
    const n = snapshot.commitments.filter((s) => s.commitment.guarantee === g.id && s.status).length;
    if (!best || n > best.n) best = { g, n };
  }
  return best?.g;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
