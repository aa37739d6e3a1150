/**
 * `recordFact` edits a dataset's files in place: one new fact, the rest of each file byte for
 * byte as it was. Longer than 300 lines on purpose: the small dataset written out at the top
 * (its comments and layout are what the edits must keep) is shared by every case.
 */
import { readFileSync } from 'node:fs';
import { datasetDir } from '@pledgewatch/dataset-ukraine';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../loading/load.js';
import { readDatasetFolder } from '../loading/read.js';
import { type RecordRequest, recordFact } from './record.js';

const files = (texts: Record<string, string>) =>
  Object.entries(texts).map(([file, text]) => ({ file, text, hash: text }));

const DATASET = `dataset: { id: t, title: T, asOf: 2026-03-31 }
`;
const SOURCES = `# every source, graded
sources:
  - id: s1
    title: "First report"   # quoted on purpose
    publisher: Agency
    date: 2026-01-06
    kind: news-report
    reliability: B
    credibility: 2
`;
const MFU = `# The force and its commitments.
guarantees:
  - { id: mfu, name: Multinational Force Ukraine, shortName: MFU, beneficiary: ua, adversary: ru, guarantors: [uk, fr],
      obligation: unknown, legalForm: political-declaration, trigger: unknown, source: s1 }
commitments:
  - id: mfu-uk-ground
    guarantee: mfu
    guarantor: uk
    capability: ground-forces
    history:
      - { date: 2026-01-06, status: proposed, source: s1 }   # first word
      - { date: 2026-02-10, status: pledged, source: s1 }

  # France, kept apart
  - id: mfu-fr-ground
    guarantee: mfu
    guarantor: fr
    capability: ground-forces
    scale: unknown
    history:
      - date: 2026-01-06
        status: pledged
        note: >-
          A long note that the yaml library would re-fold if the file were dumped again rather than
          edited in place.
        source: s1
positions:
  - id: ru-mfu
    actor: ru
    guarantee: mfu
    summary: Russia rejects it
    history:
      - { date: 2026-01-06, stance: rejects, source: s1 }
questions:
  - id: us-air
    question: Will the US back the force from the air?
    why: It would tie the US in.
    answers:
      - { id: yes, label: The US pledges air support, changes: [] }
      - { id: no, label: The US declines, changes: [] }
    history:
      - { date: 2026-01-06, status: open, source: s1 }
`;
const ACTORS = `actors:
  - { id: ua, name: Ukraine, kind: state }
  - { id: ru, name: Russia, kind: state }
  - { id: uk, name: United Kingdom, kind: state }
  - { id: fr, name: France, kind: state }
`;
const BASE = files({ 'dataset.yaml': DATASET, 'sources.yaml': SOURCES, 'mfu.yaml': MFU, 'actors.yaml': ACTORS });

function recorded(request: RecordRequest) {
  const result = recordFact(BASE, request);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result;
}

/** The lines of `after` that are not in `before`, assuming `after` only adds lines. */
function addedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  expect(a.length - start - end).toBe(0);
  return b.slice(start, b.length - end);
}

