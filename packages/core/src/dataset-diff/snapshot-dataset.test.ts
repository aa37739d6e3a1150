import { datasetDir } from '@pledgewatch/dataset-ukraine';
import { describe, expect, it } from 'vitest';
import { datasetSnapshotJson } from '../briefing/document-id.js';
import { loadDataset } from '../loading/load.js';
import { datasetFromSnapshotJson } from './snapshot-dataset.js';

describe('a dataset read back from the snapshot a PDF/A briefing carries', () => {
  it('is the dataset the briefing was built from', async () => {
    const loaded = await loadDataset(datasetDir);
    if (!loaded.ok) throw new Error('the bundled dataset does not load');
    const back = datasetFromSnapshotJson(datasetSnapshotJson(loaded.dataset), 'old.dataset.json');
    expect(back.ok).toBe(true);
    expect(back.ok && datasetSnapshotJson(back.dataset)).toBe(datasetSnapshotJson(loaded.dataset));
  });

  it('is checked like any dataset file: broken JSON and smuggled fields are diagnostics', () => {
    const broken = datasetFromSnapshotJson('{"manifest": ', 'old.dataset.json');
    expect(broken.ok).toBe(false);
    expect(broken.diagnostics[0]).toMatchObject({ code: 'invalid-format', file: 'old.dataset.json' });
    const smuggled = datasetFromSnapshotJson(
      JSON.stringify({ manifest: { id: 'x', title: 'X', asOf: '2026-01-01' }, payload: '<script>' }),
      'old.dataset.json',
    );
    expect(smuggled.ok).toBe(false);
    expect(smuggled.diagnostics.map((d) => d.code)).toContain('unknown-field');
  });
});
