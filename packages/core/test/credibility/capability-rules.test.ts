import { describe, expect, test } from 'vitest';
import { assessed, factor, firing } from './assess-helpers.js';
import { actor, commitment, dataset, fact, guarantee } from './build.js';

describe('capability: the local balance', () => {
  test('more forward troops against the same adversary score higher', () => {
    const small = assessed(
      dataset({
        commitments: [
          commitment('c', 'alpha', 'deployed', {
            scale: { min: 1000, max: 1000, unit: 'troops' },
            location: 'beneficiary-territory',
          }),
        ],
      }),
    );
    const large = assessed(
      dataset({
        commitments: [
          commitment('c', 'alpha', 'deployed', {
            scale: { min: 100000, max: 100000, unit: 'troops' },
            location: 'beneficiary-territory',
          }),
        ],
      }),
    );
    expect(firing(large, 'capability.ground-balance')!.effect.point).toBeGreaterThan(
      firing(small, 'capability.ground-balance')!.effect.point,
    );
  });

  test('troops at home do not count toward the local balance', () => {
    const home = assessed(
      dataset({
        commitments: [
          commitment('c', 'alpha', 'deployed', { scale: { min: 50000, max: 50000, unit: 'troops' }, location: 'home' }),
        ],
      }),
    );
    expect(firing(home, 'capability.ground-balance')!.effect).toEqual({ low: 0, point: 0, high: 0 });
  });

  test('an unknown scale is a range from nothing to the best case, not a guess', () => {
    const g = assessed(
      dataset({
        commitments: [commitment('c', 'alpha', 'deployed', { scale: 'unknown', location: 'beneficiary-territory' })],
      }),
    );
    const effect = firing(g, 'capability.ground-balance')!.effect;
    expect(effect.low).toBe(0);
    expect(effect.high).toBe(40);
    expect(factor(g, 'capability').score.high).toBeGreaterThan(factor(g, 'capability').score.low);
  });

  test("the adversary's unknown forces in theatre widen the range", () => {
    const known = dataset({
      commitments: [
        commitment('c', 'alpha', 'deployed', {
          scale: { min: 20000, max: 20000, unit: 'troops' },
          location: 'beneficiary-territory',
        }),
      ],
    });
    const unknown = {
      ...known,
      actors: known.actors.map((a) =>
        a.id === 'north' ? actor('north', { indicators: { forcesInTheatre: 'unknown' as const } }) : a,
      ),
    };
    const k = firing(assessed(known), 'capability.ground-balance')!.effect;
    const u = firing(assessed(unknown), 'capability.ground-balance')!.effect;
    expect(k.high - k.low).toBe(0);
    expect(u.high - u.low).toBeGreaterThan(0);
    expect(u.low).toBeLessThanOrEqual(k.point);
    expect(u.high).toBeGreaterThanOrEqual(k.point);
  });

  test('reinforcement depth reaches its full 25 at parity with the adversary', () => {
    // Signed, with no commitments in the data: its guarantors are bound by its text.
    const d = dataset({
      guarantees: [guarantee({ signed: '2029-01-01' })],
      actors: [
        actor('north', { indicators: { activePersonnel: fact(200000) } }),
        actor('south'),
        actor('alpha', { indicators: { activePersonnel: fact(150000) } }),
        actor('beta', { indicators: { activePersonnel: fact(100000) } }),
      ],
    });
    expect(firing(assessed(d), 'capability.reinforcement-depth')!.effect.point).toBe(25);
  });

  test('a guarantor whose personnel is unknown leaves the best case open', () => {
    const d = dataset({ guarantees: [guarantee({ signed: '2029-01-01' })] });
    d.actors = d.actors.map((a) =>
      a.id === 'beta' ? { ...a, indicators: { activePersonnel: 'unknown' as const } } : a,
    );
    const effect = firing(assessed(d), 'capability.reinforcement-depth')!.effect;
    expect(effect.high).toBe(25);
    expect(effect.low).toBeLessThan(effect.high);
  });
});
