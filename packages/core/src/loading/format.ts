import type { Dataset } from '../model/dataset.js';
import { neutralizeText } from '../text/neutralize.js';
import { type Diagnostic, diagnosticLocation } from './diagnostic.js';

/**
 * Plain-text renderings shared by every command line: a diagnostic as
 * `file:line:col  message  (hint)`, and a one-line summary of what a dataset holds.
 */

export function formatDiagnostic(d: Diagnostic): string {
  const where = neutralizeText(diagnosticLocation(d), { singleLine: true });
  const level = d.severity === 'warning' ? 'warning: ' : '';
  const hint = d.hint ? `  (${neutralizeText(d.hint, { singleLine: true })})` : '';
  return `${where}  ${level}${neutralizeText(d.message, { singleLine: true })}${hint}`;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** E.g. "ukraine-guarantees (as of 2026-02-28): 6 guarantees, 24 actors, 61 commitments, …". */
export function summarizeDataset(dataset: Dataset): string {
  const parts = [
    count(dataset.guarantees.length, 'guarantee'),
    count(dataset.actors.length, 'actor'),
    count(dataset.commitments.length, 'commitment'),
    count(dataset.positions.length, 'position'),
    count(dataset.events.length, 'event'),
    count(dataset.questions.length, 'open question'),
    count(dataset.judgments.length, 'judgment'),
    count(dataset.scenarios.length, 'scenario'),
    count(dataset.sources.length, 'source'),
  ];
  return `${neutralizeText(dataset.manifest.id, { singleLine: true })} (as of ${dataset.manifest.asOf}): ${parts.join(', ')}`;
}
