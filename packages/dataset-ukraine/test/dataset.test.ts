import {
  citedSources,
  type Dataset,
  INFORMATION_CREDIBILITY,
  knownValue,
  type LoadResult,
  loadDataset,
  SOURCE_RELIABILITY,
} from '@pledgewatch/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { datasetDir } from '../index.js';

/**
 * The bundled dataset is the project's showcase: it must load without a single diagnostic and
 * hold what DOMAIN.md ("The bundled example") requires, with every fact traceable to a graded source.
 */

let result: LoadResult;
let dataset: Dataset;

beforeAll(async () => {
  result = await loadDataset(datasetDir);
  if (!result.ok) throw new Error(`the bundled dataset does not load: ${JSON.stringify(result.diagnostics, null, 1)}`);
  dataset = result.dataset;
});

const byId = <T extends { id: string }>(list: T[], id: string): T => {
  const found = list.find((x) => x.id === id);
  if (!found) throw new Error(`'${id}' is missing`);
  return found;
};

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

describe('the bundled Ukraine dataset', () => {
  it('loads with no diagnostics at all, not even warnings', () => {
    expect(result.diagnostics).toEqual([]);
    expect(dataset.manifest.id).toBe('ukraine-guarantees');
    expect(dataset.manifest.asOf).toBe('2026-07-04');
    expect(dataset.manifest.freshForDays).toBe(30);
    expect(dataset.manifest.defaultProfile).toBe('current-calculus');
  });

  it('has the actors the brief names, with Cyrillic names for Ukraine and Russia', () => {
    for (const id of ['uk', 'france', 'us', 'italy', 'germany', 'poland', 'ukraine', 'russia']) {
      expect(byId(dataset.actors, id).kind).toBe('state');
    }
    expect(byId(dataset.actors, 'ukraine').names).toMatchObject({ uk: 'Україна', ru: 'Украина' });
    expect(byId(dataset.actors, 'russia').names).toMatchObject({ uk: 'Росія', ru: 'Россия' });
    const coalitionMembers = dataset.actors.filter((a) => a.kind === 'state' && a.nato !== undefined);
    expect(coalitionMembers.length).toBeGreaterThanOrEqual(20);
  });

  it('has the six guarantees with the designs their texts describe', () => {
    const mfu = byId(dataset.guarantees, 'mfu');
    const conditions = Object.fromEntries((mfu.conditions ?? []).map((c) => [c.id, c]));
    expect(conditions.ceasefire).toMatchObject({ kind: 'ceasefire', party: 'russia', status: 'unmet' });
    expect(conditions['us-backstop']).toMatchObject({ kind: 'third-party-backstop', party: 'us', status: 'unknown' });
    // Russia must agree to the ceasefire, but the coalition says it cannot veto the force's action.
    expect(mfu.conditions?.some((c) => c.kind === 'adversary-consent')).toBe(false);

    expect(byId(dataset.guarantees, 'us-backstop').guarantors).toEqual(['us']);
    expect(byId(dataset.guarantees, 'budapest-1994')).toMatchObject({ obligation: 'assurance', signed: '1994-12-05' });
    expect(byId(dataset.guarantees, 'uk-ukraine-2024')).toMatchObject({
      obligation: 'consultation',
      trigger: { kind: 'consultation', clockHours: 24 },
      durationYears: 10,
      signed: '2024-01-12',
    });
    expect(byId(dataset.guarantees, 'us-ukraine-2024')).toMatchObject({
      legalForm: 'executive-agreement',
      trigger: { kind: 'consultation', clockHours: 24 },
      signed: '2024-06-13',
    });
    expect(byId(dataset.guarantees, 'nato-article5')).toMatchObject({
      obligation: 'defence',
      legalForm: 'ratified-treaty',
      signed: '1949-04-04',
    });
  });

  it("records Russia's rejection of the force and its demand for a veto, dated and sourced", () => {
    const rejection = byId(dataset.positions, 'russia-mfu');
    expect(rejection).toMatchObject({ actor: 'russia', guarantee: 'mfu' });
    expect(rejection.history.at(-1)?.stance).toBe('rejects');
    expect(rejection.history.length).toBeGreaterThanOrEqual(5);
    const veto = byId(dataset.positions, 'russia-mfu-veto');
    expect(veto).toMatchObject({ actor: 'russia', guarantee: 'mfu' });
    expect(veto.history.every((h) => h.stance === 'demands-veto')).toBe(true);
  });

  it('keeps what each guarantor ruled out apart from what it pledged', () => {
    const latest = (id: string) => byId(dataset.commitments, id).history.at(-1)?.status;
    expect(latest('usb-ground')).toBe('ruled-out');
    expect(latest('mfu-italy-ground')).toBe('ruled-out');
    expect(latest('mfu-poland-ground')).toBe('ruled-out');
    expect(latest('mfu-germany-ground')).toBe('conditional');
    expect(byId(dataset.commitments, 'mfu-germany-ground').location).toBe('neighbouring-state');
    expect(latest('mfu-uk-ground')).toBe('pledged');
    const estonia = byId(dataset.commitments, 'mfu-estonia-ground').scale;
    expect(estonia).toMatchObject({ min: 0, max: 1, unit: 'companies' });
  });

  it('has at least five open questions, each with two or more answers written as changes', () => {
    expect(dataset.questions.length).toBeGreaterThanOrEqual(5);
    for (const q of dataset.questions) {
      expect(q.answers.length, q.id).toBeGreaterThanOrEqual(2);
      for (const a of q.answers) expect(a.changes.length, `${q.id}/${a.id}`).toBeGreaterThan(0);
    }
    // Settled before the old cut-off (audit finding 69): the Élysée says the US is not a formal party.
    const signed = byId(dataset.questions, 'q-us-signed-paris');
    expect(signed.history.at(-1)).toMatchObject({ status: 'answered', answer: 'not-signed' });
    expect(citedSources(signed.history.at(-1)!)).toEqual(
      expect.arrayContaining(['eurointegration-us-not-party-2026-01-07', 'washexam-2026-01-08']),
    );
    expect(byId(dataset.sources, 'ijr-paris-2026-01').credibility).toBeGreaterThanOrEqual(4);
  });

  it('codes the US role after the Paris Declaration no higher than its sources state (audit 42, 53)', () => {
    expect(byId(dataset.positions, 'us-mfu-backstop').history.at(-1)?.stance).toBe('conditional');
    expect(byId(dataset.commitments, 'usb-monitoring').history.at(-1)?.status).toBe('proposed');
    expect(byId(dataset.commitments, 'mfu-norway-training').history.at(-1)?.status).toBe('conditional');
    const estonia = byId(dataset.commitments, 'mfu-estonia-ground');
    expect(estonia.conditions?.map((c) => c.kind)).toEqual(['parliamentary-approval']);
    expect(estonia.history.map((h) => h.date)).toContain('2025-04-30');
    expect(byId(dataset.guarantees, 'uk-ukraine-2024').legalForm).toBe('unknown');
  });

  it('cites the seed article for nothing dated after it was written (August 2025)', () => {
    const dated = [
      ...dataset.commitments.flatMap((c) => c.history),
      ...dataset.positions.flatMap((p) => p.history),
      ...dataset.events,
    ];
    for (const entry of dated) {
      if (citedSources(entry).includes('depetris-2025')) expect(entry.date <= '2025-08-31', entry.date).toBe(true);
    }
  });

  it('gives every judgment a horizon after its date, so it can be scored', () => {
    for (const j of dataset.judgments) {
      expect(j.reviewBy, j.id).toBeDefined();
      expect(j.reviewBy! > j.date, j.id).toBe(true);
    }
  });

  it('gives every source a title from the source itself: none is a placeholder (issue 12)', () => {
    // A headline no public copy gives is not stood in for with "(title not captured)": the source is
    // replaced by one whose title is known, or its bracketed title says the headline was not found.
    for (const s of dataset.sources) {
      expect(s.title, s.id).not.toMatch(/title not captured|untitled|headline as in the page address/i);
      if (s.title.startsWith('[')) expect(s.title, s.id).toMatch(/^\[.* headline not found in any copy\] /);
    }
  });

  it('cites the Paris Declaration from its official homes: the Élysée and the EU Delegation (issue 12)', () => {
    const paris = byId(dataset.events, 'paris-declaration');
    expect(citedSources(paris)).toEqual(
      expect.arrayContaining(['elysee-summit-2026-01-06', 'eeas-paris-declaration-2026-01-06']),
    );
    expect(byId(dataset.sources, 'elysee-summit-2026-01-06').url).toMatch(/^https:\/\/www\.elysee\.fr\//);
  });

  it('cites every source somewhere, and gives every Cyrillic title a translation beside it', () => {
    const { sources, ...rest } = dataset;
    const cited = new Set(allCitations(rest).map((c) => c.id));
    expect(sources.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual([]);
    for (const s of sources) if (/[\u0400-\u04FF]/.test(s.title)) expect(s.title, s.id).toMatch(/“[^”]*[A-Za-z][^”]*”/);
  });

  it('has at least two scenarios and keeps likelihood apart from confidence in its judgments', () => {
    expect(dataset.scenarios.length).toBeGreaterThanOrEqual(2);
    expect(dataset.judgments.length).toBeGreaterThan(0);
    for (const j of dataset.judgments) {
      expect(j.likelihood.min).toBeLessThanOrEqual(j.likelihood.max);
      expect(['high', 'moderate', 'low']).toContain(j.confidence);
      expect(j.basis, j.id).toMatch(/dataset authors' assessment/i);
    }
  });

  it('cites an existing source for every status entry, stance, event and judgment', () => {
    const sourceIds = new Set(dataset.sources.map((s) => s.id));
    const mustCite: (readonly [string, { source?: string; sources?: string[] }])[] = [
      ...dataset.commitments.flatMap((c) => c.history.map((h, i) => [`${c.id}.history[${i}]`, h] as const)),
      ...dataset.positions.flatMap((p) => p.history.map((h, i) => [`${p.id}.history[${i}]`, h] as const)),
      ...dataset.events.map((e) => [e.id, e] as const),
      ...dataset.judgments.map((j) => [j.id, j] as const),
    ];
    for (const [where, entry] of mustCite) {
      const cited = citedSources(entry);
      expect(cited.length, where).toBeGreaterThan(0);
      for (const id of cited) expect(sourceIds.has(id), `${where} cites '${id}'`).toBe(true);
    }
    // And no citation anywhere else points at a missing source.
    const { sources: _list, ...cited } = dataset;
    for (const { path, id } of allCitations(cited)) expect(sourceIds.has(id), `${path} cites '${id}'`).toBe(true);
  });

  it('grades every source on both Admiralty scales and cites the seed article as analysis', () => {
    for (const s of dataset.sources) {
      expect(SOURCE_RELIABILITY, s.id).toContain(s.reliability);
      expect(INFORMATION_CREDIBILITY, s.id).toContain(s.credibility);
    }
    // The seed article's outlet, title, date and address were found (its page's text is the seed's).
    expect(byId(dataset.sources, 'depetris-2025')).toMatchObject({
      kind: 'analysis',
      publisher: 'Defense Priorities',
      title: 'What do ‘security guarantees’ mean for Ukraine?',
      date: '2025-08-22',
      url: 'https://www.defensepriorities.org/opinion/what-do-security-guarantees-mean-for-ukraine',
    });
  });

  it('never writes 0 for an unknown indicator: a zero is sourced and explained, key ones are explicit', () => {
    const key = [
      'activePersonnel',
      'combatAircraft',
      'mainBattleTanks',
      'defenceSpendingPctGdp',
      'defenceSpendingUsdBn',
    ];
    for (const actor of dataset.actors) {
      for (const [name, fact] of Object.entries(actor.indicators ?? {})) {
        const value = knownValue(fact);
        if (value === undefined) continue;
        expect(citedSources(fact).length, `${actor.id}.${name}`).toBeGreaterThan(0);
        if (value === 0) expect(typeof fact === 'object' && fact.note, `${actor.id}.${name} is 0`).toBeTruthy();
      }
    }
    for (const id of ['uk', 'france', 'us', 'italy', 'germany', 'poland', 'ukraine', 'russia']) {
      const indicators = byId(dataset.actors, id).indicators ?? {};
      for (const name of key) expect(Object.keys(indicators), `${id} writes ${name}`).toContain(name);
    }
    expect(knownValue(byId(dataset.actors, 'russia').indicators?.forcesInTheatre)).toBeGreaterThan(0);
  });
});