describe('record status', () => {
  it('adds one flow entry in date order among flow entries and changes nothing else', () => {
    const r = recorded({
      kind: 'status',
      commitment: 'uk ground',
      status: 'deploying',
      date: '2026-03-01',
      source: 's1',
    });
    expect(r.edit.file).toBe('mfu.yaml');
    expect(addedLines(MFU, r.edit.after)).toEqual(['      - { date: 2026-03-01, status: deploying, source: s1 }']);
    expect(r.summary).toContain('United Kingdom ground forces (MFU): deploying from 2026-03-01');
    const history = r.dataset.commitments.find((c) => c.id === 'mfu-uk-ground')!.history;
    expect(history.map((h) => h.status)).toEqual(['proposed', 'pledged', 'deploying']);
  });

  it('puts an earlier-dated entry where its date belongs, after the comment of the entry before', () => {
    const r = recorded({
      kind: 'status',
      commitment: 'mfu-uk-ground',
      status: 'conditional',
      date: '2026-01-20',
      source: 'agency',
    });
    expect(addedLines(MFU, r.edit.after)).toEqual(['      - { date: 2026-01-20, status: conditional, source: s1 }']);
    expect(r.edit.after).toContain('# first word\n      - { date: 2026-01-20');
  });

  it('writes a block entry among block entries, and a scale in flow style where the key is', () => {
    const r = recorded({
      kind: 'status',
      commitment: 'france',
      status: 'deploying',
      date: '2026-03-02',
      source: 's1',
      note: 'Paris: "first units move" # not a comment',
      scale: '1000-2000 troops',
    });
    expect(r.edit.after).toContain('    scale: { min: 1000, max: 2000, unit: troops, source: s1 }\n');
    expect(r.edit.after).toContain(
      `        source: s1\n      - date: 2026-03-02\n        status: deploying\n        note: 'Paris: "first units move" # not a comment'\n        source: s1\n`,
    );
    expect(r.dataset.commitments.find((c) => c.id === 'mfu-fr-ground')!.history[1]!.note).toBe(
      'Paris: "first units move" # not a comment',
    );
  });

  it('lists the candidates of an ambiguous name and suggests the id nearest a typo', () => {
    const ambiguous = recordFact(BASE, {
      kind: 'status',
      commitment: 'ground',
      status: 'pledged',
      date: '2026-03-01',
      source: 's1',
    });
    expect(ambiguous.ok).toBe(false);
    if (ambiguous.ok) return;
    expect(ambiguous.problem.code).toBe('ambiguous-name');
    expect(ambiguous.problem.candidates?.map((c) => c.id)).toEqual(['mfu-uk-ground', 'mfu-fr-ground']);
    const typo = recordFact(BASE, {
      kind: 'status',
      commitment: 'mfu-uk-grond',
      status: 'pleged',
      date: '2026-03-01',
      source: 's1',
    });
    expect(typo.ok || typo.problem).toMatchObject({ code: 'unknown-name', hint: "did you mean 'mfu-uk-ground'?" });
  });

  it('refuses a malformed status or date before touching anything', () => {
    const status = recordFact(BASE, {
      kind: 'status',
      commitment: 'uk',
      status: 'pleged',
      date: '2026-03-01',
      source: 's1',
    });
    expect(status.ok || status.problem || status.problem).toMatchObject({
      code: 'invalid-value',
      hint: expect.stringContaining("'pledged'"),
    });
    const date = recordFact(BASE, {
      kind: 'status',
      commitment: 'uk',
      status: 'pledged',
      date: '2026-02-30',
      source: 's1',
    });
    expect(date.ok || date.problem.message).toContain('does not exist');
  });
});

describe('a record that would break the dataset', () => {
  it('returns the diagnostics and no edit', () => {
    const broken = recordFact(BASE, {
      kind: 'commitment',
      guarantee: 'mfu',
      guarantor: 'ru',
      capability: 'naval',
      status: 'pledged',
      date: '2026-03-01',
      source: 's1',
    });
    expect(broken.ok).toBe(true); // a new commitment by a non-guarantor is allowed by the loader …
    const bad = files({
      'dataset.yaml': DATASET,
      'sources.yaml': SOURCES,
      'mfu.yaml': MFU.replace('source: s1 }   # first word', 'source: s9 }   # first word'),
      'actors.yaml': ACTORS,
    });
    const refused = recordFact(bad, {
      kind: 'status',
      commitment: 'uk',
      status: 'pledged',
      date: '2026-03-01',
      source: 's1',
    });
    expect(refused.ok || refused.problem.code).toBe('dataset-invalid');
  });
});

