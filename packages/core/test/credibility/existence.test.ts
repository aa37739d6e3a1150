import { assess, credibilityHistory } from '@pledgewatch/core';
import { describe, expect, it } from 'vitest';
import { assessed, factor, firing } from './assess-helpers.js';
import { commitment, dataset, guarantee } from './build.js';

const ids = (d: ReturnType<typeof dataset>, asOf: string) => {
  const result = assess(d, { asOf });
  if (!result.ok) throw new Error('assess failed');
  return result.assessment.guarantees.map((g) => g.guarantee);
};

describe('a guarantee before it exists, and one with nothing on record', () => {
  it('leaves out a guarantee signed after the date', () => {
    const d = dataset({ guarantees: [guarantee({ signed: '2030-03-01' })] });
    expect(ids(d, '2030-02-28')).toEqual([]);
    expect(ids(d, '2030-03-01')).toEqual(['g']);
  });

  it('reads a partial signing date from its first day', () => {
    const d = dataset({ guarantees: [guarantee({ signed: '2030-03' })] });
    expect(ids(d, '2030-02-28')).toEqual([]);
    expect(ids(d, '2030-03-01')).toEqual(['g']);
  });

  it('with no signing date, exists from its first dated fact', () => {
    const d = dataset({
      guarantees: [guarantee({ signed: 'unknown' })],
      commitments: [
        commitment('c1', 'alpha', 'pledged', { history: [{ date: '2030-02-01', status: 'pledged', source: 'fx' }] }),
      ],
    });
    expect(ids(d, '2030-01-31')).toEqual([]);
    expect(ids(d, '2030-02-01')).toEqual(['g']);
  });

  it('exists from an earlier fact even when signed later (offers before the text)', () => {
    const d = dataset({
      guarantees: [guarantee({ signed: '2030-05-01' })],
      commitments: [commitment('c1', 'alpha', 'pledged')],
    });
    expect(ids(d, '2030-01-01')).toEqual(['g']);
  });

  it('with no signing date and no fact, exists from the first source it cites', () => {
    // The test source 'fx' is dated 2030: its first day.
    const d = dataset({ guarantees: [guarantee({ signed: 'unknown', sources: ['fx'] })] });
    expect(ids(d, '2029-12-31')).toEqual([]);
    expect(ids(d, '2030-01-01')).toEqual(['g']);
  });

  it('with neither a date nor a fact, is assessed on every date', () => {
    expect(ids(dataset({ guarantees: [guarantee()] }), '1990-01-01')).toEqual(['g']);
  });

  it('counts guarantors as bound by the text only when signed and no commitment exists on any date', () => {
    // A ratified treaty binds in full (view.ts: TEXT_ENGAGEMENT).
    const signed = dataset({ guarantees: [guarantee({ signed: '2029-01-01', legalForm: 'ratified-treaty' })] });
    expect(firing(assessed(signed), 'cohesion.share-committed')?.inputs).toMatchObject({ fullyCommitted: 2 });
    expect(factor(assessed(signed), 'cohesion').score.point).toBeGreaterThan(90);
    const unsigned = dataset({ guarantees: [guarantee({ signed: 'unknown' })] });
    expect(factor(assessed(unsigned), 'cohesion').score.point).toBeLessThan(10);
  });

  it('a signed text binds its guarantors before their commitments are on record, and after', () => {
    const later = commitment('c1', 'alpha', 'pledged', {
      history: [{ date: '2030-05-01', status: 'pledged', source: 'fx' }],
    });
    const d = dataset({
      guarantees: [guarantee({ signed: '2029-01-01', legalForm: 'ratified-treaty' })],
      commitments: [later],
    });
    const before = assessed(d, 'g', { asOf: '2030-04-30' });
    const after = assessed(d, 'g', { asOf: '2030-05-01' });
    // The text binds from signing (view.ts: guarantorEngagement); a later pledge never unbinds it.
    expect(factor(before, 'cohesion').score.point).toBeGreaterThan(90);
    expect(factor(after, 'cohesion').score.point).toBe(factor(before, 'cohesion').score.point);
    // Recording a pledge never lowers the score below what nothing on record gave.
    expect(after.credibility.point).toBeGreaterThanOrEqual(before.credibility.point);
  });

  it('history leaves a guarantee out until it exists, as assess does', () => {
    const d = dataset({
      guarantees: [guarantee({ signed: 'unknown' }), guarantee({ id: 'h', signed: '2029-01-01' })],
      commitments: [
        commitment('c1', 'alpha', 'pledged', { history: [{ date: '2030-02-01', status: 'pledged', source: 'fx' }] }),
        commitment('c0', 'alpha', 'pledged', {
          guarantee: 'h',
          history: [{ date: '2029-06-01', status: 'pledged', source: 'fx' }],
        }),
      ],
    });
    const result = credibilityHistory(d);
    if (!result.ok) throw new Error('history failed');
    for (const entry of result.history) {
      const direct = assess(d, { asOf: entry.asOf });
      if (!direct.ok) throw new Error('assess failed');
      expect(entry.guarantees).toEqual(direct.assessment.guarantees);
    }
    expect(result.history[0]!.guarantees.map((g) => g.guarantee)).toEqual(['h']);
    expect(result.history.at(-1)!.guarantees.map((g) => g.guarantee)).toEqual(['g', 'h']);
  });
});
