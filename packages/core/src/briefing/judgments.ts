import { describeLikelihood, type EstimativeStandard } from '../language/estimative.js';
import type { Dataset } from '../model/dataset.js';
import type { EndnoteRegister } from './endnotes.js';
import type { KeyJudgment } from './types.js';
import { clean } from './wording.js';

/**
 * Key judgments in the reader's standard. ICD 203 forbids a likelihood term and a
 * confidence level in one sentence, so each judgment carries them as two sentences; a PHIA
 * range that falls between the yardstick's bands says so and keeps the numbers.
 */
export function buildJudgments(
  dataset: Dataset,
  asOf: string,
  standard: EstimativeStandard,
  notes: EndnoteRegister,
): KeyJudgment[] {
  return dataset.judgments
    .filter((j) => j.date <= asOf)
    .map((j) => {
      const w = describeLikelihood(j.likelihood, standard);
      const note = w.inGap
        ? 'The range falls between the standard’s bands; the nearer term is used.'
        : w.imprecise
          ? 'The range spans more than one band of the standard.'
          : undefined;
      return {
        id: j.id,
        statement: clean(j.statement),
        likelihood: { phrase: w.phrase, numbers: w.numbers, imprecise: w.imprecise, ...(note ? { note } : {}) },
        likelihoodSentence: `Likelihood: ${w.phrase} (${w.numbers}).`,
        confidence: j.confidence,
        confidenceSentence: `We have ${j.confidence} confidence in this judgment.`,
        basis: clean(j.basis),
        date: j.date,
        notes: notes.cite(j),
      };
    });
}
