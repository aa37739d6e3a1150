import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assessment, GuaranteeAssessment } from '../credibility/types.js';
import { loadDataset } from '../loading/load.js';
import type { Dataset } from '../model/dataset.js';
import { buildBriefing } from './build.js';
import { datasetDocumentId, datasetSnapshotJson } from './document-id.js';

const fixture = fileURLToPath(new URL('../../../../tests/fixtures/briefing-basic', import.meta.url));
let dataset: Dataset;

beforeAll(async () => {
  const loaded = await loadDataset(fixture);
  if (!loaded.ok) throw new Error(`fixture invalid: ${JSON.stringify(loaded.diagnostics)}`);
  dataset = loaded.dataset;
});

/** A hand-written assessment in the engine's contract, so the content model is tested alone. */
function assessment(point: number, scenarios: string[] = []): Assessment {
  const guarantee = (id: string, name: string, p: number): GuaranteeAssessment => ({
    guarantee: id,
    name,
    credibility: { low: p - 10, point: p, high: p + 10 },
    viability: { low: 20, point: 30, high: 45 },
    factors: [
      {
        factor: 'commitment',
        weight: 1,
        score: { low: p - 10, point: p, high: p + 10 },
        reasons: [
          {
            rule: 'legal-form',
            title: 'Legal form ties hands',
            factor: 'commitment',
            effect: { low: -5, point: -5, high: -5 },
            inputs: {},
            explanation: 'A political declaration ties hands less than a treaty.',
            citations: [{ key: 'Fearon 1997', reference: 'Fearon, J. (1997) Signaling Foreign Policy Interests.' }],
          },
        ],
      },
    ],
    viabilityReasons: [],
    baseRate: {
      label: 'Alliances honoured, 1945–2003',
      low: 15,
      high: 30,
      citation: { key: 'Berkemeier & Fuhrmann 2018', reference: 'Berkemeier & Fuhrmann (2018)' },
    },
    flags: [],
  });
  return {
    asOf: '2026-02-28',
    profile: {
      id: 'current-calculus',
      name: 'Current calculus',
      weights: { capability: 3, commitment: 3, resolve: 2, cohesion: 2 },
    },
    scenarios,
    guarantees: [
      guarantee('mfu', 'Multinational Force Ukraine', point),
      guarantee('us-ukraine-2024', 'US–Ukraine BSA', 30),
    ],
  };
}

