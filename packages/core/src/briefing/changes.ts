import { pairAssessments } from '../credibility/compare.js';
import type { Assessment } from '../credibility/types.js';
import type { Snapshot } from '../timeline/snapshot.js';
import { formatPeriod } from '../wording/dates.js';
import { capitalise, shortLabel, enumWords as words } from '../wording/labels.js';
import type { EndnoteRegister } from './endnotes.js';
import { actorName, stanceVerb } from './known.js';
import type { ChangesSince } from './types.js';
import { clean } from './wording.js';

/**
 * What changed since an earlier date: every dated entry after `since` and up to the as-of
 * date — status and stance changes, sources published, questions answered — and how each
 * guarantee's credibility moved between the two assessments.
 */
export function buildChanges(
  snapshot: Snapshot,
  since: string,
  before: Assessment | undefined,
  after: Assessment | undefined,
  notes: EndnoteRegister,
): ChangesSince {
  const asOf = snapshot.asOf;
  const inWindow = (date: string) => date > since && date <= asOf;
  const names = new Map(snapshot.dataset.guarantees.map((g) => [g.id, clean(shortLabel(g))]));

  const statusChanges = snapshot.dataset.commitments.flatMap((c) =>
    c.history.flatMap((h, i) => {
      if (!inWindow(h.date)) return [];
      const from = i > 0 ? `${words(c.history[i - 1]!.status)} → ` : 'new: ';
      const text = `${capitalise(actorName(snapshot, c.guarantor))} — ${words(c.capability)} for ${names.get(c.guarantee) ?? c.guarantee}: ${from}${words(h.status)}.`;
      return [{ text, date: h.date, notes: notes.cite(h) }];
    }),
  );
  const stanceChanges = snapshot.dataset.positions.flatMap((p) =>
    p.history.flatMap((h) =>
      inWindow(h.date)
        ? [
            {
              text: `${capitalise(actorName(snapshot, p.actor))} ${stanceVerb(h.stance)} ${names.get(p.guarantee) ?? p.guarantee}.`,
              date: h.date,
              notes: notes.cite(h),
            },
          ]
        : [],
    ),
  );
  const answeredQuestions = snapshot.dataset.questions.flatMap((q) =>
    q.history.flatMap((h) => {
      if (!inWindow(h.date) || h.status === 'open') return [];
      const answer = q.answers.find((a) => a.id === h.answer);
      const text = `${clean(q.question)} — ${words(h.status)}${answer ? `: ${clean(answer.label)}` : ''}.`;
      return [{ text, date: h.date, notes: notes.cite(h) }];
    }),
  );
  // A source dated only to the month or year is new when that period overlaps the window:
  // left out, it would silently vanish from "what changed"; its date is shown as given.
  const periodOverlaps = (date: string) => {
    const start = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
    const end = date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
    return end > since && start <= asOf;
  };
  const newSources = snapshot.dataset.sources
    .filter((s) => s.date !== 'unknown' && periodOverlaps(s.date))
    .map((s) => ({
      text: `${clean(s.publisher)}: ${clean(s.title)}`,
      date: s.date as string,
      notes: notes.cite([s.id]),
    }));
  const credibilityMoves = (before && after ? pairAssessments(before, after) : []).map(({ before: b, after: g }) => ({
    guarantee: g.guarantee,
    name: clean(shortLabel(g)),
    before: b.credibility,
    after: g.credibility,
    delta: g.credibility.point - b.credibility.point,
  }));
  const byDate = <T extends { date: string }>(xs: T[]) => xs.sort((a, b) => a.date.localeCompare(b.date));
  return {
    since,
    statusChanges: byDate(statusChanges),
    stanceChanges: byDate(stanceChanges),
    newSources: byDate(newSources),
    answeredQuestions: byDate(answeredQuestions),
    credibilityMoves,
  };
}

export function describeWindow(since: string, asOf: string): string {
  return formatPeriod(since, asOf);
}
