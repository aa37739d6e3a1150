import type { Change } from '../model/change.js';
import type { Id, IsoDate } from '../model/common.js';
import type { Dataset } from '../model/dataset.js';
import type { Profile } from '../model/profile.js';
import type { Scenario } from '../model/scenario.js';
import { type ActorState, actorsAsOf } from '../timeline/actor.js';
import { firstDay } from '../timeline/guarantee.js';
import { changeDates } from '../timeline/snapshot.js';
import { prepareAssessment } from './assess.js';
import { assessGuarantee } from './assess-guarantee.js';
import { existsAsOf, firstOnRecord } from './existence.js';
import { groundedView } from './ground.js';
import type { CredibilityResult } from './problems.js';
import { type QuestionReach, questionReach, readingChanges, readQuestionsAt, settledChanges } from './questions.js';
import { buildSituation, changedInputs, inputsOnDate, type Situation, touchedGuarantees } from './situation.js';
import type { Assessment, GuaranteeAssessment } from './types.js';
import type { GuaranteeInputs } from './view.js';

export interface HistoryOptions {
  /** The last date; the dataset's cut-off by default. */
  until?: IsoDate;
  profile?: Id | Profile;
  /**
   * Scenarios to apply on every date, as `assess` applies them on that date: a change with no
   * date of its own takes effect on the date assessed.
   */
  scenarios?: readonly (Id | Scenario)[];
}

/**
 * The assessment at each dated change in the data (timeline `changeDates`), each signing, each
 * change since signing and each guarantee's first day on record, for drawing a trend. Incremental: on each date only the guarantees something the rules read changed for
 * are re-assessed — a commitment's status (its own or a backstop's), a stance, a question's
 * status or answer, a signing, a change since signing, a guarantor's recorded episode against
 * this adversary — and the rest are carried over unchanged. An entry that repeats the status
 * before it (a new note or source) changes nothing the rules read. The result equals calling
 * `assess`, with the same scenarios, on every date.
 */
export function credibilityHistory(
  dataset: Dataset,
  options: HistoryOptions = {},
): CredibilityResult<{ history: Assessment[] }> {
  const prepared = prepareAssessment(dataset, {
    asOf: options.until,
    profile: options.profile,
    ...(options.scenarios ? { scenarios: options.scenarios } : {}),
  });
  if (!prepared.ok) return prepared;
  const scenarioIds = prepared.scenarios.map((s) => s.id);
  const whatIf: Change[] = prepared.scenarios.flatMap((s) => s.changes);
  // Indices (which commitment belongs where, what each question reaches) from the data with
  // the scenarios applied; each date's views from the record, the scenarios applied on that date.
  const final = buildSituation(prepared.dataset, prepared.asOf, prepared.profile);
  const base = whatIf.length ? buildSituation(dataset, prepared.asOf, prepared.profile) : final;
  const whatIfTouch = touchedGuarantees(final, whatIf);
  const reach = questionReach(final);
  const dates = historyDates(dataset, prepared.dataset, final, base, prepared.asOf);
  const whatIfDates = whatIf.flatMap((c) => ('date' in c && c.date !== undefined ? [c.date] : []));
  const watch = new Map(
    [...final.guarantees.keys()].map((g) => [
      g,
      {
        dates: sensitiveDates(base.guarantees.get(g) ?? final.guarantees.get(g)!, final, reach, whatIfDates),
        next: 0,
      },
    ]),
  );
  const history: Assessment[] = [];
  let previous = new Map<Id, GuaranteeAssessment>();
  for (const [i, asOf] of dates.entries()) {
    const readings = readQuestionsAt(reach, asOf);
    const reading = readingChanges(readings);
    const settled = settledChanges(readings);
    const readingTouch = touchedGuarantees(final, reading);
    // The actors folded to the date, once, when a guarantee is assessed on it.
    let actors: ReadonlyMap<Id, ActorState> | undefined;
    const current = new Map<Id, GuaranteeAssessment>();
    for (const [id, finalInputs] of final.guarantees) {
      const baseInputs = base.guarantees.get(id) ?? finalInputs;
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
      // The record folded to the date, the scenarios applied on it, then the ground derived.
      const recorded = inputsOnDate(baseInputs, asOf);
      const inputs = (whatIfTouch.has(id) && changedInputs(recorded, whatIf)) || recorded;
      // Not yet signed and nothing on record: absent on this date, as `assess` leaves it out.
      if (!existsAsOf(inputs, final.sourceDates)) continue;
      actors ??= actorsAsOf(final.actors.values(), asOf);
      // The most-likely reading's answers applied too, before the ground is derived, once.
      const touched = readingTouch.has(id);
      const read = (touched && changedInputs(inputs, reading)) || inputs;
      current.set(id, assessGuarantee(groundedView(read, actors), readings, touched ? settled : []));
    }
    history.push({ asOf, profile: prepared.profile, scenarios: scenarioIds, guarantees: [...current.values()] });
    previous = current;
  }
  return { ok: true, history };
}

