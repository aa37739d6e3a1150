// The credibility engine at each size: assess (with every open question's answers),
// the sensitivity ranking, and the history over every change date, against the floor of
// folding every commitment's history once (snapshotAt) — the least any assessment must do.
import { assess, changeDates, credibilityHistory, loadDataset, sensitivity, snapshotAt } from '@pledgewatch/core';
import { ms, ratio, SIZES, sample, spread, syntheticFolder } from './lib.mjs';

export async function bench() {
  const rows = [];
  for (const n of SIZES) {
    const loaded = await loadDataset(await syntheticFolder(n));
    if (!loaded.ok) throw new Error(`synthetic dataset of ${n} did not load`);
    const d = loaded.dataset;
    const runs = n >= 10000 ? 3 : 5;
    const floor = await sample(() => snapshotAt(d), { runs });
    // `assess` keeps each guarantee's result while its inputs are the same objects
    // (credibility/reuse.ts): every run gets fresh actor objects, so each one evaluates every
    // guarantee as a first assessment of a newly loaded dataset does.
    const fresh = () => ({ ...d, actors: d.actors.map((a) => ({ ...a })) });
    const assessed = await sample(
      () => {
        if (!assess(fresh()).ok) throw new Error('assess failed');
      },
      { runs },
    );
    const ranked = await sample(
      () => {
        if (!sensitivity(fresh()).ok) throw new Error('sensitivity failed');
      },
      { runs },
    );
    const history = await sample(
      () => {
        if (!credibilityHistory(d).ok) throw new Error('history failed');
      },
      { warmup: 0, runs: n >= 10000 ? 1 : 3 },
    );
    rows.push({
      n,
      guarantees: d.guarantees.length,
      questions: d.questions.length,
      dates: changeDates(d).length,
      floor,
      assessed,
      ranked,
      history,
    });
  }
  return rows;
}

export function print(rows) {
  console.log('\n## Credibility engine (baseline: folding every history once with snapshotAt)\n');
  console.log(
    '| commitments | guarantees | questions | change dates | assess median (spread) ms | sensitivity ms | history ms | assess ÷ floor | floor ms |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(
      `| ${r.n} | ${r.guarantees} | ${r.questions} | ${r.dates} | ${ms(r.assessed.median)} (${spread(r.assessed)}) | ${ms(r.ranked.median)} | ${ms(r.history.median)} | ${ratio(r.assessed.median, r.floor.median)} | ${ms(r.floor.median)} |`,
    );
  }
}
