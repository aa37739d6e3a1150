import type { Id } from '../model/common.js';
import type { Dataset } from '../model/dataset.js';
import { type AssessOptions, assess } from './assess.js';
import type { CredibilityResult } from './problems.js';
import type { Assessment, QuestionEffect, ScoreRange } from './types.js';

/** How far one open question's answers alone move one guarantee. */
export interface SensitivityEntry {
  question: Id;
  text: string;
  guarantee: Id;
  guaranteeName: string;
  /** The guarantee's most-likely reading, for comparison. */
  baseline: { credibility: ScoreRange; viability: ScoreRange };
  answers: QuestionEffect['answers'];
  /** Largest minus smallest point across the answers. */
  swing: { credibility: number; viability: number };
}

/**
 * For each open question and each guarantee it touches, the score under each answer and the
 * swing, ranked: the question that moves a score most comes first (by the larger of its
 * credibility and viability swings, then by credibility). Which unknown matters most, made
 * visible.
 */
export function sensitivity(
  dataset: Dataset,
  options: AssessOptions = {},
): CredibilityResult<{ assessment: Assessment; ranking: SensitivityEntry[] }> {
  const result = assess(dataset, options);
  if (!result.ok) return result;
  return { ok: true, assessment: result.assessment, ranking: rankSensitivity(result.assessment) };
}

/** The ranking from an assessment already made (its guarantees carry their question effects). */
export function rankSensitivity(assessment: Assessment): SensitivityEntry[] {
  const entries: SensitivityEntry[] = [];
  for (const g of assessment.guarantees) {
    for (const q of g.questions ?? []) {
      entries.push({
        question: q.question,
        text: q.text,
        guarantee: g.guarantee,
        guaranteeName: g.name,
        baseline: { credibility: g.credibility, viability: g.viability },
        answers: q.answers,
        swing: q.swing,
      });
    }
  }
  const key = (e: SensitivityEntry) => Math.max(e.swing.credibility, e.swing.viability);
  return entries.sort(
    (a, b) =>
      key(b) - key(a) ||
      b.swing.credibility - a.swing.credibility ||
      a.question.localeCompare(b.question) ||
      a.guarantee.localeCompare(b.guarantee),
  );
}
