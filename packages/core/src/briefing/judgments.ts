import { describeLikelihood, ESTIMATIVE_STANDARDS, type EstimativeStandard } from '../language/estimative.js';
import type { Dataset } from '../model/dataset.js';
import { formatDisplayDate } from '../wording/dates.js';
import { formatPercentRange } from '../wording/numbers.js';
import type { EndnoteRegister } from './endnotes.js';
import type { KeyJudgment } from './types.js';
import { clean } from './wording.js';

/**
 * Key judgments in the reader's standard, ranked by consequence: a judgment about the open
 * questions whose answers move the scores most comes first (ties: higher confidence, then the
 * dataset's order). ICD 203 forbids a likelihood term and a confidence level in one sentence,
 * so each judgment carries them as two sentences. The band printed beside a term is the
 * standard's own band; where the authors' range differs (a PHIA range across a gap), the
 * sentence says so with their numbers.
 */
export function buildJudgments(
  dataset: Dataset,
  asOf: string,
  standard: EstimativeStandard,
  notes: EndnoteRegister,
  swingOf: ReadonlyMap<string, number>,
): KeyJudgment[] {
  const terms = ESTIMATIVE_STANDARDS[standard].terms;
  const rank = { high: 0, moderate: 1, low: 2 } as const;
  return dataset.judgments
    .map((j, order) => ({ j, order }))
    .filter(({ j }) => j.date <= asOf)
    .map(({ j, order }) => ({
      j,
      order,
      consequence: Math.max(0, ...(j.about?.questions ?? []).map((q) => swingOf.get(q) ?? 0)),
    }))
    .sort((a, b) => b.consequence - a.consequence || rank[a.j.confidence] - rank[b.j.confidence] || a.order - b.order)
    .map(({ j, consequence }) => {
      const w = describeLikelihood(j.likelihood, standard);
      const term = terms.find((t) => t.term === w.term);
      const band = term ? formatPercentRange(term.min, term.max) : w.numbers;
      const own = formatPercentRange(j.likelihood.min, j.likelihood.max);
      const note = w.inGap
        ? `The authors’ range, ${own}, falls between the standard’s bands; the nearer term is used.`
        : w.imprecise
          ? `The authors’ range, ${own}, spans more than this band.`
          : undefined;
      return {
        id: j.id,
        statement: clean(j.statement),
        likelihood: { phrase: w.phrase, numbers: band, imprecise: w.imprecise, ...(note ? { note } : {}) },
        likelihoodSentence: `Likelihood: ${w.phrase} (${band}).`,
        confidence: j.confidence,
        confidenceSentence: `We have ${j.confidence} confidence in this judgment.`,
        basis: clean(j.basis),
        date: j.date,
        horizon: horizonOf(clean(j.statement), j.date),
        consequence,
        notes: notes.cite(j),
      };
    });
}

/** The time a judgment speaks to, read off its statement; else when it was made. */
function horizonOf(statement: string, date: string): string {
  const m =
    /\b(through|until|by|before|within|in)\s+((?:end[- ]|mid[- ])?\d{4}|the next [^,.;]+|a [a-z]+(?: is [a-z]+)?)/i.exec(
      statement,
    );
  return m ? `${m[1]!.toLowerCase()} ${m[2]}` : `not stated; judged on ${formatDisplayDate(date)}`;
}
