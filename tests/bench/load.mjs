// Load and validate, against the floor: reading the same files and parsing them with the
// fast YAML parser alone. The ratio is what validation and reference resolution cost.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset } from '@pledgewatch/core';
import jsYaml from 'js-yaml';
import { parseDocument } from 'yaml';
import { ms, ratio, SIZES, sample, spread, syntheticFolder } from './lib.mjs';

function filesBelow(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .map((f) => join(dir, f));
}

export async function benchLoad() {
  const rows = [];
  for (const n of SIZES) {
    const dir = await syntheticFolder(n);
    const files = filesBelow(dir);
    const bytes = files.reduce((sum, f) => sum + readFileSync(f).length, 0);
    const floor = await sample(() => {
      for (const f of files) jsYaml.load(readFileSync(f, 'utf8'), { schema: jsYaml.CORE_SCHEMA });
    });
    const careful = await sample(
      () => {
        for (const f of files) parseDocument(readFileSync(f, 'utf8')).toJS();
      },
      { warmup: 1, runs: n >= 10000 ? 3 : 5 },
    );
    const load = await sample(async () => {
      const r = await loadDataset(dir);
      if (!r.ok) throw new Error(`synthetic dataset of ${n} did not load`);
    });
    rows.push({ stage: 'load + validate', n, bytes, load, floor, careful });
  }
  return rows;
}

export function printLoad(rows) {
  console.log('\n## Load and validate (baseline: read + fast YAML parse of the same files)\n');
  console.log('| commitments | size | load median (spread) ms | floor ms | load ÷ floor | positioned parse alone ms |');
  console.log('|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(
      `| ${r.n} | ${(r.bytes / 1024).toFixed(0)} KB | ${ms(r.load.median)} (${spread(r.load)}) | ${ms(r.floor.median)} | ${ratio(r.load.median, r.floor.median)} | ${ms(r.careful.median)} |`,
    );
  }
}
