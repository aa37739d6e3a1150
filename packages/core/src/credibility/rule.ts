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
  /**
   * Its firings on a view. With `detail` false only the effects (and a ceiling's value) are
   * meant to be read: the inputs and the explanation are not built, which is most of a rule's
   * cost. The effects are the same either way.
   */
  evaluate(view: GuaranteeView, detail?: boolean): RuleFiring[];
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
    inputs: typeof inputs === 'function' ? inputs() : inputs,
    explanation: typeof explanation === 'function' ? explanation() : explanation,
    citations,
    ...(subject ? { subject } : {}),
    ...(spec.ceiling !== undefined ? { ceiling: spec.ceiling } : {}),
  });
  // Scores only: the same effects, the words left unbuilt (the thunks are never called).
  const fireScores: FireFn = (effect, _inputs, _explanation, subject) => {
    const firing: RuleFiring = {
      rule: spec.id,
      title: spec.title,
      factor: spec.factor,
      effect,
      inputs: NO_INPUTS,
      explanation: '',
      citations,
    };
    if (subject) firing.subject = subject;
    if (spec.ceiling !== undefined) firing.ceiling = spec.ceiling;
    return firing;
  };
  return {
    ...rest,
    citations,
    evaluate(view, detail = true) {
      const out = evaluate(view, detail ? fire : fireScores);
      return out === undefined ? [] : Array.isArray(out) ? out : [out];
    },
  };
}

const NO_INPUTS: RuleFiring['inputs'] = Object.freeze({});

/** A value, or a function that builds it only when the words are wanted (scores-only evaluation skips it). */
export type Lazy<T> = T | (() => T);

export type FireFn = (
  effect: ScoreRange,
  inputs: Lazy<RuleFiring['inputs']>,
  explanation: Lazy<string>,
  subject?: RuleFiring['subject'],
) => RuleFiring;

/** Points on a log scale of a force ratio: `floor` or below is 0, `full` or above is `max`. */
export function ratioPoints(ratio: number, max: number, floor = 0.01, full = 0.5): number {
  if (!(ratio > floor)) return 0;
  if (ratio >= full) return max;
  return (max * Math.log10(ratio / floor)) / Math.log10(full / floor);
}

// One formatter, made once: toLocaleString('en-GB') builds a new one on every call.
const EN_GB = new Intl.NumberFormat('en-GB');

export function formatNumber(n: number): string {
  return Number.isFinite(n) ? EN_GB.format(Math.round(n)) : 'unbounded';
}
