import type { Id } from '../model/common.js';
import type { Dataset } from '../model/dataset.js';
import { BUILTIN_PROFILE_IDS, FACTORS, type Factor, type Profile } from '../model/profile.js';
import { clipForMessage } from '../text/neutralize.js';
import type { CredibilityProblem } from './problems.js';

/**
 * The lenses an assessment can take. "current-calculus" (the default) follows Press 2005:
 * adversaries judge a threat by present power and interests, so capability and commitment
 * weigh most and the past little. "past-actions" is the article's own argument about the
 * West's record: reputation weighs more, within resolve and as resolve's share.
 */
export const BUILTIN_PROFILES: Record<(typeof BUILTIN_PROFILE_IDS)[number], Profile> = {
  'current-calculus': {
    id: 'current-calculus',
    name: 'Current calculus',
    description: 'Present power and interests decide (Press 2005); a record of backing down counts a little.',
    weights: { capability: 4, commitment: 3, resolve: 2, cohesion: 2 },
    pastActions: 0.25,
  },
  'past-actions': {
    id: 'past-actions',
    name: 'Past actions',
    description: 'Reputation weighs more: a record of backing down against the same adversary counts heavily.',
    weights: { capability: 3, commitment: 2, resolve: 3, cohesion: 2 },
    pastActions: 0.9,
  },
};

export const DEFAULT_PROFILE_ID: Id = 'current-calculus';

/** The one place the profile is decided: the one asked for, else the dataset's default, else current-calculus. */
export function defaultProfileId(manifest: Pick<Dataset['manifest'], 'defaultProfile'>, requested?: Id): Id {
  return requested ?? manifest.defaultProfile ?? DEFAULT_PROFILE_ID;
}

/** The profile by id: a dataset's own profile first (it may override a built-in), then the built-ins. */
export function resolveProfile(
  dataset: Dataset,
  profile: Id | Profile | undefined,
): { ok: true; profile: Profile } | { ok: false; problem: CredibilityProblem } {
  if (profile !== undefined && typeof profile !== 'string') return { ok: true, profile };
  const id = defaultProfileId(dataset.manifest, profile);
  const own = dataset.profiles.find((p) => p.id === id);
  if (own) return { ok: true, profile: own };
  // Own keys only: `constructor`, `__proto__` or `toString` are not profiles (they were, via the prototype).
  const builtin = Object.hasOwn(BUILTIN_PROFILES, id) ? (BUILTIN_PROFILES as Record<string, Profile>)[id] : undefined;
  if (builtin) return { ok: true, profile: builtin };
  const known = [...new Set([...BUILTIN_PROFILE_IDS, ...dataset.profiles.map((p) => p.id)])];
  return {
    ok: false,
    problem: {
      code: 'unknown-profile',
      message: `there is no profile '${clipForMessage(id)}'`,
      hint: `use one of: ${known.join(', ')}`,
    },
  };
}

/** Factor weights normalised to sum to 1; all-zero weights count every factor equally. */
export function normalisedWeights(profile: Profile): Record<Factor, number> {
  const total = FACTORS.reduce((s, f) => s + profile.weights[f], 0);
  return Object.fromEntries(
    FACTORS.map((f) => [f, total === 0 ? 1 / FACTORS.length : profile.weights[f] / total]),
  ) as Record<Factor, number>;
}
