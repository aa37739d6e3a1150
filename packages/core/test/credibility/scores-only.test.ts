import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { evaluateGuarantee } from '../../src/credibility/evaluate.js';
import { resolveProfile } from '../../src/credibility/profiles.js';
import { buildSituation, viewOf } from '../../src/credibility/situation.js';
import { datasetArb } from './arbitrary-dataset.js';

/** What a scores-only evaluation keeps: every number that reaches an assessment. */
const scores = (e: ReturnType<typeof evaluateGuarantee>) => ({
  credibility: e.credibility,
  viability: e.viability,
  factors: e.factors.map((f) => ({
    factor: f.factor,
    weight: f.weight,
    score: f.score,
    effects: f.reasons.map((r) => r.effect),
  })),
  viabilityEffects: e.viabilityReasons.map((r) => r.effect),
  ceilings: e.ceilings.map((r) => [r.rule, r.ceiling, r.effect]),
});

describe('scores-only evaluation', () => {
  test('gives the same scores as the full evaluation, without building the words', () => {
    fc.assert(
      fc.property(datasetArb, (d) => {
        const profile = resolveProfile(d, undefined);
        if (!profile.ok) throw new Error('no profile');
        const situation = buildSituation(d, d.manifest.asOf, profile.profile);
        for (const inputs of situation.guarantees.values()) {
          const view = viewOf(situation, inputs);
          const full = evaluateGuarantee(view);
          const lean = evaluateGuarantee(view, true);
          expect(scores(lean)).toEqual(scores(full));
          for (const r of [...lean.factors.flatMap((f) => f.reasons), ...lean.viabilityReasons])
            expect(r.explanation).toBe('');
        }
      }),
      { numRuns: 60 },
    );
  });
});
