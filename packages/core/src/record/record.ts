import { type Diagnostic, hasErrors } from '../loading/diagnostic.js';
import { buildDataset, type LoadResult } from '../loading/load.js';
import type { DatasetText } from '../loading/read.js';
import type { Id } from '../model/common.js';
import type { Dataset } from '../model/dataset.js';
import type { EditResult } from './edit-in-place.js';
import { planAnswer, planStance, planStatus } from './plan-history.js';
import { planCommitment, planSource } from './plan-new.js';
import { type RecordProblem, RecordRefusal, refuse } from './values.js';

/**
 * `record`: one new fact in, the dataset's new file text out — or, if the fact is malformed or
 * the dataset would no longer pass `check`, the reasons and nothing else. Pure: the caller reads
 * the files and writes the one that changed.
 */

/** What an analyst records, as typed (names or ids, text values); core checks every field. */
export type RecordRequest =
  | { kind: 'status'; commitment: string; status: string; date: string; source: string; note?: string; scale?: string }
  | {
      kind: 'source';
      title: string;
      outlet: string;
      date: string;
      grade: string;
      url?: string;
      sourceKind?: string;
      author?: string;
      id?: string;
      note?: string;
    }
  | { kind: 'stance'; position: string; stance: string; date: string; source: string; quote?: string; note?: string }
  | { kind: 'answer'; question: string; answer: string; date: string; source: string; note?: string; partly?: boolean }
  | {
      kind: 'commitment';
      guarantee: string;
      guarantor: string;
      capability: string;
      status: string;
      date: string;
      source: string;
      scale?: string;
      location?: string;
      description?: string;
      id?: string;
    };

/** One planned edit: which file, what to do to its text, and how to say what it records. */
export interface RecordPlan {
  file: string;
  edits: ((text: string, json: boolean) => EditResult)[];
  /** The id of the entity recorded or changed (a new source's derived id, for one). */
  id: Id;
  summary: string;
}

export interface RecordEdit {
  /** The file, relative to the dataset folder. */
  file: string;
  before: string;
  after: string;
}

export type RecordResult =
  | { ok: true; id: Id; summary: string; edit: RecordEdit; dataset: Dataset; warnings: Diagnostic[] }
  | { ok: false; problem: RecordProblem; diagnostics: Diagnostic[] };

function plan(loaded: LoadResult & { dataset: Dataset }, request: RecordRequest): RecordPlan {
  switch (request.kind) {
    case 'status':
      return planStatus(loaded, request);
    case 'stance':
      return planStance(loaded, request);
    case 'answer':
      return planAnswer(loaded, request);
    case 'source':
      return planSource(loaded, request);
    case 'commitment':
      return planCommitment(loaded, request);
  }
}

function applyPlan(texts: readonly DatasetText[], planned: RecordPlan): RecordEdit {
  const original = texts.find((t) => t.file === planned.file);
  if (!original) refuse('cannot-edit', `the file ${planned.file} is not part of the dataset`);
  let text = original.text;
  const json = /\.json$/i.test(planned.file);
  for (const edit of planned.edits) {
    const result = edit(text, json);
    if (!result.ok) {
      refuse('cannot-edit', `cannot edit ${planned.file} in place: ${result.reason}`, 'make this change by hand');
    }
    text = result.text;
  }
  return { file: planned.file, before: original.text, after: text };
}

const key = (d: Diagnostic) => `${d.code}|${d.file}|${d.message}`;

/** Records one fact into the dataset whose files are `texts`. */
export function recordFact(texts: readonly DatasetText[], request: RecordRequest): RecordResult {
  const loaded = buildDataset(texts, { folderLabel: '.' });
  if (!loaded.ok) {
    return {
      ok: false,
      problem: {
        code: 'dataset-invalid',
        message: 'the dataset has errors already; nothing was recorded',
        hint: 'fix them first (`pledgewatch check` lists them)',
      },
      diagnostics: loaded.diagnostics,
    };
  }
  try {
    const planned = plan(loaded, request);
    const edit = applyPlan(texts, planned);
    const next = texts.map((t) => (t.file === edit.file ? { ...t, text: edit.after, hash: `${t.hash}+record` } : t));
    const rebuilt = buildDataset(next, { folderLabel: '.' });
    if (!rebuilt.ok || hasErrors(rebuilt.diagnostics)) {
      return {
        ok: false,
        problem: {
          code: 'would-break',
          message: `recording this would break the dataset; nothing was written`,
          hint: 'the problems it would cause are listed above',
        },
        diagnostics: rebuilt.diagnostics.filter((d) => d.severity === 'error'),
      };
    }
    const before = new Set(loaded.diagnostics.map(key));
    const warnings = rebuilt.diagnostics.filter((d) => !before.has(key(d)));
    return { ok: true, id: planned.id, summary: planned.summary, edit, dataset: rebuilt.dataset, warnings };
  } catch (error) {
    if (error instanceof RecordRefusal) return { ok: false, problem: error.problem, diagnostics: [] };
    throw error;
  }
}
