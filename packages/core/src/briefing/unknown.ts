import type { Assessment } from '../credibility/types.js';
import type { Snapshot } from '../timeline/snapshot.js';
import { joinAnd, possessive, shortLabel } from '../wording/labels.js';
import type { EndnoteRegister } from './endnotes.js';
import { guaranteeName } from './known.js';
import { pointMoves } from './scenarios.js';
import type { AnswerEffect, KnownGap, UnknownQuestion, WatchItem } from './types.js';
import { clean } from './wording.js';

/**
 * What we don't know: the open questions — why each matters, what is known so far, what to
 * watch, and what each possible answer would do to the scores (the engine evaluates each
 * answer) — ranked by how far their answers move a score; then the guarantees' own unknowns
 * (a commitment's unknown size or condition is stated once, in the commitments table).
 */
export function buildUnknown(
  snapshot: Snapshot,
  assessment: Assessment | undefined,
  notes: EndnoteRegister,
): { questions: UnknownQuestion[]; gaps: KnownGap[] } {
  const questions: UnknownQuestion[] = [];
  for (const state of snapshot.questions) {
    const q = state.question;
    if (state.status !== 'open' && state.status !== 'partly-answered') continue;
    const moved = (assessment?.guarantees ?? []).flatMap((g) =>
      (g.questions ?? []).filter((e) => e.question === q.id).map((e) => ({ g, e })),
    );
    const answers: AnswerEffect[] = q.answers.map((a) => ({
      answer: a.id,
      label: clean(a.label),
      effects: moved.flatMap(({ g, e }) => {
        const x = e.answers.find((y) => y.answer === a.id);
        if (!x) return [];
        const name = clean(shortLabel(g));
        return [
          { guarantee: g.guarantee, name, credibility: x.credibility, viability: x.viability, ...pointMoves(g, x) },
        ];
      }),
    }));
    const swing = Math.max(0, ...moved.map(({ e }) => Math.max(e.swing.credibility, e.swing.viability)));
    const history = q.history.filter((h) => h.date <= snapshot.asOf);
    const latest = [...history].reverse().find((h) => h.status === 'partly-answered' && h.note);
    questions.push({
      id: q.id,
      question: clean(q.question),
      status: state.status,
      why: clean(q.why),
      indicators: (q.indicators ?? []).map(clean),
      answers,
      ...(latest ? { knownSoFar: { text: clean(latest.note!), date: latest.date, notes: notes.cite(latest) } } : {}),
      swing,
      notes: notes.cite(history.filter((h) => h !== latest).flatMap((h) => citedIds(h))),
    });
  }
  // Stable: equal swings keep the dataset's order.
  const ranked = questions.map((q, i) => ({ q, i })).sort((a, b) => b.q.swing - a.q.swing || a.i - b.i);
  return { questions: ranked.map((x) => x.q), gaps: buildGaps(snapshot, notes) };
}

/** How many questions the core's "what to watch" carries. */
export const WATCHED = 3;

/**
 * The questions to watch: those whose answers move a score most, each with the move said in
 * words for the guarantee it moves most, and the indicators that would answer it.
 */
export function buildWatch(questions: readonly UnknownQuestion[]): WatchItem[] {
  return questions
    .filter((q) => q.swing > 0)
    .slice(0, WATCHED)
    .map((q) => ({ question: q.id, text: q.question, stakes: stakesOf(q), indicators: q.indicators, notes: q.notes }));
}

function stakesOf(q: UnknownQuestion): string {
  let best: { name: string; measure: 'credibility' | 'viability'; low: number; high: number } | undefined;
  const names = new Set(q.answers.flatMap((a) => a.effects.map((e) => e.name)));
  for (const name of names) {
    for (const measure of ['credibility', 'viability'] as const) {
      const points = q.answers.flatMap((a) => a.effects.filter((e) => e.name === name).map((e) => e[measure].point));
      if (points.length === 0) continue;
      const [low, high] = [Math.min(...points), Math.max(...points)];
      if (!best || high - low > best.high - best.low) best = { name, measure, low, high };
    }
  }
  if (!best) return 'Its answers were not assessed.';
  return `Depending on the answer, ${possessive(best.name)} ${best.measure} would be between ${Math.round(best.low)} and ${Math.round(best.high)}.`;
}

function citedIds(entry: { source?: string; sources?: string[] }): string[] {
  return [...(entry.source ? [entry.source] : []), ...(entry.sources ?? [])];
}

function buildGaps(snapshot: Snapshot, notes: EndnoteRegister): KnownGap[] {
  const gaps: KnownGap[] = [];
  for (const g of snapshot.dataset.guarantees) {
    const name = guaranteeName(g);
    const fields = [
      g.legalForm === 'unknown' ? 'legal form' : undefined,
      g.obligation === 'unknown' ? 'obligation' : undefined,
      g.trigger === 'unknown' ? 'trigger' : undefined,
    ].filter((f): f is string => f !== undefined);
    if (fields.length > 0) gaps.push({ text: `${name}: no source gives its ${joinAnd(fields)}.`, notes: [] });
    for (const c of g.conditions ?? []) {
      if (c.status !== 'unknown') continue;
      gaps.push({ text: `${name}: whether “${clean(c.description)}” holds is not known.`, notes: notes.cite(c) });
    }
  }
  return gaps;
}
