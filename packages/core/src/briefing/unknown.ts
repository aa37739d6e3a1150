import type { Assessment } from '../credibility/types.js';
import { EXIT_STATUSES } from '../model/commitment.js';
import type { Snapshot } from '../timeline/snapshot.js';
import type { EndnoteRegister } from './endnotes.js';
import { actorName, guaranteeName } from './known.js';
import type { AnswerEffect, KnownGap, UnknownQuestion } from './types.js';
import { clean, words } from './wording.js';

/**
 * What we don't know: the open questions — why each matters, what to watch, and what each
 * possible answer would do to credibility (the engine evaluates each answer) —
 * ranked by how far their answers move the score; then the facts the data marks unknown.
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
    // The engine evaluates every answer per guarantee the question moves.
    const moved = (assessment?.guarantees ?? []).flatMap((g) =>
      (g.questions ?? []).filter((e) => e.question === q.id).map((e) => ({ g, e })),
    );
    const answers: AnswerEffect[] = q.answers.map((a) => ({
      answer: a.id,
      label: clean(a.label),
      effects: moved.flatMap(({ g, e }) => {
        const x = e.answers.find((y) => y.answer === a.id);
        return x
          ? [
              {
                guarantee: g.guarantee,
                name: clean(g.name),
                credibility: x.credibility,
                viability: x.viability,
                delta: x.credibility.point - g.credibility.point,
                viabilityDelta: x.viability.point - g.viability.point,
              },
            ]
          : [];
      }),
    }));
    const swing = Math.max(0, ...moved.map(({ e }) => Math.max(e.swing.credibility, e.swing.viability)));
    questions.push({
      id: q.id,
      question: clean(q.question),
      status: state.status,
      why: clean(q.why),
      indicators: (q.indicators ?? []).map(clean),
      answers,
      swing,
      notes: notes.cite(q.history.filter((h) => h.date <= snapshot.asOf).flatMap((h) => citedIds(h))),
    });
  }
  // Stable: equal swings keep the dataset's order.
  const ranked = questions.map((q, i) => ({ q, i })).sort((a, b) => b.q.swing - a.q.swing || a.i - b.i);
  return { questions: ranked.map((x) => x.q), gaps: buildGaps(snapshot, notes) };
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
    if (fields.length > 0)
      gaps.push({ text: `${name}: the ${joinAnd(fields)} ${fields.length === 1 ? 'is' : 'are'} unknown.`, notes: [] });
    for (const c of g.conditions ?? []) {
      if (c.status !== 'unknown') continue;
      gaps.push({ text: `${name}: whether “${clean(c.description)}” holds is unknown.`, notes: notes.cite(c) });
    }
  }
  for (const state of snapshot.commitments) {
    const c = state.commitment;
    if (!state.status || (EXIT_STATUSES as readonly string[]).includes(state.status)) continue;
    const who = `${actorName(snapshot, c.guarantor)}’s ${words(c.capability)}`;
    if (c.scale === undefined || c.scale === 'unknown') gaps.push({ text: `${who}: the scale is unknown.`, notes: [] });
    for (const cond of c.conditions ?? []) {
      if (cond.status !== 'unknown') continue;
      gaps.push({ text: `${who}: whether “${clean(cond.description)}” holds is unknown.`, notes: notes.cite(cond) });
    }
  }
  return gaps;
}

export function joinAnd(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
