// Growth from 1,000 to 10,000 commitments, for every stage measured at sizes: each timing
// (any field of a row that is a summary with a median) as a factor, and the exponent k of
// n^k it implies. Linear is 10× (k = 1); anything above 10× by more than the noise allowance
// is named as worse than linear.
import { ms } from './lib.mjs';

const FROM = 1000;
const TO = 10000;
/** Medians on a busy 2-core machine wobble by ±10% or so: 11× is still read as linear. */
const NOISE = 1.1;

const isSummary = (v) => v !== null && typeof v === 'object' && typeof v.median === 'number';

export function growth(stages) {
  const out = [];
  for (const [stage, rows] of Object.entries(stages)) {
    if (!Array.isArray(rows)) continue;
    const at = (n) => rows.filter((r) => r?.n === n);
    const small = at(FROM);
    const large = at(TO);
    for (const [i, a] of small.entries()) {
      const b = large[i];
      if (!b) continue;
      const label = a.case ?? a.stage ?? stage;
      for (const [key, value] of Object.entries(a)) {
        if (!isSummary(value) || !isSummary(b[key]) || value.median <= 0) continue;
        const factor = b[key].median / value.median;
        out.push({
          stage,
          label,
          measure: key,
          from: value.median,
          to: b[key].median,
          factor,
          exponent: Math.log(factor) / Math.log(TO / FROM),
          worseThanLinear: factor > (TO / FROM) * NOISE,
        });
      }
    }
  }
  return out;
}

export function printGrowth(rows) {
  console.log(
    `\n## Growth from ${FROM.toLocaleString('en')} to ${TO.toLocaleString('en')} commitments (linear = 10×)\n`,
  );
  if (rows.length === 0) {
    console.log(`No stage was measured at both ${FROM} and ${TO} commitments (BENCH_SIZES).`);
    return;
  }
  console.log('| stage | measure | at 1,000 | at 10,000 | factor | n^k, k = | |');
  console.log('|---|---|---:|---:|---:|---:|---|');
  for (const r of rows) {
    const unit = /bytes/i.test(r.measure) ? '' : ' ms';
    const fmt = (x) => (unit ? `${ms(x)}${unit}` : `${Math.round(x)} B`);
    console.log(
      `| ${r.label} | ${r.measure} | ${fmt(r.from)} | ${fmt(r.to)} | ${r.factor.toFixed(1)}× | ${r.exponent.toFixed(2)} | ${r.worseThanLinear ? '**worse than linear**' : ''} |`,
    );
  }
  const worse = rows.filter((r) => r.worseThanLinear);
  console.log(
    worse.length === 0
      ? '\nNothing grows worse than linearly.'
      : `\nWorse than linear: ${worse.map((r) => `${r.label} ${r.measure} (${r.factor.toFixed(1)}×)`).join('; ')}.`,
  );
}
