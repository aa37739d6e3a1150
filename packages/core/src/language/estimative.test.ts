import { describe, expect, it } from 'vitest';
import { describeLikelihood, ICD203_TERMS, PHIA_TERMS } from './estimative.js';

describe('estimative language', () => {
  it('names each ICD 203 band by its own range', () => {
    for (const t of ICD203_TERMS) {
      expect(describeLikelihood({ min: t.min, max: t.max }, 'icd203')).toMatchObject({
        phrase: t.term,
        imprecise: false,
      });
    }
  });

  it('names each PHIA band by its own range', () => {
    for (const t of PHIA_TERMS) {
      expect(describeLikelihood({ min: t.min, max: t.max }, 'phia')).toMatchObject({
        phrase: t.term,
        imprecise: false,
      });
    }
  });

  it('gives the same range different words in the two standards', () => {
    expect(describeLikelihood({ min: 60, max: 70 }, 'icd203').term).toBe('likely');
    expect(describeLikelihood({ min: 60, max: 70 }, 'phia').term).toBe('likely');
    expect(describeLikelihood({ min: 83, max: 90 }, 'icd203').term).toBe('very likely');
    expect(describeLikelihood({ min: 83, max: 90 }, 'phia').term).toBe('highly likely');
    expect(describeLikelihood({ min: 45, max: 50 }, 'icd203').term).toBe('roughly even chance');
    expect(describeLikelihood({ min: 45, max: 50 }, 'phia').term).toBe('realistic possibility');
  });

  it('reports a PHIA range that falls in a gap honestly: nearer term, flagged, with the numbers', () => {
    const w = describeLikelihood({ min: 37, max: 39 }, 'phia');
    expect(w.imprecise).toBe(true);
    expect(w.inGap).toEqual({ nearer: 'realistic possibility', lower: 'unlikely', upper: 'realistic possibility' });
    expect(w.phrase).toContain('closest to realistic possibility');
    expect(w.numbers).toBe('37–39%');
    // The same range sits inside one ICD 203 band.
    expect(describeLikelihood({ min: 36, max: 38 }, 'icd203')).toMatchObject({ term: 'unlikely', imprecise: false });
  });

  it('says "between" when a range spans bands', () => {
    expect(describeLikelihood({ min: 30, max: 70 }, 'icd203')).toMatchObject({
      phrase: 'between unlikely and likely',
      imprecise: true,
      numbers: '30–70%',
    });
  });

  it('accepts a point as a range and a reversed range', () => {
    expect(describeLikelihood({ min: 90, max: 90 }, 'icd203').term).toBe('very likely');
    expect(describeLikelihood({ min: 80, max: 55 }, 'icd203').term).toBe('likely');
  });
});
