import { describe, expect, it } from 'vitest';
import { SCALE_UNITS } from '../model/commitment.js';
import { formatScale } from './scales.js';

describe('formatScale', () => {
  it('says unknown where no source gives the scale', () => {
    expect(formatScale(undefined)).toBe('unknown');
    expect(formatScale('unknown')).toBe('unknown');
  });

  it('is singular for exactly one, plural otherwise — a range up to one included', () => {
    expect(formatScale({ min: 1, max: 1, unit: 'companies' })).toBe('1 company');
    expect(formatScale({ min: 0, max: 1, unit: 'companies' })).toBe('0–1 companies');
    expect(formatScale({ min: 0, max: 0, unit: 'battalions' })).toBe('0 battalions');
    expect(formatScale({ min: 1, max: 2, unit: 'brigades' })).toBe('1–2 brigades');
    expect(formatScale({ min: 1, max: 1, unit: 'aircraft' })).toBe('1 aircraft');
    expect(formatScale({ min: 1, max: 1, unit: 'troops' })).toBe('1 troop');
  });

  it('groups thousands the same in every locale, and names currencies in millions', () => {
    expect(formatScale({ min: 1000, max: 9999, unit: 'troops' })).toBe('1,000–9,999 troops');
    expect(formatScale({ min: 15000, max: 15000, unit: 'troops' })).toBe('15,000 troops');
    expect(formatScale({ min: 3000, max: 3000, unit: 'gbp-m' })).toBe('3,000 GBP m');
    expect(formatScale({ min: 2.5, max: 2.5, unit: 'usd-m' })).toBe('2.5 USD m');
  });

  it('has words for every unit, one and many', () => {
    for (const unit of SCALE_UNITS) {
      expect(formatScale({ min: 1, max: 1, unit })).toMatch(/^1 [A-Za-z]/);
      expect(formatScale({ min: 2, max: 2, unit })).toMatch(/^2 [A-Za-z]/);
      expect(formatScale({ min: 2, max: 2, unit })).not.toContain('-');
    }
  });
});
