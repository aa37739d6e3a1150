import { describe, expect, it } from 'vitest';
import { matches } from './filter.js';

const row = { guarantor: 'France', capability: 'ground forces', status: 'pledged', guarantee: 'MFU' };

describe('the list filter', () => {
  it('needs every word to match, anywhere in the row', () => {
    expect(matches('france ground', row)).toBe(true);
    expect(matches('France  GROUND ', row)).toBe(true);
    expect(matches('france air', row)).toBe(false);
    expect(matches('', row)).toBe(true);
  });

  it('matches field:value in that field only', () => {
    expect(matches('status:pledged guarantor:france', row)).toBe(true);
    expect(matches('status:deployed guarantor:france', row)).toBe(false);
    expect(matches('guarantor:ground', row)).toBe(false);
    expect(matches('nosuchfield:france', row)).toBe(false);
  });
});
