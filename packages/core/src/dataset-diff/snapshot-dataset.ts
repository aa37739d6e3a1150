import { buildDataset, type LoadResult } from '../loading/load.js';

/**
 * A dataset read back from its snapshot — the canonical JSON a PDF/A briefing carries (see
 * `datasetSnapshotJson`). The snapshot comes from a file someone sent, so it is not trusted:
 * it is turned back into one dataset file and loaded like any other, every check included.
 */
export function datasetFromSnapshotJson(json: string, label: string): LoadResult {
  let snapshot: unknown;
  try {
    snapshot = JSON.parse(json);
  } catch (error) {
    return {
      ok: false,
      diagnostics: [
        {
          severity: 'error',
          code: 'invalid-format',
          file: label,
          path: [],
          message: `the attached dataset is not valid JSON (${error instanceof Error ? error.message : error})`,
        },
      ],
      origins: new Map(),
      files: [],
      locate: () => undefined,
    };
  }
  const { manifest, ...sections } = (snapshot ?? {}) as Record<string, unknown>;
  const text = JSON.stringify({ dataset: manifest, ...sections });
  return buildDataset([{ file: label, text, hash: text }], { folderLabel: label });
}
