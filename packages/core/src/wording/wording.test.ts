import { describe, expect, it } from 'vitest';
import { formatDisplayDate } from './dates.js';
import { enumWords, guaranteeLabel, joinAnd, possessive, theName, withArticle } from './labels.js';
import {
  countOf,
  formatAmountRange,
  formatNumber,
  formatPercentRange,
  formatScore,
  formatScoreMove,
  formatScoreRange,
  formatSignedDelta,
  formatSignedScore,
  readableNumbers,
} from './numbers.js';
import { describeScale } from './scales.js';

describe('the one wording of numbers', () => {
  it('writes a score one way: low ‹point› high, the point alone when there is no spread', () => {
    expect(formatScore({ low: 16.2, point: 37.6, high: 67.4 })).toBe('16 ‹38› 67');
    expect(formatScore({ low: 48, point: 48, high: 48 })).toBe('48');
    expect(formatScoreRange({ low: 16.2, point: 37.6, high: 67.4 })).toBe('16–67');
  });

  it('writes a rule’s points the same way, signed, and a move with the point in full', () => {
    expect(formatSignedScore({ low: -40, point: -22.8, high: -5.5 })).toBe('−40 ‹−23› −5');
    expect(formatSignedScore({ low: 0, point: 6, high: 12 })).toBe('±0 ‹+6› +12');
    expect(formatSignedScore({ low: 2.7, point: 2.9, high: 3.1 })).toBe('+3');
    expect(formatScoreMove({ low: 16, point: 38, high: 67 }, { low: 16, point: 41, high: 67 })).toBe('16 ‹38→41› 67');
  });

  it('never prints a raw number or "unbounded" to a reader', () => {
    expect(formatNumber(715000)).toBe('715,000');
    expect(formatNumber(2.5)).toBe('2.5');
    expect(formatNumber(1 / 3)).toBe('0.33');
    expect(formatAmountRange(1500, Number.POSITIVE_INFINITY)).toBe('at least 1,500');
    expect(formatAmountRange(1500, 1500)).toBe('1,500');
    expect(formatAmountRange(1000, 9999)).toBe('1,000–9,999');
    expect(describeScale('unknown')).toBe('size not known');
    expect(describeScale(undefined)).toBe('size not known');
    expect(enumWords('unknown')).toBe('not known');
    expect(readableNumbers('against 715000 adversary troops: a ratio of 0.003–unbounded')).toBe(
      'against 715,000 adversary troops: a ratio of at least 0.003',
    );
    expect(readableNumbers('1,500–unbounded troops in 2026, id q-12345, 3.14159')).toBe(
      'at least 1,500 troops in 2026, id q-12345, 3.14159',
    );
  });

  it('signs deltas and writes percent bands as the standards do', () => {
    expect(formatSignedDelta(4.6)).toBe('+5');
    expect(formatSignedDelta(-3.2)).toBe('−3');
    expect(formatSignedDelta(0.2)).toBe('±0');
    expect(formatPercentRange(80, 90)).toBe('80–90%');
    expect(formatPercentRange(0, 5)).toBe('≤5%');
    expect(formatPercentRange(95, 100)).toBe('≥95%');
    expect(countOf(0, 'commitment')).toBe('no commitment');
    expect(countOf(1500, 'troop')).toBe('1,500 troops');
  });

  it('writes dates as readers do', () => {
    expect(formatDisplayDate('2025-08-19')).toBe('19 Aug 2025');
    expect(formatDisplayDate('2025-08')).toBe('Aug 2025');
    expect(formatDisplayDate('unknown')).toBe('date unknown');
  });
});

describe('the one wording of names', () => {
  it('gives names their article and possessive', () => {
    expect(theName('Netherlands')).toBe('the Netherlands');
    expect(theName('United Kingdom')).toBe('the United Kingdom');
    expect(theName('France')).toBe('France');
    expect(possessive('Netherlands')).toBe('the Netherlands’');
    expect(possessive('United States')).toBe('the United States’');
    expect(possessive('France')).toBe('France’s');
    expect(possessive('Belarus')).toBe('Belarus’s');
    expect(possessive('MFU')).toBe('MFU’s');
  });

  it('chooses a or an by sound', () => {
    expect(withArticle('executive agreement')).toBe('an executive agreement');
    expect(withArticle('defence obligation')).toBe('a defence obligation');
    expect(withArticle('assurance')).toBe('an assurance');
    expect(withArticle('UN mandate')).toBe('a UN mandate');
    expect(withArticle('unilateral pledge')).toBe('a unilateral pledge');
    expect(withArticle('hour')).toBe('an hour');
  });

  it('labels a guarantee by its short name and lists in prose', () => {
    const dataset = { guarantees: [{ id: 'mfu', name: 'Multinational Force Ukraine', shortName: 'MFU' }] };
    expect(guaranteeLabel(dataset as never, 'mfu')).toBe('MFU');
    expect(guaranteeLabel(dataset as never, 'nope')).toBe('nope');
    expect(joinAnd(['France', 'the United Kingdom', 'Estonia'])).toBe('France, the United Kingdom and Estonia');
  });
});
