/**
 * Estimative language: the words analysts' readers expect for a probability.
 * US ICD 203 (2015) tiles 1–99% with seven bands; the UK PHIA probability yardstick
 * leaves deliberate gaps between its bands, so a range in a gap is reported honestly:
 * the nearer term, flagged, with the numbers.
 */

export type EstimativeStandard = 'icd203' | 'phia';

export interface EstimativeTerm {
  /** The term to use in prose. */
  term: string;
  /** Its accepted synonyms in the standard. */
  synonyms: string[];
  /** The band, in percent. */
  min: number;
  max: number;
}

export const ICD203_TERMS: readonly EstimativeTerm[] = [
  { term: 'almost no chance', synonyms: ['remote'], min: 1, max: 5 },
  { term: 'very unlikely', synonyms: ['highly improbable'], min: 5, max: 20 },
  { term: 'unlikely', synonyms: ['improbable'], min: 20, max: 45 },
  { term: 'roughly even chance', synonyms: ['roughly even odds'], min: 45, max: 55 },
  { term: 'likely', synonyms: ['probable'], min: 55, max: 80 },
  { term: 'very likely', synonyms: ['highly probable'], min: 80, max: 95 },
  { term: 'almost certain', synonyms: ['nearly certain'], min: 95, max: 99 },
];

export const PHIA_TERMS: readonly EstimativeTerm[] = [
  { term: 'remote chance', synonyms: [], min: 0, max: 5 },
  { term: 'highly unlikely', synonyms: [], min: 10, max: 20 },
  { term: 'unlikely', synonyms: [], min: 25, max: 35 },
  { term: 'realistic possibility', synonyms: [], min: 40, max: 50 },
  { term: 'likely', synonyms: ['probably'], min: 55, max: 75 },
  { term: 'highly likely', synonyms: [], min: 80, max: 90 },
  { term: 'almost certain', synonyms: [], min: 95, max: 100 },
];

export const ESTIMATIVE_STANDARDS: Record<
  EstimativeStandard,
  { name: string; citation: string; terms: readonly EstimativeTerm[] }
> = {
  icd203: {
    name: 'US ICD 203',
    citation:
      'Office of the Director of National Intelligence, Intelligence Community Directive 203: Analytic Standards (2015)',
    terms: ICD203_TERMS,
  },
  phia: {
    name: 'UK PHIA probability yardstick',
    citation: 'UK Professional Head of Intelligence Assessment, Probability Yardstick (2019 revision)',
    terms: PHIA_TERMS,
  },
};

export interface EstimativeWording {
  standard: EstimativeStandard;
  /** The words to print, e.g. "likely" or "between unlikely and a realistic possibility". */
  phrase: string;
  /** The single term when the range sits in one band. */
  term?: string;
  /** True when the range spans more than one band, or falls in a PHIA gap. */
  imprecise: boolean;
  /** When the range lies wholly in a gap between PHIA bands: the nearer band. */
  inGap?: { nearer: string; lower?: string; upper?: string };
  /** The range in percent as printed beside the words, e.g. "55–80%". */
  numbers: string;
}

function formatPercent(min: number, max: number): string {
  const r = (n: number) => String(Math.round(n));
  return min === max ? `${r(min)}%` : `${r(min)}–${r(max)}%`;
}

/**
 * The wording of a probability range (in percent) in a standard. A range inside one band
 * gets that band's term; a range across bands gets "between X and Y"; a PHIA range in a
 * gap gets the nearer term, marked, and always the numbers.
 */
export function describeLikelihood(
  range: { min: number; max: number },
  standard: EstimativeStandard,
): EstimativeWording {
  const terms = ESTIMATIVE_STANDARDS[standard].terms;
  const lo = Math.min(range.min, range.max);
  const hi = Math.max(range.min, range.max);
  const mid = (lo + hi) / 2;
  const numbers = formatPercent(lo, hi);
  const contains = (t: EstimativeTerm, p: number) => t.min <= p && p <= t.max;

  // One band holds the whole range (ICD 203 bands share their edges: prefer the one holding the midpoint).
  const holding = terms.filter((t) => t.min <= lo && hi <= t.max);
  if (holding.length > 0) {
    const t = holding.find((x) => contains(x, mid)) ?? holding[0]!;
    return { standard, phrase: t.term, term: t.term, imprecise: false, numbers };
  }
  // Bands the range overlaps by more than a shared edge.
  const overlapping = terms.filter(
    (t) => Math.min(hi, t.max) - Math.max(lo, t.min) > 0 || (lo === hi && contains(t, lo)),
  );
  if (overlapping.length === 0) {
    // Wholly in a gap (PHIA) or beyond the ends: the nearer band, flagged as such.
    const distance = (t: EstimativeTerm) => (mid < t.min ? t.min - mid : mid - t.max);
    const nearer = [...terms].sort((a, b) => distance(a) - distance(b))[0]!;
    const lower = [...terms].reverse().find((t) => t.max <= lo)?.term;
    const upper = terms.find((t) => t.min >= hi)?.term;
    return {
      standard,
      phrase: `closest to ${nearer.term} (between the standard's bands)`,
      term: nearer.term,
      imprecise: true,
      inGap: { nearer: nearer.term, ...(lower ? { lower } : {}), ...(upper ? { upper } : {}) },
      numbers,
    };
  }
  const first = overlapping[0]!;
  const last = overlapping[overlapping.length - 1]!;
  if (first === last) return { standard, phrase: first.term, term: first.term, imprecise: true, numbers };
  return { standard, phrase: `between ${first.term} and ${last.term}`, imprecise: true, numbers };
}
