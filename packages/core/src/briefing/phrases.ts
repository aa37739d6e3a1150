import { formatDisplayDate } from '../wording/dates.js';
import { formatScore, formatSignedDelta } from '../wording/numbers.js';
import type { AnswerEffect, Briefing, ChangesSince, CommitmentRow, KeyJudgment } from './types.js';

/**
 * The sentences and cells both renderers print (the PDF in apps/briefing, the Markdown here),
 * so the two carry the same words, facts and citations; the renderers only lay them out.
 */

/** Section titles, in reading order: the core (two pages), then the annexes. */
export const BRIEFING_SECTIONS = {
  bottomLine: 'Bottom line',
  changes: 'What changed',
  judgments: 'Key judgments',
  scoreKey: 'How to read the scores',
  watch: 'What to watch',
  overview: 'The guarantees at a glance',
  baseRates: 'Base rates: how often such promises were kept',
  guarantees: 'Annex A. The guarantees and their commitments',
  allJudgments: 'Annex B. All key judgments',
  unknowns: 'Annex C. Open questions and gaps',
  scores: 'Annex D. How each score is built',
  scenarios: 'Annex E. Scenarios',
  allChanges: 'Annex F. Every change since',
  timeline: 'Annex G. Timeline',
  sources: 'Sources',
  method: 'Method',
} as const;

/** The judgment's second line: likelihood, then confidence in its own sentence (ICD 203). */
export function judgmentEstimate(j: KeyJudgment): string {
  return [j.likelihoodSentence, j.likelihood.note, j.confidenceSentence].filter(Boolean).join(' ');
}

/** The judgment's evidence line, with its horizon. */
export function judgmentEvidence(j: KeyJudgment): string {
  return `Evidence: ${j.basis} Horizon: ${j.horizon}.`;
}

/** "MFU: credibility 38 (+0), viability 37 (−16)" for each guarantee an answer moves. */
export function answerEffectText(a: AnswerEffect): string {
  const moved = a.effects.filter((e) => Math.round(e.delta) !== 0 || Math.round(e.viabilityDelta) !== 0);
  if (a.effects.length === 0) return `If “${a.label}”: effect not assessed.`;
  if (moved.length === 0) return `If “${a.label}”: no score moves.`;
  return `If “${a.label}”: ${moved
    .map((e) => `${e.name} credibility ${formatSignedDelta(e.delta)}, viability ${formatSignedDelta(e.viabilityDelta)}`)
    .join('; ')}.`;
}

/** The cells of a commitments-table row, in column order (sources are the row's notes). */
export const COMMITMENT_COLUMNS = [
  'Guarantor',
  'Capability',
  'Status (since)',
  'Size',
  'Location',
  'Conditions',
  'Grade',
] as const;

export function commitmentCells(r: CommitmentRow): string[] {
  return [
    r.guarantor,
    r.capability,
    `${r.status}${r.since ? ` (${formatDisplayDate(r.since)})` : ''}${r.reconfirmed ? ` reconfirmed ${formatDisplayDate(r.reconfirmed)}` : ''}`,
    r.scale === 'size not known' ? 'not known' : r.scale,
    r.location,
    r.conditions,
    r.grade ?? '—',
  ];
}

/** One line per score move since the earlier date. */
export function changeMoveText(m: ChangesSince['credibilityMoves'][number]): string {
  return `${m.name}: credibility ${formatScore(m.before)} → ${formatScore(m.after)} (${formatSignedDelta(m.delta)}).`;
}

/** The score moves since the earlier date: one line per guarantee that moved, one for those that did not. */
export function changeMoveLines(ch: ChangesSince): string[] {
  const moved = ch.credibilityMoves.filter(
    (m) => Math.round(m.delta) !== 0 || formatScore(m.before) !== formatScore(m.after),
  );
  const still = ch.credibilityMoves.length - moved.length;
  return [
    ...moved.map(changeMoveText),
    ...(still > 0
      ? [`${still === 1 ? 'One other guarantee’s' : `${still} other guarantees’`} credibility did not move.`]
      : []),
  ];
}

/** The lists of "what changed", with their titles, in order. */
export function changeLists(ch: ChangesSince): [string, ChangesSince['statusChanges']][] {
  return [
    ['Status changes', ch.statusChanges],
    ['Stated positions', ch.stanceChanges],
    ['Questions answered', ch.answeredQuestions],
    ['New sources', ch.newSources],
    ...(ch.judgmentChanges && ch.judgmentChanges.length > 0
      ? [['Key judgments', ch.judgmentChanges] as [string, ChangesSince['statusChanges']]]
      : []),
  ];
}

/** How many changes the core shows before sending the reader to the annex. */
export const CORE_CHANGES = 4;

/** The changes the core shows: the answered questions and stance changes first, then status changes. */
export function coreChanges(ch: ChangesSince): { text: string; date: string; notes: number[] }[] {
  return [...ch.answeredQuestions, ...ch.stanceChanges, ...(ch.judgmentChanges ?? []), ...ch.statusChanges].slice(
    0,
    CORE_CHANGES,
  );
}

/** The line under the scenarios annex naming the scenarios that change nothing. */
export function unchangedScenariosText(b: Briefing): string | undefined {
  const n = b.scenariosUnchanged.length;
  if (n === 0) return undefined;
  return `${n === 1 ? 'One scenario changes' : `${n} scenarios change`} no score by a whole point: ${b.scenariosUnchanged.join('; ')}.`;
}

/** "[3, 5]" */
export function notesText(notes: readonly number[]): string {
  return notes.length === 0 ? '' : ` [${notes.join(', ')}]`;
}
