import { neutralizeText } from '../text/neutralize.js';

/**
 * The small vocabulary a briefing prints: dates as readers write them, the model's
 * hyphenated enums as words, and every dataset string made safe to show.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025-08-19" → "19 Aug 2025"; "2025-08" → "Aug 2025"; "2025" → "2025"; "unknown" stays. */
export function formatDate(date: string | undefined): string {
  if (date === undefined || date === 'unknown') return 'date unknown';
  const [y, m, d] = date.split('-');
  if (m === undefined) return y!;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d === undefined ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

const WORDS: Record<string, string> = {
  isr: 'intelligence and surveillance',
  'air-power': 'air power',
  'air-defence': 'air defence',
  'un-mandate': 'UN mandate',
  'third-party-backstop': 'third-party backstop',
  'beneficiary-territory': 'in the beneficiary',
  'neighbouring-state': 'in a neighbouring state',
  'usd-m': 'USD m',
  'eur-m': 'EUR m',
  'gbp-m': 'GBP m',
};

/** A model enum as words: "under-discussion" → "under discussion". */
export function words(value: string): string {
  return WORDS[value] ?? value.replace(/-/g, ' ');
}

/** Untrusted dataset text, one line, with hidden characters made visible. */
export function clean(text: string): string {
  return neutralizeText(text, { singleLine: true }).trim();
}

/** A score range as printed: "41–63 (point 52)". */
export function formatRange(r: { low: number; point: number; high: number }): string {
  const n = (x: number) => String(Math.round(x));
  return `${n(r.low)}–${n(r.high)} (point ${n(r.point)})`;
}

export function signed(n: number): string {
  const r = Math.round(n);
  return r > 0 ? `+${r}` : r < 0 ? `−${Math.abs(r)}` : '±0';
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
