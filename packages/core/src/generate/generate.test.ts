import { describe, expect, it } from 'vitest';
import { buildDataset } from '../loading/load.js';
import { generateDataset } from './generate.js';
import { datasetToFiles } from './write.js';

describe('the synthetic dataset generator', () => {
  it('gives the same dataset for the same seed, and another for another seed', () => {
    expect(generateDataset({ seed: 7, commitments: 200 })).toEqual(generateDataset({ seed: 7, commitments: 200 }));
    expect(generateDataset({ seed: 8, commitments: 200 })).not.toEqual(generateDataset({ seed: 7, commitments: 200 }));
  });

  it.each([1, 100, 1000])('writes %i commitments as files that load with no diagnostics', (n) => {
    const dataset = generateDataset({ seed: n, commitments: n });
    expect(dataset.commitments).toHaveLength(n);
    const result = buildDataset(datasetToFiles(dataset));
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.dataset?.commitments).toHaveLength(n);
  });
});
