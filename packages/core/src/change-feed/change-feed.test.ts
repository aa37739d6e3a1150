import { describe, expect, it } from 'vitest';
import type { Assessment, GuaranteeAssessment } from '../credibility/types.js';
import { datasetFromYaml, oneGuaranteeYaml } from '../test-support/yaml-dataset.js';
import { snapshotAt } from '../timeline/snapshot.js';
import { changedIds, describeChanges } from './change-feed.js';
import { formatChangeEntry, formatChangeSummary } from './format.js';

const BASE = oneGuaranteeYaml({ status: 'pledged' });

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
  const before = datasetFromYaml(BASE);
  const deploying = datasetFromYaml(
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
      after: snapshotAt(datasetFromYaml(BASE)),
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
    const added = datasetFromYaml(
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
