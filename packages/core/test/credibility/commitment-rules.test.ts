import { type CommitmentStatus, type OBLIGATION_TYPES, PROGRESS_STATUSES } from '@pledgewatch/core';
import { describe, expect, test } from 'vitest';
import { assessed, factor, firing } from './assess-helpers.js';
import { actor, commitment, dataset, fact, forwardTroops, guarantee } from './build.js';

describe('commitment: tying hands and sinking costs', () => {
  test('a vague ("other") condition weakens the commitment factor; a scope condition does not; met costs nothing', () => {
    const withCondition = (kind: 'other' | 'scope', status: 'met' | 'unmet' | 'unknown', n = 1) =>
      assessed(
        dataset({
          guarantees: [
            guarantee({
              conditions: Array.from({ length: n }, (_, i) => ({
                id: `c${i}`,
                kind,
                description: 'If it suits',
                status,
              })),
            }),
          ],
          commitments: [commitment('c1', 'alpha', 'pledged')],
        }),
      );
    const none = assessed(dataset({ commitments: [commitment('c1', 'alpha', 'pledged')] }));
    const hatch = (g: ReturnType<typeof assessed>) => firing(g, 'commitment.escape-hatches')?.effect;
    expect(hatch(withCondition('other', 'unmet'))!.point).toBe(-5);
    expect(hatch(withCondition('other', 'unknown'))).toMatchObject({ low: -5, high: 0 });
    expect(hatch(withCondition('other', 'met'))!.point).toBe(0);
    expect(hatch(withCondition('other', 'unmet', 3))!.point).toBe(-10);
    expect(hatch(withCondition('scope', 'unmet'))).toBeUndefined();
    expect(factor(withCondition('other', 'unmet'), 'commitment').score.point).toBe(
      factor(none, 'commitment').score.point - 5,
    );
  });

  test("a guarantor's own vague condition costs its share of the engaged guarantors", () => {
    const vague = { id: 'v', kind: 'other' as const, description: 'If it suits', status: 'unmet' as const };
    const g = assessed(
      dataset({
        commitments: [
          commitment('c1', 'alpha', 'pledged', { conditions: [vague] }),
          commitment('c2', 'beta', 'pledged'),
        ],
      }),
    );
    expect(firing(g, 'commitment.escape-hatches')!.effect.point).toBe(-2.5);
  });
  test('defence > assistance > consultation > assurance, all else equal', () => {
    const score = (obligation: (typeof OBLIGATION_TYPES)[number]) =>
      assessed(dataset({ guarantees: [guarantee({ obligation })] })).credibility.point;
    expect(score('defence')).toBeGreaterThan(score('assistance'));
    expect(score('assistance')).toBeGreaterThan(score('consultation'));
    expect(score('consultation')).toBeGreaterThan(score('assurance'));
  });

  test('a ratified treaty ties hands more than a political declaration', () => {
    const treaty = assessed(dataset({ guarantees: [guarantee({ legalForm: 'ratified-treaty' })] }));
    const declaration = assessed(dataset({ guarantees: [guarantee({ legalForm: 'political-declaration' })] }));
    expect(factor(treaty, 'commitment').score.point).toBeGreaterThan(factor(declaration, 'commitment').score.point);
  });

  test('an unknown legal form spans statement to ratified treaty', () => {
    const g = assessed(dataset({ guarantees: [guarantee({ legalForm: 'unknown' })] }));
    expect(firing(g, 'commitment.legal-form')!.effect).toMatchObject({ low: 2, high: 20 });
  });

  test('an automatic trigger beats consultation within 24 h, which beats 72 h and no clock', () => {
    const points = (trigger: Parameters<typeof guarantee>[0]['trigger']) =>
      firing(assessed(dataset({ guarantees: [guarantee({ trigger })] })), 'commitment.trigger')!.effect.point;
    expect(points({ kind: 'automatic' })).toBeGreaterThan(points({ kind: 'consultation', clockHours: 24 }));
    expect(points({ kind: 'consultation', clockHours: 24 })).toBeGreaterThan(
      points({ kind: 'consultation', clockHours: 72 }),
    );
    expect(points({ kind: 'consultation', clockHours: 72 })).toBeGreaterThan(points({ kind: 'consultation' }));
    expect(points({ kind: 'consultation' })).toBeGreaterThan(points({ kind: 'none' }));
  });

  test('moving forward along the progression never lowers the commitment factor', () => {
    const at = (status: CommitmentStatus) =>
      factor(
        assessed(
          dataset({
            commitments: [
              commitment('c', 'alpha', status, {
                scale: { min: 5000, max: 5000, unit: 'troops' },
                location: 'beneficiary-territory',
              }),
            ],
          }),
        ),
        'commitment',
      ).score;
    const scores = PROGRESS_STATUSES.map(at);
    for (let i = 1; i < scores.length; i++) {
      expect(scores[i]!.point).toBeGreaterThanOrEqual(scores[i - 1]!.point);
      expect(scores[i]!.low).toBeGreaterThanOrEqual(scores[i - 1]!.low);
    }
    expect(at('deployed').point).toBeGreaterThan(at('pledged').point);
  });

  test('a tripwire adds a little, a balance-shifting force a lot more', () => {
    const forward = (troops: number) =>
      firing(assessed(forwardTroops(troops)), 'commitment.forward-forces')!.effect.point;
    const none = firing(assessed(dataset({})), 'commitment.forward-forces')!.effect.point;
    expect(none).toBe(0);
    expect(forward(1000)).toBeGreaterThan(0);
    expect(forward(1000)).toBeLessThanOrEqual(7);
    // A few trainers are not a tripwire: 100 troops add nothing of the tripwire's 6.
    expect(forward(100)).toBeLessThan(forward(1000));
    // alpha is not nuclear-armed: its full-size tripwire counts 0.6 of 6, plus the full 14 of balance shift.
    expect(forward(60000)).toBeCloseTo(6 * 0.6 + 14, 5);
  });

  test('a nuclear-armed guarantor raises the commitment factor; an unstated status is unknown, not "no"', () => {
    const base = dataset({ guarantees: [guarantee({ signed: '2029-01-01' })] });
    const withNuclear = (alpha: boolean | undefined) => ({
      ...base,
      actors: base.actors.map((a) =>
        a.id === 'beta'
          ? { ...a, nuclearArmed: fact(false) }
          : a.id === 'alpha' && alpha !== undefined
            ? { ...a, nuclearArmed: fact(alpha) }
            : a,
      ),
    });
    const points = (alpha: boolean | undefined) =>
      firing(assessed(withNuclear(alpha)), 'commitment.nuclear-guarantor')!.effect;
    expect(points(true).point).toBe(8);
    expect(points(false).point).toBe(0);
    expect(points(undefined)).toMatchObject({ low: 0, high: 8 });
  });

  test("a guarantee that needs the adversary's consent is capped near zero", () => {
    const strong = guarantee({
      obligation: 'defence',
      legalForm: 'ratified-treaty',
      trigger: { kind: 'automatic' },
      conditions: [{ id: 'veto', kind: 'adversary-consent', description: 'North must agree', status: 'met' }],
    });
    const g = assessed(
      dataset({
        guarantees: [strong],
        commitments: [
          commitment('c', 'alpha', 'deployed', {
            scale: { min: 200000, max: 200000, unit: 'troops' },
            location: 'beneficiary-territory',
          }),
        ],
      }),
    );
    expect(g.credibility.high).toBeLessThanOrEqual(10);
    expect(g.ceilings?.[0]?.rule).toBe('commitment.adversary-consent');
    expect(g.ceilings?.[0]?.effect.point).toBeLessThan(0);
  });

  test('a UN mandate the adversary can veto counts as its consent', () => {
    const d = dataset({
      actors: [actor('north'), actor('south'), actor('alpha'), actor('beta')],
      guarantees: [
        guarantee({
          conditions: [{ id: 'unsc', kind: 'un-mandate', party: 'north', description: 'Council', status: 'unknown' }],
        }),
      ],
    });
    expect(assessed(d).credibility.high).toBeLessThanOrEqual(10);
  });
});