describe('record source, stance, answer, commitment', () => {
  it('derives a new source id from outlet and date and appends it to the sources list', () => {
    const r = recorded({
      kind: 'source',
      title: 'Second report',
      outlet: 'The Agency',
      date: '2026-03-01',
      grade: 'b2',
      url: 'https://example.org/a',
    });
    expect(r.id).toBe('the-agency-2026-03-01');
    expect(addedLines(SOURCES, r.edit.after)).toEqual([
      '  - id: the-agency-2026-03-01',
      '    title: Second report',
      '    publisher: The Agency',
      '    date: 2026-03-01',
      '    url: https://example.org/a',
      '    kind: news-report',
      '    reliability: B',
      '    credibility: 2',
    ]);
    const again = recordFact(
      files({ 'dataset.yaml': DATASET, 'sources.yaml': r.edit.after, 'mfu.yaml': MFU, 'actors.yaml': ACTORS }),
      { kind: 'source', title: 'Third', outlet: 'The Agency', date: '2026-03-01', grade: 'C3' },
    );
    expect(again.ok && again.id).toBe('the-agency-2026-03-01-2');
    expect(recordFact(BASE, { kind: 'source', title: 'x', outlet: 'y', date: '2026', grade: 'G9' }).ok).toBe(false);
  });

  it('records a stance and an answer to an open question', () => {
    const stance = recorded({
      kind: 'stance',
      position: 'russia',
      stance: 'demands-veto',
      date: '2026-03-01',
      source: 's1',
      quote: 'only with us',
    });
    expect(addedLines(MFU, stance.edit.after)).toEqual([
      '      - { date: 2026-03-01, stance: demands-veto, quote: only with us, source: s1 }',
    ]);
    const answer = recorded({
      kind: 'answer',
      question: 'us-air',
      answer: 'declines',
      date: '2026-03-01',
      source: 's1',
    });
    expect(addedLines(MFU, answer.edit.after)).toEqual([
      '      - { date: 2026-03-01, status: answered, answer: no, source: s1 }',
    ]);
    expect(answer.summary).toContain('The US declines');
  });

  it('adds a new commitment beside the guarantee, with a derived id and its first status', () => {
    const r = recorded({
      kind: 'commitment',
      guarantee: 'MFU',
      guarantor: 'france',
      capability: 'air-power',
      status: 'proposed',
      date: '2026-03-01',
      source: 's1',
      location: 'offshore',
    });
    expect(r.id).toBe('mfu-fr-air');
    expect(r.edit.file).toBe('mfu.yaml');
    const added = r.dataset.commitments.find((c) => c.id === 'mfu-fr-air')!;
    expect(added).toMatchObject({ guarantor: 'fr', capability: 'air-power', location: 'offshore' });
    expect(added.history).toEqual([{ date: '2026-03-01', status: 'proposed', source: 's1' }]);
    expect(r.edit.after.startsWith(MFU.slice(0, MFU.indexOf('positions:')))).toBe(true);
  });
});

describe('record on the bundled dataset', () => {
  it('changes only the lines it adds, and the dataset still loads clean', async () => {
    const read = await readDatasetFolder(datasetDir);
    const result = recordFact(read.files, {
      kind: 'status',
      commitment: 'mfu-uk-ground',
      status: 'deploying',
      date: '2026-02-20',
      source: 'depetris-2025',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const original = readFileSync(`${datasetDir}/${result.edit.file}`, 'utf8');
    expect(result.edit.before).toBe(original);
    expect(addedLines(original, result.edit.after)).toEqual([
      '      - date: 2026-02-20',
      '        status: deploying',
      '        source: depetris-2025',
    ]);
    const after = read.files.map((f) =>
      f.file === result.edit.file ? { ...f, text: result.edit.after, hash: 'x' } : f,
    );
    expect(buildDataset(after).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('record into a JSON file', () => {
  it('keeps the file JSON', () => {
    const json = JSON.stringify(
      {
        commitments: [
          {
            id: 'mfu-uk-ground',
            guarantee: 'mfu',
            guarantor: 'uk',
            capability: 'ground-forces',
            history: [{ date: '2026-01-06', status: 'proposed', source: 's1' }],
          },
        ],
      },
      null,
      2,
    );
    const texts = files({
      'dataset.yaml': DATASET,
      'sources.yaml': SOURCES,
      'mfu.yaml': MFU.slice(0, MFU.indexOf('commitments:')),
      'uk.json': json,
      'actors.yaml': ACTORS,
    });
    const r = recordFact(texts, {
      kind: 'status',
      commitment: 'uk ground',
      status: 'pledged',
      date: '2026-02-01',
      source: 's1',
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.edit.file).toBe('uk.json');
    const parsed = JSON.parse(r.edit.after);
    expect(parsed.commitments[0].history).toEqual([
      { date: '2026-01-06', status: 'proposed', source: 's1' },
      { date: '2026-02-01', status: 'pledged', source: 's1' },
    ]);
  });
});
