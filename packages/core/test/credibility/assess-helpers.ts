import { type AssessOptions, assess, type Dataset, type GuaranteeAssessment } from '@pledgewatch/core';

/** Assesses and returns one guarantee, failing the test on a problem. */
export function assessed(d: Dataset, id = 'g', options: AssessOptions = {}): GuaranteeAssessment {
  const result = assess(d, options);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  const g = result.assessment.guarantees.find((x) => x.guarantee === id);
  if (!g) throw new Error(`no guarantee ${id}`);
  return g;
}

export function factor(g: GuaranteeAssessment, name: string) {
  const f = g.factors.find((x) => x.factor === name);
  if (!f) throw new Error(`no factor ${name}`);
  return f;
}

export function firing(g: GuaranteeAssessment, rule: string) {
  return [...g.factors.flatMap((f) => f.reasons), ...g.viabilityReasons, ...(g.ceilings ?? [])].find(
    (r) => r.rule === rule,
  );
}
