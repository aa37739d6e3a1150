import type { Assessment, Citation } from '../credibility/types.js';
import { ESTIMATIVE_STANDARDS, type EstimativeStandard } from '../language/estimative.js';
import { enumWords as words } from '../wording/labels.js';
import { formatPercentRange } from '../wording/numbers.js';
import { SOURCING_RULES } from './sourcing.js';
import type { MethodSection } from './types.js';
import { clean } from './wording.js';

/**
 * The method section: the profile and every rule that fired anywhere in the assessment with
 * its citations (so every number can be traced to a rule), the estimative-language table of
 * the chosen standard, and how facts were sorted into confirmed, reported and claimed.
 */
export function buildMethod(assessment: Assessment | undefined, standard: EstimativeStandard): MethodSection {
  const rules = new Map<string, { rule: string; title: string; factor: string; citations: Citation[] }>();
  const baseRates = new Set<string>();
  for (const g of assessment?.guarantees ?? []) {
    for (const r of [...(g.ceilings ?? []), ...g.factors.flatMap((f) => f.reasons), ...g.viabilityReasons]) {
      if (!rules.has(r.rule)) {
        rules.set(r.rule, {
          rule: r.rule,
          title: clean(r.title),
          factor: words(r.factor),
          citations: r.citations.map((c) => ({ key: clean(c.key), reference: clean(c.reference) })),
        });
      }
    }
    baseRates.add(
      `${clean(g.baseRate.label)}: ${formatPercentRange(g.baseRate.low, g.baseRate.high)} (${clean(g.baseRate.citation.reference)}).`,
    );
  }
  const s = ESTIMATIVE_STANDARDS[standard];
  const profile = assessment?.profile;
  return {
    ...(profile
      ? {
          profile: {
            id: profile.id,
            name: clean(profile.name),
            ...(profile.description ? { description: clean(profile.description) } : {}),
            weights: { ...profile.weights },
          },
        }
      : {}),
    rules: [...rules.values()].sort((a, b) => a.rule.localeCompare(b.rule)),
    standard: { id: standard, name: s.name, citation: s.citation, terms: s.terms },
    sourcing: [...SOURCING_RULES],
    baseRates: [...baseRates].sort(),
  };
}
