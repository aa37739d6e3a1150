import type { Assessment } from '../credibility/types.js';
import { type Guarantee, LEGAL_FORMS, OBLIGATION_TYPES } from '../model/guarantee.js';
import type { Snapshot } from '../timeline/snapshot.js';
import { enumWords, joinAnd, withArticle } from '../wording/labels.js';
import { formatScore, SCORE_FORM } from '../wording/numbers.js';
import { guaranteeShort } from './known.js';
import type { ScoreKey } from './types.js';

/**
 * The key a reader needs before any number: what credibility and viability measure, how a
 * score is written, and anchor cases — the guarantees in the same dataset with the strongest
 * and the weakest design (obligation type first, after ATOP's order, then legal form), scored
 * by the engine on the same rules and date — among those that cover the beneficiary at all. They are assessments, not constants: change the
 * data or the rules and the anchors move with them.
 */
export function buildScoreKey(snapshot: Snapshot, assessment: Assessment | undefined, mainId?: string): ScoreKey {
  // A guarantee that promises the beneficiary nothing — capped at 0 whatever its design, as
  // NATO's Article 5 is for a non-member — measures scope, not design: no anchor for a design.
  const coversNothing = new Set(
    (assessment?.guarantees ?? []).filter((a) => a.ceilings?.some((c) => c.ceiling === 0)).map((a) => a.guarantee),
  );
  const candidates = snapshot.dataset.guarantees.filter((g) => !coversNothing.has(g.id));
  const anchors = anchorGuarantees(candidates, mainId).flatMap(({ g, why }) => {
    const a = assessment?.guarantees.find((x) => x.guarantee === g.id);
    return a ? [{ guarantee: g.id, name: guaranteeShort(g), credibility: a.credibility, why }] : [];
  });
  const sentence =
    anchors.length > 0
      ? `For comparison, on the same rules and data: ${joinAnd(anchors.map((a) => `${a.name} scores ${formatScore(a.credibility)} (${a.why})`))}.`
      : undefined;
  return {
    credibility:
      'Deterrent credibility, 0–100: how likely the adversary is to believe the guarantors would fight if the guarantee were triggered. It is a score from stated rules, not a probability.',
    viability:
      'Viability, 0–100, scored separately: whether the arrangement will exist and hold at all, given its conditions and the adversary’s stance.',
    form: SCORE_FORM,
    anchors,
    ...(sentence ? { anchorSentence: sentence } : {}),
  };
}

function designRank(g: Guarantee): number | undefined {
  if (g.obligation === 'unknown' || g.legalForm === 'unknown') return undefined;
  return OBLIGATION_TYPES.indexOf(g.obligation) * LEGAL_FORMS.length + LEGAL_FORMS.indexOf(g.legalForm);
}

function anchorGuarantees(guarantees: readonly Guarantee[], mainId?: string): { g: Guarantee; why: string }[] {
  const known = guarantees
    .filter((g) => g.id !== mainId)
    .map((g, i) => ({ g, i, rank: designRank(g) }))
    .filter((x): x is { g: Guarantee; i: number; rank: number } => x.rank !== undefined)
    .sort((a, b) => a.rank - b.rank || a.i - b.i);
  if (known.length === 0) return [];
  const design = (g: Guarantee) =>
    `${withArticle(enumWords(g.legalForm as string))} with ${withArticle(enumWords(g.obligation as string))} obligation`;
  const strongest = known[0]!.g;
  const weakest = known[known.length - 1]!.g;
  const out = [{ g: strongest, why: `the strongest design here: ${design(strongest)}` }];
  if (weakest !== strongest) out.push({ g: weakest, why: `the weakest: ${design(weakest)}` });
  return out;
}
