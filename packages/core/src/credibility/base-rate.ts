import type { Guarantee } from '../model/guarantee.js';
import { CITATIONS } from './citations.js';
import type { BaseRate } from './types.js';

/**
 * The reference-class base rate for a guarantee, shown beside its score as context and never
 * mixed into it. Alliances were honoured about 75% of the time in 1816–1944 (Leeds, Long &
 * Mitchell 2000); re-coded over 1816–2003, only about 22% after 1945, and defence pacts about
 * 41% overall (Berkemeier & Fuhrmann 2018). The band spans the published estimates for the
 * class: a prior this uncertain is honestly a wide band.
 */
export function baseRate(guarantee: Pick<Guarantee, 'obligation'>): BaseRate {
  if (guarantee.obligation === 'defence') {
    return {
      label: 'Defence pacts honoured when the casus foederis arose',
      low: 41,
      high: 75,
      citation: CITATIONS.berkemeierFuhrmann2018,
      citations: [CITATIONS.berkemeierFuhrmann2018, CITATIONS.leedsLongMitchell2000],
      note: 'About 41% for defence pacts over 1816–2003 (Berkemeier & Fuhrmann 2018); about 75% for all alliances in 1816–1944 (Leeds, Long & Mitchell 2000).',
    };
  }
  return {
    label:
      guarantee.obligation === 'assurance'
        ? 'Alliance commitments honoured (assurances are outside the reference class; shown for scale)'
        : 'Alliance commitments honoured when the casus foederis arose',
    low: 22,
    high: 75,
    citation: CITATIONS.berkemeierFuhrmann2018,
    citations: [CITATIONS.berkemeierFuhrmann2018, CITATIONS.leedsLongMitchell2000],
    note: 'About 22% after 1945 (Berkemeier & Fuhrmann 2018); about 75% in 1816–1944 (Leeds, Long & Mitchell 2000).',
  };
}
