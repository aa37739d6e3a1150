import type { Scale, ScaleUnit } from '../model/commitment.js';
import { UNKNOWN } from '../model/common.js';
import { formatAmountRange } from './numbers.js';

/**
 * A commitment's scale as words, the one way both the dashboard and the briefing print it:
 * "1 company", "0–1 companies", "1,000–9,999 troops", "3,000 GBP m".
 * The source's own words (`description`) are left to the caller: they are untrusted text
 * and each output neutralises it its own way.
 */

const PLURAL: Record<ScaleUnit, string> = {
  troops: 'troops',
  companies: 'companies',
  battalions: 'battalions',
  brigades: 'brigades',
  aircraft: 'aircraft',
  ships: 'ships',
  systems: 'systems',
  missiles: 'missiles',
  'usd-m': 'USD m',
  'eur-m': 'EUR m',
  'gbp-m': 'GBP m',
};

const SINGULAR: Record<ScaleUnit, string> = {
  ...PLURAL,
  troops: 'troop',
  companies: 'company',
  battalions: 'battalion',
  brigades: 'brigade',
  ships: 'ship',
  systems: 'system',
  missiles: 'missile',
};

/**
 * "unknown" where no source gives the scale; otherwise the amount (a range where min and
 * max differ) and the unit, singular only for exactly one — a range "0–1" may mean one or
 * none, so it counts "companies", as "0 companies" does.
 */
export function formatScale(scale: Scale | undefined): string {
  if (scale === undefined || scale === UNKNOWN) return 'unknown';
  const { min, max, unit } = scale;
  const amount = formatAmountRange(min, max);
  return `${amount} ${min === 1 && max === 1 ? SINGULAR[unit] : PLURAL[unit]}`;
}

/**
 * The scale for prose and tables a reader sees, where "unknown" alone would read as a value:
 * "size not known" when no source gives it, else as {@link formatScale}.
 */
export function describeScale(scale: Scale | undefined): string {
  return scale === undefined || scale === UNKNOWN ? 'size not known' : formatScale(scale);
}
