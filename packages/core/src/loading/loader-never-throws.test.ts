import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { files } from './__fixtures__/minimal.js';
import { DIAGNOSTIC_CODES } from './diagnostic.js';
import { buildDataset, type LoadResult, loadDataset } from './load.js';
import type { DatasetText } from './read.js';

/**
 * Whatever a dataset file holds, loading answers with a dataset or diagnostics — it never
 * throws. Fuzzed four ways: arbitrary text, YAML written from arbitrary structures (some
 * shaped like dataset sections, to get past parsing into validation and resolution), random
 * edits of the bundled dataset's real files, and arbitrary bytes on disk.
 */

const CODES = new Set<string>(DIAGNOSTIC_CODES);

/** The result is well formed: every diagnostic has a known code, a file, a message, and can be located. */
function expectWellFormed(result: LoadResult, fileNames: readonly string[]) {
  expect(typeof result.ok).toBe('boolean');
  if (result.ok) expect(result.dataset).toBeDefined();
  else expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  for (const d of result.diagnostics) {
    expect(CODES.has(d.code), d.code).toBe(true);
    expect(d.message.length).toBeGreaterThan(0);
    expect(typeof d.file).toBe('string');
    if (fileNames.includes(d.file)) result.locate(d.file, d.path);
  }
}

const text = (file: string, body: string): DatasetText => ({ file, text: body, hash: `${body.length}:${body}` });

/** The minimal valid dataset with one more file, or one of its files replaced. */
function withFile(file: string, body: string): DatasetText[] {
  return [...files().filter((f) => f.file !== file), text(file, body)];
}

const FILE_NAMES = ['extra.yaml', 'dataset.yaml', 'actors.yaml', 'guarantees/mfu.yaml', 'sources.yaml'];

const SECTIONS = [
  'dataset',
  'sources',
  'actors',
  'guarantees',
  'commitments',
  'positions',
  'events',
  'questions',
  'judgments',
  'scenarios',
  'profiles',
  '__proto__',
];
const KEYS = [
  'id',
  'name',
  'title',
  'date',
  'status',
  'source',
  'sources',
  'history',
  'guarantee',
  'guarantor',
  'capability',
  'kind',
  'url',
  'asOf',
  'changes',
  'op',
  'answers',
  'conditions',
  'scale',
  'min',
  'max',
  'members',
  'constructor',
  'prototype',
];

/** Values that look like dataset values often enough to reach the validators and the resolver. */
const scalar = fc.oneof(
  fc.constantFrom('s-upi', 'uk', 'ua', 'ru', 'mfu', 'pledged', 'unknown', '2025-02-30', '2026-01-06', 'javascript:x'),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const { value: datasetish } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 5 }),
  ),
}));
const sectionFile = fc.dictionary(fc.constantFrom(...SECTIONS), fc.array(datasetish, { maxLength: 3 }), {
  maxKeys: 3,
});

describe('the loader never throws', () => {
  it('on any text as a file', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FILE_NAMES),
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          // Text made of YAML's own punctuation, where parsers have their corner cases.
          fc.string({ unit: fc.constantFrom(...':-[]{},&*!|>\'"%@`#? \n\t\r\\'.split(''), 'a', '1'), maxLength: 80 }),
        ),
        (file, body) => expectWellFormed(buildDataset(withFile(file, body)), FILE_NAMES),
      ),
      { numRuns: 250 },
    );
  });

  it('on YAML and JSON written from any structure, dataset-shaped or not', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FILE_NAMES),
        fc.oneof(fc.jsonValue({ maxDepth: 4 }), sectionFile),
        fc.boolean(),
        (file, value, asJson) => {
          const body = asJson ? JSON.stringify(value) : stringify(value);
          expectWellFormed(buildDataset(withFile(asJson ? file.replace('.yaml', '.json') : file, body)), [
            ...FILE_NAMES,
            ...FILE_NAMES.map((f) => f.replace('.yaml', '.json')),
          ]);
        },
      ),
      { numRuns: 300 },
    );
  });

  describe('on random edits of the bundled dataset', () => {
    const dir = fileURLToPath(new URL('../../../dataset-ukraine/data', import.meta.url));
    let bundled: DatasetText[] = [];
    beforeAll(async () => {
      const names = (await readdir(dir, { recursive: true })).filter((f) => /\.ya?ml$/.test(f)).sort();
      bundled = await Promise.all(
        names.map(async (name) => text(relative(dir, join(dir, name)), await readFile(join(dir, name), 'utf8'))),
      );
    });

    /** Delete, duplicate or move a slice, insert junk, or swap one word for another of the same file. */
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 200 }) }),
      fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.nat({ max: 200 }) }),
      fc.record({
        kind: fc.constant('insert' as const),
        at: fc.nat(),
        junk: fc.string({ unit: 'binary', maxLength: 8 }),
      }),
      fc.record({ kind: fc.constant('word' as const), from: fc.nat(), to: fc.nat() }),
    );
    type Edit = typeof edit extends fc.Arbitrary<infer E> ? E : never;
    function apply(body: string, e: Edit): string {
      const at = body.length === 0 ? 0 : ('at' in e ? e.at : 0) % body.length;
      switch (e.kind) {
        case 'delete':
          return body.slice(0, at) + body.slice(at + e.length);
        case 'duplicate':
          return body.slice(0, at + e.length) + body.slice(at, at + e.length) + body.slice(at + e.length);
        case 'insert':
          return body.slice(0, at) + e.junk + body.slice(at);
        case 'word': {
          const words = [...body.matchAll(/[\w-]+/g)];
          if (words.length === 0) return body;
          const a = words[e.from % words.length]!;
          const b = words[e.to % words.length]!;
          return body.slice(0, a.index) + b[0] + body.slice(a.index! + a[0].length);
        }
      }
    }

    it('loads the bundled dataset unedited (the baseline the edits start from)', () => {
      expect(bundled.length).toBeGreaterThan(5);
      expect(buildDataset(bundled).ok).toBe(true);
    });

    it('with one to three edits in one file', () => {
      // Unchanged files come from the cache, as in the dashboard's reloads: each run re-parses one file.
      const cache = new Map();
      fc.assert(
        fc.property(fc.nat(), fc.array(edit, { minLength: 1, maxLength: 3 }), (pick, edits) => {
          const target = bundled[pick % bundled.length]!;
          const body = edits.reduce(apply, target.text);
          const texts = bundled.map((f) => (f === target ? text(f.file, body) : f));
          expectWellFormed(
            buildDataset(texts, { cache }),
            texts.map((f) => f.file),
          );
        }),
        { numRuns: 100 },
      );
    });
  });

  describe('on any bytes in a file on disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pledgewatch-fuzz-bytes-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    beforeAll(() => {
      for (const f of files()) writeFileSync(join(dir, f.file.replace('/', '-')), f.text);
    });

    it('reads, refuses or loads — never rejects', async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
          writeFileSync(join(dir, 'fuzzed.yaml'), bytes);
          const result = await loadDataset(dir);
          expectWellFormed(result, ['fuzzed.yaml']);
          const utf8 = (() => {
            try {
              new TextDecoder('utf-8', { fatal: true }).decode(bytes);
              return true;
            } catch {
              return false;
            }
          })();
          if (!utf8) expect(result.diagnostics.map((d) => `${d.file} ${d.code}`)).toContain('fuzzed.yaml encoding');
        }),
        { numRuns: 60 },
      );
    });
  });
});
