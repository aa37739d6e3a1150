import type { Id } from '../model/common.js';
import type { Factor } from '../model/profile.js';
import { CITATIONS, type CitationId } from './citations.js';
import type { Citation, RuleFiring, ScoreRange } from './types.js';
import type { GuaranteeView } from './view.js';

/**
 * A credibility rule: a small pure unit that reads named inputs of one guarantee's view and
 * returns what it did (its firings). `points` rules add to their factor (or to viability);
 * `ceiling` rules cap deterrent credibility whatever the factors say.
 */
export interface CredibilityRule {
  id: Id;
  title: string;
  factor: Factor | 'viability';
  kind: 'points' | 'ceiling';
  /** Why the rule exists: the finding it encodes, in a sentence or two. */
  rationale: string;
  citations: Citation[];
  /** The inputs it reads, in the words of the data model. */
  inputs: string[];
  /** The effect in plain words, e.g. "+0 to +30 points". */
  effect: string;
  /** For a ceiling rule: the most deterrent credibility can be when it fires. */
  ceiling?: number;
  evaluate(view: GuaranteeView): RuleFiring[];
}

export type RuleSpec = Omit<CredibilityRule, 'citations' | 'evaluate'> & { cites: CitationId[] };

/** Declares a rule; `evaluate` receives a `fire` that stamps firings with the rule's id and citations. */
export function defineRule(
  spec: RuleSpec,
  evaluate: (view: GuaranteeView, fire: FireFn) => RuleFiring[] | RuleFiring | undefined,
): CredibilityRule {
  const { cites, ...rest } = spec;
  const citations = cites.map((c) => CITATIONS[c]);
  const fire: FireFn = (effect, inputs, explanation, subject) => ({
    rule: spec.id,
    title: spec.title,
    factor: spec.factor,
    effect,
    inputs,
    explanation,
    citations,
    ...(subject ? { subject } : {}),
    ...(spec.ceiling !== undefined ? { ceiling: spec.ceiling } : {}),
  });
  return {
    ...rest,
    citations,
    evaluate(view) {
      const out = evaluate(view, fire);
      return out === undefined ? [] : Array.isArray(out) ? out : [out];
    },
  };
}

export type FireFn = (
  effect: ScoreRange,
  inputs: RuleFiring['inputs'],
  explanation: string,
  subject?: RuleFiring['subject'],
) => RuleFiring;

/** Points on a log scale of a force ratio: `floor` or below is 0, `full` or above is `max`. */
export function ratioPoints(ratio: number, max: number, floor = 0.01, full = 0.5): number {
  if (!(ratio > floor)) return 0;
  if (ratio >= full) return max;
  return (max * Math.log10(ratio / floor)) / Math.log10(full / floor);
}

export function formatNumber(n: number): string {
  return Number.isFinite(n) ? Math.round(n).toLocaleString('en-GB') : 'unbounded';
}
