import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  buildDataset,
  type Dataset,
  type Diagnostic,
  datasetFromSnapshotJson,
  type LoadResult,
  readDatasetAtRevision,
} from '@pledgewatch/core';
import { UsageError } from '../args.js';
import { readBriefingAttachment } from './briefing-attachment.js';

/**
 * What "what changed" is measured from: a date (`--since 2026-01-06`, the same data's earlier
 * entries), the dataset at a git revision (`--since origin/main`, `--since v1.2`), or the
 * dataset an earlier PDF/A briefing carries (`--since-briefing last-week.pdf`, no git needed).
 */

export interface SinceBaseline {
  dataset: Dataset;
  /** The date the earlier dataset was assessed as of: the old briefing's, or the revision's cut-off. */
  asOf: string;
  /** How to name it to the reader, e.g. "briefing ukraine-guarantees-2026-02-28" or "HEAD~3 (1a2b3c4)". */
  label: string;
}

export type SinceResolution =
  | { kind: 'none' }
  | { kind: 'date'; since: string }
  | { kind: 'baseline'; baseline: SinceBaseline }
  | { kind: 'broken'; label: string; diagnostics: Diagnostic[] };

/** A --since value that is meant as a date (digits and date punctuation), not a revision. */
export function looksLikeDate(value: string): boolean {
  return /^[\d./-]+$/.test(value);
}

function loaded(result: LoadResult, asOf: string | undefined, label: string): SinceResolution {
  if (!result.ok) return { kind: 'broken', label, diagnostics: result.diagnostics };
  return { kind: 'baseline', baseline: { dataset: result.dataset, asOf: asOf ?? result.dataset.manifest.asOf, label } };
}

export async function resolveSince(
  options: { since?: string; sinceBriefing?: string },
  dir: string,
  cwd: string,
): Promise<SinceResolution> {
  if (options.since !== undefined && options.sinceBriefing !== undefined) {
    throw new UsageError('give --since or --since-briefing, not both');
  }
  if (options.sinceBriefing !== undefined) return sinceBriefing(resolve(cwd, options.sinceBriefing));
  if (options.since === undefined) return { kind: 'none' };
  if (looksLikeDate(options.since)) return { kind: 'date', since: options.since };
  const read = await readDatasetAtRevision(dir, options.since);
  if (!read.ok) throw new UsageError(`--since ${options.since}: ${read.problem.message}`, read.problem.hint);
  const label = read.commit.startsWith(options.since) ? read.commit : `${options.since} (${read.commit})`;
  const built = buildDataset(read.files, { folderLabel: '.' });
  const diagnostics = [...read.diagnostics, ...built.diagnostics];
  if (read.diagnostics.some((d) => d.severity === 'error')) return { kind: 'broken', label, diagnostics };
  return loaded(built, undefined, label);
}

async function sinceBriefing(path: string): Promise<SinceResolution> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`--since-briefing: cannot read ${path} (${code ?? String(error)})`);
  }
  const attachment = readBriefingAttachment(bytes);
  if (!attachment.ok) {
    throw new UsageError(
      `--since-briefing: ${path}: ${attachment.reason}`,
      'give a briefing made with --pdfa, or --since DATE / --since REV',
    );
  }
  const label = `briefing ${attachment.name.replace(/\.dataset\.json$/, '')}`;
  return loaded(datasetFromSnapshotJson(attachment.json, attachment.name), attachment.asOf, label);
}
