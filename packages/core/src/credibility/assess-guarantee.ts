import type { Change } from '../model/change.js';
import { baseRate } from './base-rate.js';
import { evaluateGuarantee, type GuaranteeEvaluation } from './evaluate.js';
import { answerChanges, isOpen, type QuestionReading } from './questions.js';
import { hull, roundRange } from './range.js';
import { deriveView } from './situation.js';
import type { FactorAssessment, GuaranteeAssessment, QuestionEffect, RuleFiring, ScoreRange } from './types.js';
import type { GuaranteeView } from './view.js';

/**
 * One guarantee's assessment: the most-likely reading, then each open question's answers
 * one at a time, then — when several questions bear on it — the answers that pull hardest
 * each way applied together (what answered questions settled is re-applied last, so a
 * hypothetical answer never overrides an established fact), so the range covers the questions' joint worst and best
 * without enumerating every combination. Checked against every combination in
 * test/credibility/joint-answers.test.ts; where it is not exact: docs/credibility.md, step 6.
 */
export function assessGuarantee(
  view: GuaranteeView,
  questions: readonly QuestionReading[],
  settled: readonly Change[] = [],
): GuaranteeAssessment {
  // What answered questions settled stays settled: re-applied after any open answer's changes.
  const withAnswer = (changes: readonly Change[]) =>
    changes.length === 0 ? view : deriveView(view, settled.length ? [...changes, ...settled] : changes);
  const reading = evaluateGuarantee(view);
  const evaluations: GuaranteeEvaluation[] = [];
  const effects: QuestionEffect[] = [];
  const pulls: { worstCred: Change[]; bestCred: Change[]; worstViab: Change[]; bestViab: Change[] }[] = [];
  for (const q of questions) {
    if (!isOpen(q) || !q.guarantees.has(view.guarantee.id)) continue;
    const answers = q.question.answers.map((a) => {
      const derived = withAnswer(answerChanges(q, a.id));
      // Only an answer's scores reach the output: its words are not built.
      const evaluation = derived === view ? reading : evaluateGuarantee(derived, true);
      evaluations.push(evaluation);
      return { answer: a, evaluation };
    });
    const by = (pick: (e: GuaranteeEvaluation) => number, sign: 1 | -1) =>
      answers.reduce((best, x) => (sign * pick(x.evaluation) > sign * pick(best.evaluation) ? x : best)).answer.changes;
    pulls.push({
      worstCred: by((e) => e.credibility.low, -1),
      bestCred: by((e) => e.credibility.high, 1),
      worstViab: by((e) => e.viability.low, -1),
      bestViab: by((e) => e.viability.high, 1),
    });
    const points = answers.map((x) => x.evaluation);
    const spread = (pick: (e: GuaranteeEvaluation) => number) =>
      Math.max(...points.map(pick)) - Math.min(...points.map(pick));
    effects.push({
      question: q.question.id,
      text: q.question.question,
      status: q.status as QuestionEffect['status'],
      answers: answers.map((x) => ({
        answer: x.answer.id,
        label: x.answer.label,
        credibility: roundRange(x.evaluation.credibility),
        viability: roundRange(x.evaluation.viability),
      })),
      swing: {
        credibility: round(spread((e) => e.credibility.point)),
        viability: round(spread((e) => e.viability.point)),
      },
    });
  }
  if (pulls.length > 1) {
    for (const key of ['worstCred', 'bestCred', 'worstViab', 'bestViab'] as const) {
      evaluations.push(
        evaluateGuarantee(
          deriveView(
            view,
            pulls.flatMap((p) => p[key]),
          ),
          true,
        ),
      );
    }
  }
  return toAssessment(view, reading, evaluations, effects);
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

function spanAll(base: ScoreRange, others: ScoreRange[]): ScoreRange {
  return roundRange(others.reduce(hull, base));
}

function roundFiring(f: RuleFiring): RuleFiring {
  return { ...f, effect: roundRange(f.effect) };
}

function toAssessment(
  view: GuaranteeView,
  reading: GuaranteeEvaluation,
  others: GuaranteeEvaluation[],
  questions: QuestionEffect[],
): GuaranteeAssessment {
  const g = view.guarantee;
  const factors: FactorAssessment[] = reading.factors.map((f, i) => ({
    factor: f.factor,
    weight: f.weight,
    score: spanAll(
      f.score,
      others.map((o) => o.factors[i]!.score),
    ),
    reasons: f.reasons.map(roundFiring),
  }));
  const credibility = spanAll(
    reading.credibility,
    others.map((o) => o.credibility),
  );
  const viability = spanAll(
    reading.viability,
    others.map((o) => o.viability),
  );
  return {
    guarantee: g.id,
    name: g.name,
    ...(g.shortName !== undefined ? { shortName: g.shortName } : {}),
    credibility,
    viability,
    factors,
    viabilityReasons: reading.viabilityReasons.map(roundFiring),
    baseRate: baseRate(g),
    flags: flagsFor(view, reading, credibility),
    ceilings: reading.ceilings.map(roundFiring),
    questions,
  };
}

function flagsFor(view: GuaranteeView, reading: GuaranteeEvaluation, credibility: ScoreRange): string[] {
  const g = view.guarantee;
  const flags: string[] = [];
  for (const c of view.ground.changesSinceSigning)
    flags.push(`Changed since signing (${c.date}: ${c.description}): re-assess (Leeds 2003).`);
  if (g.guarantors.includes(g.adversary)) flags.push('The adversary is itself a guarantor.');
  for (const c of reading.ceilings) flags.push(`Capped at ${c.ceiling}: ${c.explanation}`);
  if (credibility.high - credibility.low >= 40)
    flags.push('Wide range: what is unknown decides more than what is known.');
  return flags;
}
