import { createHash } from 'node:crypto';
import type { Dataset } from '../model/dataset.js';

/**
 * The dataset as canonical JSON (keys sorted, two-space indent): the exact evidence a
 * briefing was built from, fit to attach to it, and the input of its document id. Key
 * order in the YAML does not change it; any change of content does.
 */
export function datasetSnapshotJson(dataset: Dataset): string {
  return `${JSON.stringify(dataset, sortedKeys, 2)}\n`;
}

function sortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value as Record<string, unknown>).sort()) out[k] = (value as Record<string, unknown>)[k];
  return out;
}

/** A short id for the dataset's content: the first 10 hex digits of SHA-256 of its snapshot. */
export function datasetDocumentId(dataset: Dataset, snapshotJson = datasetSnapshotJson(dataset)): string {
  return createHash('sha256').update(snapshotJson).digest('hex').slice(0, 10);
}
