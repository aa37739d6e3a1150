import type { Dataset } from '../../model/dataset.js';
import type { Diagnostic } from '../diagnostic.js';
import type { ParsedFile } from '../parse.js';
import type { ValidatedFile } from '../validate.js';
import { checkActors } from './actors.js';
import { checkBalance } from './balance.js';
import { checkCommitments } from './commitments.js';
import { checkEvents } from './events.js';
import { checkGuarantees } from './guarantees.js';
import { checkJudgments } from './judgments.js';
import { checkLooseReferences } from './loose.js';
import { checkManifests, mergeFiles } from './merge.js';
import { checkPositions } from './positions.js';
import { checkQuestions } from './questions.js';
import { type OriginIndex, ReferenceReport } from './report.js';
import { checkScenarios } from './scenarios.js';
import { ReferenceIndex, type ReferenceMemo } from './shared-index.js';
import { checkSources } from './sources.js';

/**
 * Merges validated files into one dataset and checks what no single file can: one manifest,
 * unique ids across files, every reference resolving, histories in date order, a source for
 * every status entry, stance and judgment. One module per section, all through one
 * `ReferenceIndex`, after yaml's compose/ stages.
 */

export interface ReferenceResult {
  dataset?: Dataset;
  origins: OriginIndex;
  diagnostics: Diagnostic[];
}

export interface FileForReferences {
  parsed: ParsedFile;
  validated: ValidatedFile;
}

/** The checks, in the order their diagnostics are written. */
const SECTION_CHECKS = [
  checkActors,
  checkSources,
  checkGuarantees,
  checkBalance,
  checkCommitments,
  checkPositions,
  checkEvents,
  checkQuestions,
  checkJudgments,
  checkScenarios,
];

export function checkReferences(
  files: readonly FileForReferences[],
  folderLabel = '.',
  memo?: ReferenceMemo,
): ReferenceResult {
  const byFile = new Map(files.map((f) => [f.parsed.file, f.parsed]));
  const report = new ReferenceReport(byFile);
  const unreadable = files
    .filter((f) => f.parsed.value === undefined && f.parsed.diagnostics.some((d) => d.severity === 'error'))
    .map((f) => f.parsed.file);
  const invalid = new Set<string>();
  for (const f of files) for (const id of f.validated.invalidIds) invalid.add(id);

  const { lists, manifests, origins } = mergeFiles(files, report);
  checkManifests(manifests, unreadable, folderLabel, report);
  const dataset = { manifest: manifests[0]?.manifest, ...lists } as Dataset;
  const index = new ReferenceIndex(report, dataset, origins, invalid, unreadable, byFile, memo);
  for (const check of SECTION_CHECKS) check(index);
  checkLooseReferences(index, files);
  if (dataset.manifest?.defaultProfile !== undefined && manifests[0]) {
    const where = { file: manifests[0].file, path: ['dataset'] };
    index.ref('profiles', dataset.manifest.defaultProfile, where, ['defaultProfile'], 'the profile');
  }

  const diagnostics = report.diagnostics;
  const anyInvalid = files.some((f) => f.validated.invalidEntities.length > 0 || f.validated.diagnostics.length > 0);
  const failed = anyInvalid || diagnostics.some((d) => d.severity === 'error') || dataset.manifest === undefined;
  return { dataset: failed ? undefined : dataset, origins, diagnostics };
}
