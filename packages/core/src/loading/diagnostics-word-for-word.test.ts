import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { files } from './__fixtures__/minimal.js';
import type { Diagnostic } from './diagnostic.js';
import { buildDataset, loadDataset } from './load.js';
import type { DatasetText } from './read.js';

/**
 * The loader's words, pinned: every diagnostic (code, file, line, column, path, message, hint)
 * of the committed hostile corpus, of the bundled dataset, and of a fixed sample of generated
 * and edited datasets, compared with a recorded copy. Reshaping the loader must leave each one
 * as it was; a deliberate change of wording is re-recorded, and the commit says why:
 *   PLEDGEWATCH_GOLDEN=record npx vitest run --project core diagnostics-word-for-word
 */

const goldenPath = fileURLToPath(new URL('./__fixtures__/diagnostics.golden.json', import.meta.url));
const corpus = fileURLToPath(new URL('../../../../tests/fixtures/hostile', import.meta.url));
const bundledDir = fileURLToPath(new URL('../../../dataset-ukraine/data', import.meta.url));
const recording = process.env.PLEDGEWATCH_GOLDEN === 'record';

function words(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) =>
    JSON.stringify([d.severity, d.code, d.file, d.line, d.column, d.path, d.message, d.hint]),
  );
}

const digest = (lines: readonly string[]) => createHash('sha256').update(lines.join('\n')).digest('hex');

const text = (file: string, body: string): DatasetText => ({ file, text: body, hash: `${body.length}:${body}` });

const KEYS = ['id', 'name', 'title', 'date', 'status', 'source', 'sources', 'history', 'guarantee', 'guarantor'];
const MORE_KEYS = ['capability', 'kind', 'url', 'asOf', 'changes', 'op', 'answers', 'conditions', 'scale', 'members'];
const SECTIONS = ['dataset', 'sources', 'actors', 'guarantees', 'commitments', 'positions', 'events', 'questions'];
const scalar = fc.oneof(
  fc.constantFrom('s-upi', 'uk', 'ua', 'ru', 'mfu', 'pledged', 'unknown', '2025-02-30', '2026-01-06', 'set-status'),
  fc.string({ maxLength: 10 }),
  fc.integer({ min: -5, max: 5000 }),
  fc.boolean(),
  fc.constant(null),
);
const { value: datasetish } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    scalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...KEYS, ...MORE_KEYS), tie('value'), { maxKeys: 6 }),
  ),
}));
const sectionFile = fc.dictionary(
  fc.constantFrom(...SECTIONS, 'judgments', 'scenarios'),
  fc.array(datasetish, { maxLength: 3 }),
  {
    maxKeys: 3,
  },
);

describe('the loader says the same words', () => {
  const golden: Record<string, string[] | string> = existsSync(goldenPath)
    ? JSON.parse(readFileSync(goldenPath, 'utf8'))
    : {};
  const seen: Record<string, string[] | string> = {};
  const pin = (name: string, value: string[] | string) => {
    seen[name] = value;
    if (!recording) expect(value, name).toEqual(golden[name]);
  };
  let bundled: DatasetText[] = [];
  beforeAll(async () => {
    const names = (await readdir(bundledDir, { recursive: true })).filter((f) => /\.ya?ml$/.test(f)).sort();
    bundled = await Promise.all(names.map(async (n) => text(n, await readFile(join(bundledDir, n), 'utf8'))));
  });

  it('on every committed case of the hostile corpus and the bundled dataset', async () => {
    for (const name of readdirSync(corpus).sort()) {
      const expected = JSON.parse(readFileSync(join(corpus, name, 'expected.json'), 'utf8')) as { make?: string };
      if (expected.make) continue; // made at test time, on disk: pinned by codes in tests/
      pin(`hostile/${name}`, words((await loadDataset(join(corpus, name, 'data'))).diagnostics));
    }
    pin('bundled', words(buildDataset(bundled).diagnostics));
  });

  it('on a fixed sample of generated files beside a small valid dataset', () => {
    const samples = fc.sample(fc.tuple(sectionFile, fc.boolean()), { seed: 18, numRuns: 400 });
    const lines = samples.flatMap(([value, asJson], i) => {
      const body = asJson ? JSON.stringify(value) : stringify(value);
      return [
        `#${i}`,
        ...words(buildDataset([...files(), text(asJson ? 'extra.json' : 'extra.yaml', body)]).diagnostics),
      ];
    });
    pin('generated', digest(lines));
  });

  it('on a fixed sample of word swaps in the bundled dataset', () => {
    const cache = new Map();
    const samples = fc.sample(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { seed: 16, numRuns: 120 });
    const lines = samples.flatMap(([pick, from, to], i) => {
      const target = bundled[pick % bundled.length]!;
      const found = [...target.text.matchAll(/[\w-]+/g)];
      const a = found[from % found.length]!;
      const b = found[to % found.length]!;
      const body = target.text.slice(0, a.index) + b[0] + target.text.slice(a.index! + a[0].length);
      const texts = bundled.map((f) => (f === target ? text(f.file, body) : f));
      return [`#${i}`, ...words(buildDataset(texts, { cache }).diagnostics)];
    });
    pin('bundled-edits', digest(lines));
  });

  it('(records when asked)', () => {
    if (recording) writeFileSync(goldenPath, `${JSON.stringify({ ...golden, ...seen }, null, 2)}\n`);
    expect(Object.keys(golden).length > 0 || recording, 'a recorded copy exists').toBe(true);
  });
});
