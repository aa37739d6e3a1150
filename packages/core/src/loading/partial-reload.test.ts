/**
 * A reload reads, parses and checks only what a save changed; whatever it skips, its result must
 * be the result of loading the folder afresh. Random edits to a copy of the bundled dataset —
 * a status changed in place (often to a word of the same length, so the file keeps its size),
 * an id pointed elsewhere or nowhere, a line deleted, a file removed, copied (duplicate ids) or
 * broken, a file rewritten unchanged — each followed at once by a reload: its diagnostics and
 * dataset equal a full load's of the same files.
 */
import { cp, mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createDatasetLoader, type LoadResult, loadDataset, UNCHANGED } from './load.js';

const BUNDLED = join(import.meta.dirname, '../../../dataset-ukraine/data');
let dir: string;
let files: string[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pw-partial-reload-'));
  files = (await readdir(BUNDLED, { recursive: true })).filter((f) => /\.ya?ml$/.test(f)).sort();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Pairs of the same length (the file keeps its size) and a few that are not. */
const SWAPS: [RegExp, string][] = [
  [/\bdeployed\b/, 'approved'],
  [/\bapproved\b/, 'deployed'],
  [/\bpledged\b/, 'lapsed '],
  [/\bproposed\b/, 'withdrawn'],
  [/\bsupportive\b/, 'opposed'],
  [/\bopen\b/, 'answered'],
];

type Edit =
  | { kind: 'swap'; file: number; swap: number; nth: number }
  | { kind: 'retarget'; file: number; nth: number; to: number }
  | { kind: 'delete-line'; file: number; line: number }
  | { kind: 'remove' | 'copy' | 'break' | 'touch'; file: number };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('swap' as const),
    file: fc.nat(),
    swap: fc.nat(SWAPS.length - 1),
    nth: fc.nat(40),
  }),
  fc.record({ kind: fc.constant('retarget' as const), file: fc.nat(), nth: fc.nat(40), to: fc.nat() }),
  fc.record({ kind: fc.constant('delete-line' as const), file: fc.nat(), line: fc.nat() }),
  fc.record({
    kind: fc.constantFrom('remove' as const, 'copy' as const, 'break' as const, 'touch' as const),
    file: fc.nat(),
  }),
);

/** The nth match of `pattern` in `text` replaced (counting round), or the text as it was. */
function replaceNth(text: string, pattern: RegExp, nth: number, by: (match: string) => string): string {
  const all = [...text.matchAll(new RegExp(pattern.source, 'g'))];
  if (all.length === 0) return text;
  const m = all[nth % all.length]!;
  return text.slice(0, m.index) + by(m[0]) + text.slice(m.index! + m[0].length);
}

const REFERENCE = /\b(guarantee|guarantor|actor|source|adversary|beneficiary): [\w-]+/;

async function apply(edit: Edit): Promise<void> {
  const present = (await readdir(dir, { recursive: true })).filter((f) => /\.ya?ml$/.test(f)).sort();
  // A swap or a retarget edits a file where it has something to edit.
  const wanted = edit.kind === 'swap' ? SWAPS[edit.swap]![0] : edit.kind === 'retarget' ? REFERENCE : /./;
  const candidates: { file: string; text: string }[] = [];
  for (const f of present) {
    const text = await readFile(join(dir, f), 'utf8');
    if (wanted.test(text)) candidates.push({ file: join(dir, f), text });
  }
  if (candidates.length === 0) return;
  const { file, text } = candidates[edit.file % candidates.length]!;
  switch (edit.kind) {
    case 'swap': {
      const [pattern, word] = SWAPS[edit.swap]!;
      await writeFile(
        file,
        replaceNth(text, pattern, edit.nth, () => word),
      );
      return;
    }
    case 'retarget': {
      // An id reference pointed at another id of the dataset, or at one defined nowhere.
      const ids = [...text.matchAll(/\bid: ([\w-]+)/g)].map((m) => m[1]!);
      const target = edit.to % 5 === 0 || ids.length === 0 ? 'nowhere-defined' : ids[edit.to % ids.length]!;
      await writeFile(
        file,
        replaceNth(text, REFERENCE, edit.nth, (m) => `${m.split(':')[0]}: ${target}`),
      );
      return;
    }
    case 'delete-line': {
      const lines = text.split('\n');
      lines.splice(edit.line % lines.length, 1);
      await writeFile(file, lines.join('\n'));
      return;
    }
    case 'remove':
      await unlink(file);
      return;
    case 'copy':
      await writeFile(file.replace(/\.ya?ml$/, '-copy.yaml'), text);
      return;
    case 'break':
      await writeFile(file, `${text}\n  - [unclosed\n`);
      return;
    case 'touch':
      await writeFile(file, text);
      return;
  }
}

const comparable = (r: LoadResult) => ({
  ok: r.ok,
  diagnostics: r.diagnostics,
  dataset: r.dataset,
  files: r.files,
  origins: r.origins,
});

describe('a reload after random edits', () => {
  test('has the diagnostics and the data of a full load of the same files', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(editArb, { minLength: 1, maxLength: 5 }), async (edits) => {
        await rm(dir, { recursive: true, force: true });
        await cp(BUNDLED, dir, { recursive: true });
        // Files are trusted by their metadata 20 ms after their last change (3 s by default), so
        // most reloads here take the unchanged files from memory.
        const loader = createDatasetLoader(dir, { settledMs: 20 });
        let last = await loader.load();
        for (const edit of edits) {
          await apply(edit);
          const reloaded = await loader.reload();
          if (reloaded !== UNCHANGED) last = reloaded;
          expect(comparable(last)).toEqual(comparable(await loadDataset(dir)));
        }
      }),
      { numRuns: 12 },
    );
  }, 120_000);

  test('the bundled dataset has files to edit', () => {
    expect(files.length).toBeGreaterThan(10);
  });
});
