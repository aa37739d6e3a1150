import { describe, expect, test } from 'vitest';
import { assessed, factor, firing } from './assess-helpers.js';
import { commitment, dataset, fact, guarantee } from './build.js';

describe('cohesion: who is in, who is out', () => {
  test('the share fully committed sets cohesion', () => {
    const half = assessed(
      dataset({ commitments: [commitment('a', 'alpha', 'deployed'), commitment('b', 'beta', 'proposed')] }),
    );
    const full = assessed(
      dataset({ commitments: [commitment('a', 'alpha', 'deployed'), commitment('b', 'beta', 'deployed')] }),
    );
    expect(factor(full, 'cohesion').score.point).toBeGreaterThan(factor(half, 'cohesion').score.point);
  });

  test('a member that declines lowers cohesion twice: out of the share, and a visible split', () => {
    const g = assessed(
      dataset({ commitments: [commitment('a', 'alpha', 'deployed'), commitment('b', 'beta', 'declined')] }),
    );
    expect(firing(g, 'cohesion.declined')!.effect.point).toBe(-6);
    // 40 for a guarantee offered at all, plus 60 × half the guarantors fully in.
    expect(firing(g, 'cohesion.share-committed')!.effect.point).toBe(70);
  });

  test('a member bordering the adversary lowers cohesion; an unknown border is a range', () => {
    const base = dataset({ commitments: [commitment('a', 'alpha', 'deployed'), commitment('b', 'beta', 'deployed')] });
    const borders = (value: ReturnType<typeof fact<string[]>> | 'unknown') => ({
      ...base,
      actors: base.actors.map((a) =>
        a.id === 'beta' ? { ...a, landBorders: value } : a.id === 'alpha' ? { ...a, landBorders: fact([]) } : a,
      ),
    });
    // One of two engaged guarantors borders the adversary: −12 × 1/2.
    expect(firing(assessed(borders(fact(['north']))), 'cohesion.frontline-members')!.effect.point).toBe(-6);
    expect(firing(assessed(borders(fact(['south']))), 'cohesion.frontline-members')!.effect.point).toBe(0);
    expect(firing(assessed(borders('unknown')), 'cohesion.frontline-members')!.effect).toMatchObject({
      low: -6,
      high: 0,
    });
    // Borders not recorded at all are unknown too, not "no border".
    const omitted = {
      ...base,
      actors: base.actors.map((a) => (a.id === 'beta' ? { ...a, landBorders: undefined } : a)),
    };
    delete omitted.actors.find((a) => a.id === 'beta')!.landBorders;
    expect(firing(assessed(omitted), 'cohesion.frontline-members')!.effect).toMatchObject({ low: -12, high: 0 });
  });

  test('dependence on a third-party backstop: met costs little, unmet a lot, unknown spans both', () => {
    const withBackstop = (status: 'met' | 'unmet' | 'unknown') =>
      firing(
        assessed(
          dataset({
            guarantees: [
              guarantee({
                conditions: [
                  { id: 'bs', kind: 'third-party-backstop', party: 'delta', description: 'Delta backs it', status },
                ],
              }),
            ],
          }),
        ),
        'cohesion.third-party-backstop',
      )!.effect;
    expect(withBackstop('met').point).toBe(-5);
    expect(withBackstop('unmet').point).toBe(-40);
    expect(withBackstop('unknown')).toMatchObject({ low: -40, high: -5 });
  });

  test('the adversary listed as a guarantor divides the guarantee only where it can still block action', () => {
    const signatureOnly = assessed(dataset({ guarantees: [guarantee({ guarantors: ['alpha', 'north'] })] }));
    expect(firing(signatureOnly, 'cohesion.adversary-as-guarantor')!.effect.point).toBe(0);
    expect(signatureOnly.flags.some((f) => f.includes('adversary is itself a guarantor'))).toBe(true);
    const veto = assessed(
      dataset({
        guarantees: [
          guarantee({
            guarantors: ['alpha', 'north'],
            conditions: [
              { id: 'un', kind: 'un-mandate', party: 'north', description: 'a vetoable mandate', status: 'unmet' },
            ],
          }),
        ],
      }),
    );
    expect(firing(veto, 'cohesion.adversary-as-guarantor')!.effect.point).toBe(-40);
  });
});
