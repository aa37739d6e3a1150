/**
 * What can go wrong when asking for an assessment, as values: an id that names nothing, a
 * date that is not a date. The apps format them; core never throws for these.
 */
export const CREDIBILITY_PROBLEM_CODES = [
  'unknown-profile',
  'unknown-scenario',
  'unknown-question',
  'unknown-answer',
  'unresolved-change',
  'invalid-date',
] as const;

export interface CredibilityProblem {
  code: (typeof CREDIBILITY_PROBLEM_CODES)[number];
  message: string;
  hint?: string;
}

export type CredibilityResult<T> = ({ ok: true } & T) | { ok: false; problems: CredibilityProblem[] };
