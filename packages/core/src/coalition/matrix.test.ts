import { describe, expect, it } from 'vitest';
import { COMMITMENT_STATUSES, EXIT_STATUSES, PROGRESS_STATUSES } from '../model/commitment.js';
import type { Dataset } from '../model/dataset.js';
import { datasetFromYaml } from '../test-support/yaml-dataset.js';
import { snapshotAt } from '../timeline/snapshot.js';
import { coalitionMatrix, commitmentStrength } from './matrix.js';

const HEAD = `
dataset: { id: t, title: T, asOf: 2026-03-01 }
sources:
  - { id: s1, title: S, publisher: P, date: 2026-01-06, kind: news-report, reliability: B, credibility: 2 }
actors:
  - { id: ua, name: Ukraine, kind: state }
  - { id: ru, name: Russia, kind: state }
  - { id: uk, name: United Kingdom, kind: state }
  - { id: fr, name: France, kind: state }
  - { id: tr, name: Turkey, kind: state }
guarantees:
  - { id: mfu, name: Multinational Force Ukraine, shortName: MFU, beneficiary: ua, adversary: ru, guarantors: [uk, fr],
      obligation: unknown, legalForm: political-declaration, trigger: unknown, source: s1 }
commitments:
`;

function commitment(id: string, guarantor: string, capability: string, history: [string, string][]): string {
  return [
    `  - id: ${id}`,
    '    guarantee: mfu',
    `    guarantor: ${guarantor}`,
    `    capability: ${capability}`,
    '    history:',
    ...history.map(([date, status]) => `      - { date: ${date}, status: ${status}, source: s1 }`),
  ].join('\n');
}

function dataset(...commitments: string[]): Dataset {
  return datasetFromYaml(`${HEAD}${commitments.join('\n')}\n`);
}

describe('commitmentStrength', () => {
  it('ranks forward statuses by progress, every exit below them, and no status below an exit', () => {
    const forward = PROGRESS_STATUSES.map(commitmentStrength);
    expect(forward).toEqual([...forward].sort((a, b) => a - b));
    expect(new Set(forward).size).toBe(PROGRESS_STATUSES.length);
    for (const exit of EXIT_STATUSES) {
      expect(commitmentStrength(exit)).toBeLessThan(commitmentStrength('proposed'));
      expect(commitmentStrength(exit)).toBeGreaterThan(commitmentStrength(undefined));
    }
    expect(COMMITMENT_STATUSES.every((s) => Number.isFinite(commitmentStrength(s)))).toBe(true);
  });
});

describe('coalitionMatrix', () => {
  it('a withdrawn commitment does not hide a deployed one of the same guarantor and capability', () => {
    const data = dataset(
      commitment('uk-ground-2', 'uk', 'ground-forces', [['2026-01-10', 'deployed']]),
      commitment('uk-ground-1', 'uk', 'ground-forces', [
        ['2026-01-06', 'pledged'],
        ['2026-02-01', 'withdrawn'],
      ]),
    );
    // Either dataset order: the deployed one wins.
    for (const d of [data, { ...data, commitments: [...data.commitments].reverse() }]) {
      const matrix = coalitionMatrix(snapshotAt(d), 'mfu');
      expect(matrix.rows.find((r) => r.actor === 'uk')?.cells['ground-forces']?.commitment.id).toBe('uk-ground-2');
    }
  });

  it('shows an exit where it is all there is, over a commitment not yet on record', () => {
    const data = dataset(
      commitment('fr-air-late', 'fr', 'air-power', [['2026-06-01', 'pledged']]),
      commitment('fr-air', 'fr', 'air-power', [
        ['2026-01-06', 'proposed'],
        ['2026-02-01', 'declined'],
      ]),
    );
    const cell = coalitionMatrix(snapshotAt(data, '2026-03-01'), 'mfu').rows.find((r) => r.actor === 'fr')?.cells[
      'air-power'
    ];
    expect(cell?.commitment.id).toBe('fr-air');
    expect(cell?.status).toBe('declined');
  });

  it('lists the guarantors in the guarantee’s order, then other committed actors; capabilities in model order', () => {
    const data = dataset(
      commitment('tr-naval', 'tr', 'naval', [['2026-01-06', 'conditional']]),
      commitment('uk-training', 'uk', 'training', [['2026-01-06', 'pledged']]),
      commitment('uk-ground', 'uk', 'ground-forces', [['2026-01-06', 'approved']]),
    );
    const matrix = coalitionMatrix(snapshotAt(data), 'mfu');
    expect(matrix.guarantee).toBe('mfu');
    expect(matrix.rows.map((r) => r.actor)).toEqual(['uk', 'fr', 'tr']);
    expect(matrix.capabilities).toEqual(['ground-forces', 'naval', 'training']);
    expect(matrix.rows[1]!.cells).toEqual({});
  });

  it('is empty for a guarantee that is not in the dataset', () => {
    const data = dataset(commitment('uk-ground', 'uk', 'ground-forces', [['2026-01-06', 'pledged']]));
    expect(coalitionMatrix(snapshotAt(data), 'nope')).toEqual({ guarantee: 'nope', capabilities: [], rows: [] });
  });
});
