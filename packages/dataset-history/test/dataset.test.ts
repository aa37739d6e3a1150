import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { citedSources, type Dataset, type LoadResult, loadDataset, outcomesFileSchema } from '@pledgewatch/core';
import { CORE_SCHEMA, load as parseYaml } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { datasetDir, outcomesFile } from '../index.js';

/**
 * The historical dataset is the backtest's ground truth: it must load clean, pair every case with
 * exactly one outcome kept outside the folder the engine reads, and trace every fact to a graded source.
 */

interface OutcomeSource {
  title: string;
  outlet?: string;
  date?: string;
  url?: string;
}
interface OutcomeCase {
  guarantee: string;
  asOf: string;
  test: string;
  outcome: string;
  note: string;
  sources: (OutcomeSource | string)[];
}

let result: LoadResult;
let dataset: Dataset;
let cases: OutcomeCase[];
let outcomesText: string;

beforeAll(async () => {
  result = await loadDataset(datasetDir);
  if (!result.ok) throw new Error(`the history dataset does not load: ${JSON.stringify(result.diagnostics, null, 1)}`);
  dataset = result.dataset;
  outcomesText = await readFile(outcomesFile, 'utf8');
  const parsed = parseYaml(outcomesText, { schema: CORE_SCHEMA }) as { cases: OutcomeCase[] };
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

  it('labels every outcome from the four labels, dated, described, noted and sourced', () => {
    for (const c of cases) {
      expect(['deterred', 'honoured', 'mixed', 'not-honoured'], c.guarantee).toContain(c.outcome);
      expect(typeof c.asOf, `${c.guarantee}: asOf is quoted, a string`).toBe('string');
      expect(c.asOf, c.guarantee).toMatch(isoDate);
      expect(c.test.length, `${c.guarantee}: test says what happened`).toBeGreaterThan(20);
      expect(c.note.length, c.guarantee).toBeGreaterThan(40);
      expect(c.sources.length, c.guarantee).toBeGreaterThan(0);
      for (const s of c.sources) {
        // Outcome sources cite outside the dataset on purpose: objects, never ids of data/.
        expect(typeof s, `${c.guarantee}: ${JSON.stringify(s)}`).toBe('object');
        const source = s as OutcomeSource;
        expect(source.title && source.outlet && source.url, `${c.guarantee}: ${JSON.stringify(s)}`).toBeTruthy();
      }
    }
  });

  it('follows the backtest contract (outcomesFileSchema, docs/backtest.md)', () => {
    const parsed = outcomesFileSchema.safeParse({ cases });
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('grades every outcome source on the Admiralty scale (the comment above it)', () => {
    const grades = [...outcomesText.matchAll(/^\s*# grade: ([A-F][1-6])\s*$/gm)];
    const sourceCount = cases.reduce((n, c) => n + c.sources.length, 0);
    expect(grades.length).toBe(sourceCount);
    // Each grade comment sits directly above a source entry.
    const lines = outcomesText.split('\n');
    lines.forEach((line, i) => {
      if (/^\s*# grade: /.test(line)) expect(lines[i + 1], `line ${i + 2}`).toMatch(/^\s*- title: /);
    });
  });

  it('records nothing in a case dated after its test (the pre-test state only)', () => {
    const testOf = new Map(cases.map((c) => [c.guarantee, c.asOf]));
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

  it('dates the local balance, hedges, breaches and patrons on or before the case (nothing from after the test)', () => {
    const asOfOf = new Map(cases.map((c) => [c.guarantee, c.asOf]));
    for (const g of dataset.guarantees) {
      const asOf = asOfOf.get(g.id)!;
      for (const f of g.balance ?? []) if (f.date) expect(f.date <= asOf, `${g.id} balance ${f.date}`).toBe(true);
      for (const h of g.hedges ?? []) expect(h.date <= asOf, `${g.id} hedge ${h.date}`).toBe(true);
      for (const b of g.breaches ?? []) {
        expect(b.date <= asOf, `${g.id} breach ${b.date}`).toBe(true);
        for (const r of b.responses ?? []) if (r.date) expect(r.date <= asOf, `${g.id} response ${r.date}`).toBe(true);
      }
      for (const p of g.adversaryPatrons ?? [])
        if (p.since) expect(p.since <= asOf, `${g.id} patron ${p.since}`).toBe(true);
      for (const f of g.balance ?? []) {
        const parties = new Set([g.beneficiary, g.adversary, ...g.guarantors]);
        expect(parties.has(f.party), `${g.id} balance party ${f.party}`).toBe(true);
      }
    }
  });

  it('encodes the case facts the sources give: neutrality, discretionary triggers, scope, nuclear dates', () => {
    const byId = (id: string) => dataset.guarantees.find((g) => g.id === id)!;
    expect(byId('luxembourg-1867').obligation).toBe('guarantee-of-neutrality');
    for (const id of ['us-japan-1960', 'laos-1960', 'turkey-2012', 'uk-finland-2022', 'uk-sweden-2022']) {
      const trigger = byId(id).trigger;
      expect(trigger !== 'unknown' && trigger.kind, id).toBe('discretionary');
    }
    // The US read its SEATO undertaking as covering communist aggression only: India is outside it.
    for (const id of ['pakistan-1965', 'pakistan-1971']) {
      expect(byId(id).conditions?.find((c) => c.kind === 'scope')?.status, id).toBe('unmet');
    }
    const actor = (id: string) => dataset.actors.find((a) => a.id === id)!;
    expect(actor('uk').nuclearSince?.date).toBe('1952-10-03');
    // Before the first test (16 July 1945) no one was nuclear-armed: every pre-1945 case's parties
    // have a known status, so resolve.escalation-risk is exact there, not a span from 0 to -20.
    for (const c of cases.filter((x) => x.asOf < '1945-07-16')) {
      const g = byId(c.guarantee);
      for (const id of [g.adversary, ...g.guarantors]) {
        const fact = actor(id).nuclearArmed;
        const known = fact !== undefined && fact !== 'unknown' && fact.value !== 'unknown';
        expect(known, `${c.guarantee}: ${id}`).toBe(true);
      }
    }
    expect(actor('russia').meansLost?.[0]).toMatchObject({ date: '2022-02-24', kind: 'lost-means' });
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
