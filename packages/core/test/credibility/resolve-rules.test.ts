import type { Dataset } from '@pledgewatch/core';
import { describe, expect, test } from 'vitest';
import { assessed, factor, firing } from './assess-helpers.js';
import { actor, dataset, fact, guarantee } from './build.js';

/** `d` with one episode on an actor's record: it backed down against `adversary` on `date`. */
function backedDown(d: Dataset, actorId: string, episode: { date: string; adversary: string }): Dataset {
  const entry = { ...episode, outcome: 'backed-down' as const, description: 'Withdrew', source: 'fx' };
  return { ...d, actors: d.actors.map((a) => (a.id === actorId ? { ...a, record: [entry] } : a)) };
}

describe('resolve: interests, escalation, record', () => {
  test('each change since signing lowers resolve by 5, to at most 15, from its date on (Leeds 2003)', () => {
    const change = (date: string) => ({ date, description: 'New government', source: 'fx' });
    const at = (n: number, asOf = '2030-06-30') =>
      assessed(
        dataset({
          guarantees: [
            guarantee({
              signed: '2029-01-01',
              changesSinceSigning: ['2029-06-01', '2029-09-01', '2030-01-01', '2030-03-01'].slice(0, n).map(change),
            }),
          ],
        }),
        'g',
        { asOf },
      );
    expect(firing(at(0), 'resolve.change-since-signing')).toBeUndefined();
    expect(firing(at(1), 'resolve.change-since-signing')!.effect.point).toBe(-5);
    expect(firing(at(2), 'resolve.change-since-signing')!.effect.point).toBe(-10);
    expect(firing(at(4), 'resolve.change-since-signing')!.effect.point).toBe(-15);
    expect(factor(at(1), 'resolve').score.point).toBe(factor(at(0), 'resolve').score.point - 5);
    // Not yet: a change dated after the date assessed costs nothing.
    expect(firing(at(4, '2029-05-31'), 'resolve.change-since-signing')).toBeUndefined();
    expect(at(1).flags.some((f) => f.startsWith('Changed since signing'))).toBe(true);
  });

  test('ties with the beneficiary raise resolve', () => {
    const none = dataset({ guarantees: [guarantee({ signed: '2029-01-01' })] });
    const tied = {
      ...none,
      actors: none.actors.map((a) =>
        a.id === 'alpha'
          ? { ...a, ties: [{ with: 'south', kind: 'alliance' as const, description: 'Treaty ally', source: 'fx' }] }
          : a,
      ),
    };
    expect(factor(assessed(tied), 'resolve').score.point).toBeGreaterThan(
      factor(assessed(none), 'resolve').score.point,
    );
  });

  test('a nuclear-armed adversary lowers resolve; an unknown status is a range', () => {
    const base = dataset({});
    const withAdversary = (nuclearArmed: ReturnType<typeof fact<boolean>> | 'unknown') => ({
      ...base,
      actors: base.actors.map((a) => (a.id === 'north' ? { ...a, nuclearArmed } : a)),
    });
    expect(firing(assessed(withAdversary(fact(true))), 'resolve.escalation-risk')!.effect.point).toBe(-20);
    expect(firing(assessed(withAdversary(fact(false))), 'resolve.escalation-risk')!.effect.point).toBe(0);
    expect(firing(assessed(withAdversary('unknown')), 'resolve.escalation-risk')!.effect).toMatchObject({
      low: -20,
      high: 0,
    });
  });

  test('backing down against the same adversary costs more under the past-actions profile', () => {
    const base = dataset({ guarantees: [guarantee({ signed: '2029-01-01' })] });
    const record = (adversary: string) => backedDown(base, 'alpha', { date: '2020-01-01', adversary });
    const current = firing(assessed(record('north')), 'resolve.record')!.effect.point;
    const past = firing(assessed(record('north'), 'g', { profile: 'past-actions' }), 'resolve.record')!.effect.point;
    expect(current).toBeLessThan(0);
    expect(past).toBeLessThan(current);
    // A record against some other state is not a record against this adversary.
    expect(firing(assessed(record('elsewhere')), 'resolve.record')!.effect.point).toBe(0);
  });

  test('an episode dated after the as-of date does not count yet', () => {
    const base = dataset({});
    const later = backedDown(base, 'alpha', { date: '2031-01-01', adversary: 'north' });
    expect(firing(assessed(later), 'resolve.record')!.effect.point).toBe(0);
  });

  test('a guarantee with no engaged guarantor has no resolve from the offer', () => {
    const d = dataset({ actors: [actor('north'), actor('south')], guarantees: undefined });
    d.guarantees = [{ ...d.guarantees[0]!, guarantors: ['north'] }];
    expect(firing(assessed(d), 'resolve.offer')!.effect.point).toBe(0);
  });
});