describe('buildBriefing', () => {
  it('numbers endnotes in reading order and lists every source once', () => {
    const b = buildBriefing(dataset, undefined, { asOf: '2026-02-28', standard: 'icd203' });
    expect(b.sources.map((s) => s.number)).toEqual(dataset.sources.map((_, i) => i + 1));
    expect(new Set(b.sources.map((s) => s.source)).size).toBe(dataset.sources.length);
    // The first key judgment cites UPI, so UPI is endnote 1.
    expect(b.judgments[0]!.notes).toEqual([1]);
    expect(b.sources[0]!.source).toBe('upi-2025-08-19');
    const uncited = b.sources.filter((s) => !s.cited);
    expect(uncited.every((s) => s.number > b.sources.filter((x) => x.cited).length)).toBe(true);
  });

  it('keeps likelihood and confidence in separate sentences, in either standard', () => {
    const icd = buildBriefing(dataset, undefined, { asOf: '2026-02-28', standard: 'icd203' });
    const phia = buildBriefing(dataset, undefined, { asOf: '2026-02-28', standard: 'phia' });
    const forceIcd = icd.judgments.find((j) => j.id === 'j-force-deploys')!;
    const forcePhia = phia.judgments.find((j) => j.id === 'j-force-deploys')!;
    expect(forceIcd.likelihoodSentence).toBe('Likelihood: likely (55–80%).');
    // 55–80% runs past PHIA's "likely" (55–75%) into the gap before "highly likely": the band
    // printed is the yardstick's own, and the authors' range is said apart.
    expect(forcePhia.likelihoodSentence).toBe('Likelihood: likely (55–75%).');
    expect(forcePhia.likelihood.imprecise).toBe(true);
    expect(forcePhia.likelihood.note).toContain('55–80%');
    for (const j of [...icd.judgments, ...phia.judgments]) {
      expect(j.likelihoodSentence).not.toMatch(/confidence/);
      expect(j.confidenceSentence).not.toContain(j.likelihood.phrase);
    }
    expect(icd.judgments.find((j) => j.id === 'j-us-ground')!.likelihood.phrase).toBe('almost no chance');
    expect(phia.judgments.find((j) => j.id === 'j-us-ground')!.likelihood.phrase).toBe('remote chance');
  });

  it('grades each commitment once, in the table, and keeps a claim apart from a confirmed fact', () => {
    const b = buildBriefing(dataset, undefined, { asOf: '2026-02-28', standard: 'icd203' });
    const rows = b.commitments.find((t) => t.guarantee === 'mfu')!.rows;
    const row = (who: string) => rows.find((r) => r.guarantor === who && r.capability === 'ground forces')!;
    // The co-chairs' statement is an official text graded A2: confirmed.
    expect(row('United Kingdom')).toMatchObject({ status: 'pledged', sourcing: 'confirmed' });
    // UPI (B2 news report): reported.
    expect(row('United States')).toMatchObject({ status: 'ruled out', sourcing: 'reported', grade: 'B2' });
    // Italy's refusal is known only through a Russian state outlet graded D3: claimed.
    expect(row('Italy')).toMatchObject({ sourcing: 'claimed', grade: 'D3' });
    // Facts are grouped by guarantee and topic, never repeating a commitment.
    for (const t of b.known) for (const f of t.facts) expect(['design', 'conditions', 'positions']).toContain(f.topic);
  });

  it('states as of a date only what was on record then', () => {
    const b = buildBriefing(dataset, undefined, { asOf: '2025-08-20', standard: 'icd203' });
    const rows = b.commitments.flatMap((t) => t.rows.map((r) => r.guarantor));
    expect(rows).not.toContain('Germany');
    expect(b.timeline.map((e) => e.date).every((d) => d <= '2025-08-20')).toBe(true);
    expect(b.judgments).toEqual([]);
  });

  it('lists open questions with the effect of each answer, largest swing first', () => {
    const base = assessment(50);
    const range = (p: number) => ({ low: p - 5, point: p, high: p + 5 });
    base.guarantees[0]!.questions = [
      {
        question: 'q-russia-consent',
        text: 'Would Russia permit a European force in Ukraine?',
        status: 'open',
        answers: [
          { answer: 'accepts', label: 'accepts', credibility: range(55), viability: range(60) },
          { answer: 'rejects', label: 'rejects', credibility: range(50), viability: range(20) },
        ],
        swing: { credibility: 5, viability: 40 },
      },
      {
        question: 'q-us-air',
        text: 'Will the United States back the force with air power?',
        status: 'open',
        answers: [
          { answer: 'yes', label: 'yes', credibility: range(60), viability: range(35) },
          { answer: 'no', label: 'no', credibility: range(40), viability: range(25) },
        ],
        swing: { credibility: 20, viability: 10 },
      },
    ];
    const b = buildBriefing(dataset, base, { asOf: '2026-02-28', standard: 'icd203' });
    // Russia's consent moves viability by 40 points, more than any answer moves anything else.
    expect(b.unknown.questions.map((q) => q.id)).toEqual(['q-russia-consent', 'q-us-air']);
    expect(b.unknown.questions[0]!.swing).toBe(40);
    const yes = b.unknown.questions[1]!.answers.find((a) => a.answer === 'yes')!;
    expect(yes.effects).toEqual([expect.objectContaining({ guarantee: 'mfu', delta: 10, viabilityDelta: 5 })]);
    // The dataset's wording of the answer, not the engine's copy of it.
    expect(yes.label).toBe('The US commits air support');
    // What to watch: the same ranking, the move said for the guarantee it moves most.
    expect(b.watch[0]).toMatchObject({ question: 'q-russia-consent' });
    expect(b.watch[0]!.stakes).toContain('viability would be between 20 and 60');
    // A commitment's unknown size is said once, under its table, not once per commitment.
    expect(b.unknown.gaps.map((g) => g.text).join(' ')).not.toContain('scale');
    expect(b.commitments.find((t) => t.guarantee === 'mfu')!.sizeGap).toMatch(/^No source gives the size of/);
  });

  it('reports changes since a date, with credibility moves', () => {
    const b = buildBriefing(dataset, assessment(50), {
      asOf: '2026-02-28',
      since: '2025-12-31',
      standard: 'icd203',
      previous: assessment(58),
    });
    expect(b.changes!.statusChanges.map((c) => c.text)).toEqual(['Germany — ground forces for MFU: new: conditional.']);
    expect(b.changes!.stanceChanges).toHaveLength(1);
    expect(b.changes!.newSources.map((s) => s.date)).toEqual(['2026-01-06', '2026-01-07', '2026-01-08', '2026-02-09']);
    expect(b.changes!.credibilityMoves.find((m) => m.guarantee === 'mfu')!.delta).toBe(-8);
  });

  it('counts a source dated only to its month as new when the month overlaps the window', () => {
    const monthly = {
      ...dataset,
      sources: [
        ...dataset.sources,
        { ...dataset.sources[0]!, id: 'monthly', title: 'Dated to the month', date: '2026-01' },
      ],
    };
    const titles = (since: string) =>
      buildBriefing(monthly, undefined, {
        asOf: dataset.manifest.asOf,
        since,
        standard: 'icd203',
      }).changes?.newSources.map((s) => s.text) ?? [];
    expect(titles('2026-01-15').some((t) => t.includes('Dated to the month'))).toBe(true);
    expect(titles('2026-01-31').some((t) => t.includes('Dated to the month'))).toBe(false);
  });

  it('compares scenarios with the baseline and says when no assessment exists', () => {
    const b = buildBriefing(dataset, assessment(50), {
      asOf: '2026-02-28',
      standard: 'icd203',
      scenarios: [assessment(57, ['us-air-confirmed'])],
    });
    expect(b.scenarios[0]).toMatchObject({ scenario: 'us-air-confirmed', name: 'US air support confirmed' });
    expect(b.scenarios[0]!.rows.find((r) => r.guarantee === 'mfu')!.delta).toBe(7);
    expect(b.method.rules.map((r) => r.rule)).toEqual(['legal-form']);
    expect(b.cover.bottomLine.join(' ')).toContain('40 ‹50› 60');
    // The anchors are the engine's own scores of the dataset's strongest and weakest designs.
    expect(b.scoreKey.anchors.length).toBeGreaterThan(0);
    for (const a of b.scoreKey.anchors) expect(a.guarantee).not.toBe('mfu');
    const none = buildBriefing(dataset, undefined, { asOf: '2026-02-28', standard: 'icd203' });
    expect(none.credibility.missing).toBeDefined();
    expect(none.scenarios).toEqual([]);
  });

  it('derives the document id from content, not from key order', () => {
    const reverseKeys = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reverseKeys)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([k, x]) => [k, reverseKeys(x)]),
            )
          : v;
    const reordered = reverseKeys(dataset) as Dataset;
    expect(Object.keys(reordered)[0]).not.toBe(Object.keys(dataset)[0]);
    expect(datasetDocumentId(reordered)).toBe(datasetDocumentId(dataset));
    const changed = { ...dataset, manifest: { ...dataset.manifest, title: 'Another title' } };
    expect(datasetDocumentId(changed)).not.toBe(datasetDocumentId(dataset));
    expect(JSON.parse(datasetSnapshotJson(dataset))).toEqual(JSON.parse(JSON.stringify(dataset)));
    expect(datasetDocumentId(dataset)).toMatch(/^[0-9a-f]{10}$/);
  });

  it('neutralises hidden characters in dataset text', () => {
    const tricked = { ...dataset, manifest: { ...dataset.manifest, title: 'Brief\u202eing\u001b[2J' } };
    const b = buildBriefing(tricked, undefined, { asOf: '2026-02-28', standard: 'icd203' });
    expect(b.title).toBe('Brief⟨U+202E⟩ing␛[2J');
  });
});
