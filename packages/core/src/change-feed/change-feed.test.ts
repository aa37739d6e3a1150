import { describe, expect, it } from 'vitest';
import type { Assessment, GuaranteeAssessment } from '../credibility/types.js';
import { buildDataset } from '../loading/load.js';
import type { Dataset } from '../model/dataset.js';
import { snapshotAt } from '../timeline/snapshot.js';
import { changedIds, describeChanges } from './change-feed.js';
import { formatChangeEntry, formatChangeSummary } from './format.js';

const BASE = `
dataset: { id: t, title: T, asOf: 2026-02-10 }
sources:
  - { id: s1, title: S, publisher: P, date: 2026-01-06, kind: news-report, reliability: B, credibility: 2 }
actors:
  - { id: ua, name: Ukraine, kind: state }
  - { id: ru, name: Russia, kind: state }
  - { id: uk, name: United Kingdom, kind: state }
guarantees:
  - { id: mfu, name: Multinational Force Ukraine, shortName: MFU, beneficiary: ua, adversary: ru, guarantors: [uk],
      obligation: unknown, legalForm: political-declaration, trigger: unknown, source: s1 }
commitments:
  - id: mfu-uk-ground
    guarantee: mfu
    guarantor: uk
    capability: ground-forces
    history:
      - { date: 2026-01-06, status: pledged, source: s1 }
`;

function dataset(text: string): Dataset {
  const result = buildDataset([{ file: 'd.yaml', text, hash: text }]);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.dataset;
}

function assessment(low: number, point: number, high: number): Assessment {
  const g = {
    guarantee: 'mfu',
    name: 'MFU',
    credibility: { low, point, high },
    viability: { low: 10, point: 20, high: 30 },
  };
  return { asOf: '2026-02-10', scenarios: [], guarantees: [g as GuaranteeAssessment] } as unknown as Assessment;
}

describe('the change feed', () => {
  const before = dataset(BASE);
  const deploying = dataset(
    BASE.replace(
      'status: pledged, source: s1 }',
      'status: pledged, source: s1 }\n      - { date: 2026-02-01, status: deploying, source: s1 }',
    ),
  );

  it('reads a status change as "guarantor capability: from → to", with the credibility it moved', () => {
    const entries = describeChanges({
      before: snapshotAt(before),
      after: snapshotAt(deploying),
      assessmentBefore: assessment(48, 60, 71),
      assessmentAfter: assessment(55, 64, 74),
    });
    expect(formatChangeSummary(entries)).toBe(
      'United Kingdom ground forces: pledged → deploying · MFU credibility 48–71 → 55–74',
    );
    expect(changedIds(entries)).toEqual(new Set(['mfu-uk-ground', 'mfu']));
  });

  it('says nothing changed when nothing did, and leaves scores out when they did not move', () => {
    const entries = describeChanges({
      before: snapshotAt(before),
      after: snapshotAt(dataset(BASE)),
      assessmentBefore: assessment(48, 60, 71),
      assessmentAfter: assessment(48.2, 60, 70.9),
    });
    expect(entries).toEqual([]);
    expect(formatChangeSummary(entries)).toBe('no visible change');
  });

  it('respects the as-of date: a status dated after it is not a change yet', () => {
    const entries = describeChanges({
      before: snapshotAt(before, '2026-01-10'),
      after: snapshotAt(deploying, '2026-01-10'),
    });
    expect(entries.map((e) => e.kind)).toEqual(['commitment-edited']);
  });

  it('names added and removed commitments', () => {
    const added = dataset(
      `${BASE}  - { id: mfu-uk-air, guarantee: mfu, guarantor: uk, capability: air-power, history: [{ date: 2026-01-06, status: proposed, source: s1 }] }\n`,
    );
    expect(describeChanges({ before: snapshotAt(before), after: snapshotAt(added) }).map(formatChangeEntry)).toEqual([
      'United Kingdom air power: new commitment (proposed)',
    ]);
    expect(describeChanges({ before: snapshotAt(added), after: snapshotAt(before) }).map(formatChangeEntry)).toEqual([
      'United Kingdom air power: removed',
    ]);
  });
});
