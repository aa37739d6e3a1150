import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { citedSources, type Dataset, type LoadResult, loadDataset } from '@pledgewatch/core';
import { CORE_SCHEMA, load as parseYaml } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { datasetDir, outcomesFile } from '../index.js';

/**
 * The historical dataset is the backtest's ground truth: it must load clean, pair every case with
 * exactly one outcome kept outside the folder the engine reads, and trace every fact to a graded source.
 */

interface OutcomeSource {
  title: string;
  publisher: string;
  date: string;
  url: string;
  grade: string;
}
interface OutcomeCase {
  guarantee: string;
  asOf: string;
  test: string;
  outcome: string;
  note: string;
  sources: OutcomeSource[];
}

let result: LoadResult;
let dataset: Dataset;
let cases: OutcomeCase[];

beforeAll(async () => {
  result = await loadDataset(datasetDir);
  if (!result.ok) throw new Error(`the history dataset does not load: ${JSON.stringify(result.diagnostics, null, 1)}`);
  dataset = result.dataset;
  const parsed = parseYaml(await readFile(outcomesFile, 'utf8'), { schema: CORE_SCHEMA }) as { cases: OutcomeCase[] };
  cases = parsed.cases;
});

/** Every `source`/`sources` reference anywhere below `value`, with the path it sits at. */
function allCitations(value: unknown, path = ''): { path: string; id: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => allCitations(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const out: { path: string; id: string }[] = [];
  for (const [key, v] of Object.entries(value)) {
    if (key === 'source' && typeof v === 'string') out.push({ path, id: v });
    else if (key === 'sources' && Array.isArray(v)) for (const id of v) out.push({ path, id: String(id) });
    else out.push(...allCitations(v, `${path}.${key}`));
  }
  return out;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

describe('the historical dataset', () => {
  it('loads with no diagnostics at all, not even warnings', () => {
    expect(result.diagnostics).toEqual([]);
    expect(dataset.manifest.id).toBe('history-guarantees');
  });

  it('keeps the outcomes outside the folder the engine reads', () => {
    const rel = relative(resolve(datasetDir), resolve(outcomesFile));
    expect(rel.startsWith('..')).toBe(true);
  });

  it('pairs every case with exactly one outcome, and every outcome with a case', () => {
    const guaranteeIds = dataset.guarantees.map((g) => g.id).sort();
    const outcomeIds = cases.map((c) => c.guarantee).sort();
    expect(outcomeIds).toEqual(guaranteeIds);
    expect(new Set(outcomeIds).size).toBe(outcomeIds.length);
  });

  it('labels every outcome from the four labels, dated, noted and sourced', () => {
    for (const c of cases) {
      expect(['deterred', 'honoured', 'mixed', 'not-honoured'], c.guarantee).toContain(c.outcome);
      expect(String(c.asOf), c.guarantee).toMatch(isoDate);
      expect(String(c.test), c.guarantee).toMatch(isoDate);
      expect(String(c.asOf) < String(c.test), `${c.guarantee}: asOf before test`).toBe(true);
      expect(c.note.length, c.guarantee).toBeGreaterThan(40);
      expect(c.sources.length, c.guarantee).toBeGreaterThan(0);
      for (const s of c.sources) {
        expect(s.title && s.publisher && s.url, `${c.guarantee}: ${JSON.stringify(s)}`).toBeTruthy();
        expect(s.grade, `${c.guarantee}: ${s.title}`).toMatch(/^[A-F][1-6]$/);
      }
    }
  });

  it('records nothing in a case dated after its test (the pre-test state only)', () => {
    const testOf = new Map(cases.map((c) => [c.guarantee, String(c.asOf)]));
    for (const c of dataset.commitments) {
      const asOf = testOf.get(c.guarantee)!;
      for (const h of c.history) expect(h.date <= asOf, `${c.id} ${h.date} after ${asOf}`).toBe(true);
    }
    for (const p of dataset.positions) {
      const asOf = testOf.get(p.guarantee)!;
      for (const h of p.history) expect(h.date <= asOf, `${p.id} ${h.date} after ${asOf}`).toBe(true);
    }
    for (const e of dataset.events) {
      for (const g of e.guarantees ?? []) {
        expect(e.date <= testOf.get(g)!, `${e.id} ${e.date} after the as-of date of ${g}`).toBe(true);
      }
    }
    for (const g of dataset.guarantees) {
      for (const change of g.changesSinceSigning ?? []) {
        expect(change.date <= testOf.get(g.id)!, `${g.id}: change of ${change.date}`).toBe(true);
      }
    }
  });

  it('cites an existing source for every fact, and cites every source it lists', () => {
    const sourceIds = new Set(dataset.sources.map((s) => s.id));
    const mustCite = [
      ...dataset.commitments.flatMap((c) => c.history.map((h, i) => [`${c.id}.history[${i}]`, h] as const)),
      ...dataset.positions.flatMap((p) => p.history.map((h, i) => [`${p.id}.history[${i}]`, h] as const)),
      ...dataset.events.map((e) => [e.id, e] as const),
    ];
    for (const [where, entry] of mustCite) expect(citedSources(entry).length, where).toBeGreaterThan(0);
    const { sources: _list, ...rest } = dataset;
    const cited = allCitations(rest);
    for (const { path, id } of cited) expect(sourceIds.has(id), `${path} cites '${id}'`).toBe(true);
    const used = new Set(cited.map((c) => c.id));
    const unused = [...sourceIds].filter((id) => !used.has(id));
    expect(unused, 'sources listed but never cited').toEqual([]);
  });

  it('gives every source a title, a publisher, a date (or unknown) and an Admiralty grade', () => {
    for (const s of dataset.sources) {
      expect(s.title.length, s.id).toBeGreaterThan(0);
      expect(s.publisher.length, s.id).toBeGreaterThan(0);
      expect(s.date, s.id).toBeDefined();
      expect(`${s.reliability}${s.credibility}`, s.id).toMatch(/^[A-F][1-6]$/);
    }
  });
});