/**
 * The dates of the history: every dated change in the data, plus the days the rules read that
 * no entry dates — each guarantee's signing (viability.adversary-stance halves once signed),
 * its changes since signing, and the first day it is on record (existence.ts).
 */
function historyDates(
  recorded: Dataset,
  changed: Dataset,
  final: Situation,
  base: Situation,
  until: IsoDate,
): IsoDate[] {
  const dates = new Set(changeDates(recorded, until));
  for (const g of [...recorded.guarantees, ...changed.guarantees]) {
    if (g.signed !== undefined && g.signed !== 'unknown') dates.add(firstDay(g.signed));
    for (const c of g.changesSinceSigning ?? []) dates.add(c.date);
  }
  for (const [id, view] of final.guarantees) {
    const first = firstOnRecord(base.guarantees.get(id) ?? view, final.sourceDates);
    if (first !== undefined) dates.add(first);
    for (const d of groundDates(view.guarantee, final)) dates.add(d);
  }
  return [...dates].filter((d) => d <= until).sort();
}

/**
 * The days the engine v2 rules read that no status or stance entry dates (ground.ts): each
 * force estimate, hedge, breach and response, the day a patron's backing begins, and for every
 * party the day it became nuclear-armed and the days it lost or regained the means to act.
 */
function groundDates(g: GuaranteeInputs['guarantee'], situation: Situation): IsoDate[] {
  const dates: IsoDate[] = [];
  for (const f of g.balance ?? []) if (f.date !== undefined) dates.push(f.date);
  for (const h of g.hedges ?? []) dates.push(h.date);
  for (const b of g.breaches ?? []) {
    dates.push(b.date);
    for (const r of b.responses ?? []) if (r.date !== undefined) dates.push(r.date);
  }
  const parties = new Set<Id>([...g.guarantors, g.beneficiary, g.adversary]);
  for (const p of g.adversaryPatrons ?? []) {
    parties.add(p.actor);
    if (p.since !== undefined) dates.push(firstDay(String(p.since)));
  }
  for (const id of parties) {
    const actor = situation.actors.get(id);
    if (actor?.nuclearSince?.date !== undefined) dates.push(firstDay(String(actor.nuclearSince.date)));
    for (const m of actor?.meansLost ?? []) dates.push(m.date, ...(m.until !== undefined ? [m.until] : []));
  }
  return dates;
}

/** The dates on which a dated history's reading changes: its first entry, then each that differs from the one before. */
function turns<T extends { date: string }>(history: readonly T[], same: (a: T, b: T) => boolean): string[] {
  return history.filter((h, i) => i === 0 || !same(h, history[i - 1]!)).map((h) => h.date);
}

/** Every date on which something one guarantee's rules read can change. */
function sensitiveDates(
  view: GuaranteeInputs,
  situation: Situation,
  reach: readonly QuestionReach[],
  extra: readonly string[],
): string[] {
  const g = view.guarantee;
  const id = g.id;
  const dates: string[] = [...extra];
  // resolve.record reads the engaged guarantors' episodes against this adversary only.
  const guarantors = new Set<Id>(g.guarantors);
  for (const s of [...view.commitments, ...view.backstop]) {
    if (s.commitment.guarantee === id) guarantors.add(s.commitment.guarantor);
    dates.push(...turns(s.commitment.history, (a, b) => a.status === b.status));
  }
  for (const s of view.positions) dates.push(...turns(s.position.history, (a, b) => a.stance === b.stance));
  if (g.signed !== undefined && g.signed !== 'unknown') dates.push(firstDay(g.signed));
  for (const c of g.changesSinceSigning ?? []) dates.push(c.date);
  for (const a of guarantors)
    for (const r of situation.actors.get(a)?.record ?? [])
      if (r.adversary === g.adversary) dates.push(firstDay(r.date));
  dates.push(...groundDates(g, situation));
  for (const { question, guarantees } of reach) {
    if (!guarantees.has(id)) continue;
    dates.push(...turns(question.history, (a, b) => a.status === b.status && a.answer === b.answer));
    for (const a of question.answers)
      for (const c of a.changes) if (c.op === 'set-status' && c.date !== undefined) dates.push(c.date);
  }
  return [...new Set(dates)].sort();
}
