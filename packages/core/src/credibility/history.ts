import type { Id, IsoDate } from '../model/common.js';
import type { Dataset } from '../model/dataset.js';
import type { Profile } from '../model/profile.js';
import { changeDates, commitmentAsOf, positionAsOf } from '../timeline/snapshot.js';
import { prepareAssessment } from './assess.js';
import { assessGuarantee } from './assess-guarantee.js';
import type { CredibilityResult } from './problems.js';
import { type QuestionReach, questionReach, readingChanges, readQuestionsAt, settledChanges } from './questions.js';
import { buildSituation, deriveView, type Situation, touchedGuarantees } from './situation.js';
import type { Assessment, GuaranteeAssessment } from './types.js';
import type { GuaranteeView } from './view.js';

export interface HistoryOptions {
  /** The last date; the dataset's cut-off by default. */
  until?: IsoDate;
  profile?: Id | Profile;
}

/**
 * The assessment at each dated change in the data (timeline `changeDates`), for drawing a
 * trend. Incremental: on each date only the guarantees something happened to are
 * re-assessed — a status, a stance, a question's status, a signing, a recorded episode of
 * one of its actors — and the rest are carried over unchanged. The result equals calling
 * `assess` on every date.
 */
export function credibilityHistory(
  dataset: Dataset,
  options: HistoryOptions = {},
): CredibilityResult<{ history: Assessment[] }> {
  const prepared = prepareAssessment(dataset, { asOf: options.until, profile: options.profile });
  if (!prepared.ok) return prepared;
  const final = buildSituation(dataset, prepared.asOf, prepared.profile);
  const reach = questionReach(final);
  const dates = changeDates(dataset, prepared.asOf);
  const watch = new Map([...final.views.keys()].map((g) => [g, { dates: sensitiveDates(final, reach, g), next: 0 }]));
  const history: Assessment[] = [];
  let previous = new Map<Id, GuaranteeAssessment>();
  for (const [i, asOf] of dates.entries()) {
    const readings = readQuestionsAt(reach, asOf);
    const reading = readingChanges(readings);
    const settled = settledChanges(readings);
    const readingTouch = touchedGuarantees(final, reading);
    const current = new Map<Id, GuaranteeAssessment>();
    for (const [id, finalView] of final.views) {
      const w = watch.get(id)!;
      let dirty = i === 0;
      while (w.next < w.dates.length && w.dates[w.next]! <= asOf) {
        dirty = true;
        w.next++;
      }
      const kept = previous.get(id);
      if (!dirty && kept) {
        current.set(id, kept);
        continue;
      }
      const view = viewAt(finalView, asOf);
      const touched = readingTouch.has(id);
      current.set(id, assessGuarantee(touched ? deriveView(view, reading) : view, readings, touched ? settled : []));
    }
    history.push({ asOf, profile: prepared.profile, scenarios: [], guarantees: [...current.values()] });
    previous = current;
  }
  return { ok: true, history };
}

function viewAt(view: GuaranteeView, asOf: IsoDate): GuaranteeView {
  return {
    ...view,
    asOf,
    commitments: view.commitments.map((s) => commitmentAsOf(s.commitment, asOf)),
    positions: view.positions.map((s) => positionAsOf(s.position, asOf)),
    backstop: view.backstop.map((s) => commitmentAsOf(s.commitment, asOf)),
  };
}

/** A partial date (YYYY or YYYY-MM) turns true on the first day it covers. */
function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** Every date on which something one guarantee's rules read can change. */
function sensitiveDates(situation: Situation, reach: readonly QuestionReach[], id: Id): string[] {
  const view = situation.views.get(id)!;
  const g = view.guarantee;
  const dates: string[] = [];
  const actors = new Set<Id>([...g.guarantors, g.adversary, g.beneficiary]);
  for (const s of view.commitments) {
    actors.add(s.commitment.guarantor);
    for (const h of s.commitment.history) dates.push(h.date);
  }
  for (const s of view.positions) for (const h of s.position.history) dates.push(h.date);
  for (const s of view.backstop) for (const h of s.commitment.history) dates.push(h.date);
  if (g.signed !== undefined && g.signed !== 'unknown') dates.push(firstDay(g.signed));
  for (const c of g.changesSinceSigning ?? []) dates.push(c.date);
  for (const a of actors) for (const r of situation.actors.get(a)?.record ?? []) dates.push(firstDay(r.date));
  for (const { question, guarantees } of reach) {
    if (!guarantees.has(id)) continue;
    for (const h of question.history) dates.push(h.date);
    for (const a of question.answers)
      for (const c of a.changes) if (c.op === 'set-status' && c.date !== undefined) dates.push(c.date);
  }
  return [...new Set(dates)].sort();
}
