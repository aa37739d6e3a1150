import { assess, type Commitment, type Dataset, PROGRESS_STATUSES } from '@pledgewatch/core';
import { generateDataset } from '@pledgewatch/core/testing';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { datasetArb } from './arbitrary-dataset.js';

/**
 * Reassessing only what changed (credibility/reuse.ts): after one commitment is replaced, the
 * guarantees whose inputs are the same objects keep their assessment, and every score equals a
 * full assessment of a copy that shares no object with anything assessed before.
 */

function ok(d: Dataset) {
  const result = assess(d);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.assessment;
}

/** The dataset with one commitment replaced by a copy whose latest status is another one. */
function withStatusMoved(d: Dataset, index: number): { dataset: Dataset; changed: Commitment } {
  const target = d.commitments[index % d.commitments.length]!;
  const last = target.history.at(-1)!;
  const status = PROGRESS_STATUSES.find((s) => s !== last.status)!;
  const changed = { ...target, history: [...target.history.slice(0, -1), { ...last, status }] };
  return { dataset: { ...d, commitments: d.commitments.map((c) => (c === target ? changed : c)) }, changed };
}

describe('reassessing only the guarantees a change touches', () => {
  test('untouched guarantees keep their assessment; the touched one is evaluated again', () => {
    const d = generateDataset({ seed: 7, commitments: 300 });
    const before = ok(d);
    const { dataset, changed } = withStatusMoved(d, 11);
    const after = ok(dataset);
    const fresh = ok(structuredClone(dataset));
    expect(after).toEqual(fresh);
    const reused = after.guarantees.filter((g) => before.guarantees.includes(g)).map((g) => g.guarantee);
    expect(reused.length).toBeGreaterThan(0);
    expect(reused).not.toContain(changed.guarantee);
    expect(after.guarantees.length).toBe(before.guarantees.length);
  });

  test('the same dataset assessed twice is evaluated once', () => {
    const d = generateDataset({ seed: 3, commitments: 120 });
    const first = ok(d);
    const second = ok(d);
    expect(second.guarantees.every((g, i) => g === first.guarantees[i])).toBe(true);
  });

  test('after any one commitment changes, every score equals a full assessment', () => {
    fc.assert(
      fc.property(datasetArb, fc.nat(), (d, k) => {
        fc.pre(d.commitments.length > 0);
        ok(d);
        const { dataset } = withStatusMoved(d, k);
        expect(ok(dataset)).toEqual(ok(structuredClone(dataset)));
      }),
      { numRuns: 60 },
    );
  });
});
