import type { Position, Stance } from '@pledgewatch/core';
import { describe, expect, test } from 'vitest';
import { assessed, firing } from './assess-helpers.js';
import { dataset, guarantee } from './build.js';

const stance = (s: Stance, actor = 'north'): Position => ({
  id: `p-${actor}`,
  actor,
  guarantee: 'g',
  summary: 'stance',
  history: [{ date: '2030-01-01', stance: s, source: 'fx' }],
});

describe('viability: will it exist at all', () => {
  test("the adversary's rejection lowers viability, not deterrent credibility", () => {
    const quiet = assessed(dataset({}));
    const rejecting = assessed(dataset({ positions: [stance('rejects')] }));
    expect(rejecting.viability.point).toBeLessThan(quiet.viability.point);
    expect(rejecting.credibility).toEqual(quiet.credibility);
    expect(rejecting.factors).toEqual(quiet.factors);
  });

  test("a demand for a veto weighs like a rejection; a signed guarantee halves the adversary's stance", () => {
    expect(
      firing(assessed(dataset({ positions: [stance('demands-veto')] })), 'viability.adversary-stance')!.effect.point,
    ).toBe(-30);
    const signed = dataset({ guarantees: [guarantee({ signed: '2025' })], positions: [stance('rejects')] });
    expect(firing(assessed(signed), 'viability.adversary-stance')!.effect.point).toBe(-15);
  });

  test('conditions: met costs nothing, unmet its weight, unknown a range; a narrow scope nothing', () => {
    const withCondition = (
      kind: 'ceasefire' | 'scope',
      status: 'met' | 'unmet' | 'unknown',
      limits?: 'beneficiary' | 'case',
    ) =>
      assessed(
        dataset({
          guarantees: [
            guarantee({ conditions: [{ id: 'c', kind, description: 'x', status, ...(limits ? { limits } : {}) }] }),
          ],
        }),
      ).viability;
    expect(withCondition('ceasefire', 'met').point).toBe(100);
    expect(withCondition('ceasefire', 'unmet').point).toBe(70);
    expect(withCondition('ceasefire', 'unknown')).toMatchObject({ low: 70, high: 100 });
    // A scope narrowing one clause's cases costs nothing; one that leaves the beneficiary out, everything.
    expect(withCondition('scope', 'unmet', 'case').point).toBe(100);
    expect(withCondition('scope', 'unmet').point).toBe(0);
    expect(withCondition('scope', 'unknown')).toMatchObject({ low: 0, high: 100 });
  });

  test("the adversary's consent: unmet lowers viability, and caps credibility whether met or not", () => {
    const withConsent = (status: 'met' | 'unmet') =>
      assessed(
        dataset({
          guarantees: [guarantee({ conditions: [{ id: 'c', kind: 'adversary-consent', description: 'x', status }] })],
        }),
      );
    expect(withConsent('unmet').viability.point).toBeLessThan(withConsent('met').viability.point);
    expect(withConsent('met').credibility.high).toBeLessThanOrEqual(10);
  });
});
