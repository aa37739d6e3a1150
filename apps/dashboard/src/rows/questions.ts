import type { Id, QuestionState, Snapshot } from '@pledgewatch/core';
import { clean } from '../terminal/text.js';
import { matches } from './filter.js';

/** The open questions (unknowns) as rows, most consequential first. */

export interface QuestionRow {
  id: Id;
  state: QuestionState;
  question: string;
  status: string;
  /** How far the question's answers alone move credibility, in points, when known. */
  swing?: number;
}

/**
 * A question's swing as shown: "Δ16" — its answers move credibility across 16 points from
 * the lowest to the highest (not ±16 around today's score).
 */
export function swingText(swing: number): string {
  return `Δ${Math.round(swing)}`;
}

export function questionRows(snapshot: Snapshot, filter: string, swings?: ReadonlyMap<Id, number>): QuestionRow[] {
  const rows = snapshot.questions
    .map((state) => ({
      id: state.question.id,
      state,
      question: clean(state.question.question),
      status: state.status ?? 'not yet',
      swing: swings?.get(state.question.id),
    }))
    .filter((r) => matches(filter, { id: r.id, question: r.question, status: r.status }));
  const rank = (r: QuestionRow) => (r.status === 'answered' ? 1 : 0);
  return rows.sort((a, b) => rank(a) - rank(b) || (b.swing ?? -1) - (a.swing ?? -1) || a.id.localeCompare(b.id));
}
