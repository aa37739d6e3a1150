import type { CredibilityRule } from './rule.js';
import { BACKSTOP_RULES } from './rules/backstop.js';
import { CAPABILITY_RULES } from './rules/capability.js';
import { COHESION_RULES } from './rules/cohesion.js';
import { COMMITMENT_RULES } from './rules/commitment.js';
import { GROUND_CAPABILITY_RULES, GROUND_RESOLVE_RULES, SCOPE_RULES, SCOPE_VIABILITY_RULES } from './rules/ground.js';
import { MEANS_RULES } from './rules/means.js';
import { RESOLVE_RULES } from './rules/resolve.js';
import { VIABILITY_RULES } from './rules/viability.js';

/** Every rule the engine runs, by family, in the order they are reported and documented. */
export const CREDIBILITY_RULES: readonly CredibilityRule[] = [
  ...GROUND_CAPABILITY_RULES,
  ...CAPABILITY_RULES,
  ...BACKSTOP_RULES,
  ...COMMITMENT_RULES,
  ...MEANS_RULES,
  ...SCOPE_RULES,
  ...RESOLVE_RULES,
  ...GROUND_RESOLVE_RULES,
  ...COHESION_RULES,
  ...VIABILITY_RULES,
  ...SCOPE_VIABILITY_RULES,
];
