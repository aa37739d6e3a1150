import { describe, expect, test } from 'vitest';
import { assessed, factor, firing } from './assess-helpers.js';
import { actor, commitment, dataset, fact, forwardTroops, guarantee } from './build.js';

describe('capability: the local balance', () => {
  test('more forward troops against the same adversary score higher', () => {
    const forward = (troops: number) => assessed(forwardTroops(troops));
    const small = forward(1000);
    const large = forward(100000);
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

  test("the beneficiary's own forces, not on record, are unknown, not zero", () => {
    // capability.local-balance: an unrecorded beneficiary leaves the best case open (65) and puts the
    // point halfway between the reading without it and that best case; recorded at zero, it is zero.
    const withBalance = (beneficiary?: number) =>
      assessed(
        dataset({
          guarantees: [
            guarantee({
              balance: [
                { party: 'north', min: 100000, max: 100000, unit: 'troops' },
                { party: 'alpha', min: 5000, max: 5000, unit: 'troops', posture: 'in-theatre' },
                ...(beneficiary === undefined
                  ? []
                  : [{ party: 'south', min: beneficiary, max: beneficiary, unit: 'troops' as const }]),
              ],
            }),
          ],
        }),
      );
    const zero = firing(withBalance(0), 'capability.local-balance')!.effect;
    const unrecorded = firing(withBalance(), 'capability.local-balance')!.effect;
    const parity = firing(withBalance(95000), 'capability.local-balance')!.effect;
    expect(zero.high).toBeLessThan(65);
    expect(unrecorded.low).toBe(zero.low);
    expect(unrecorded.high).toBe(65);
    expect(unrecorded.point).toBeCloseTo((zero.point + 65) / 2, 9);
    expect(parity.point).toBe(65);
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
