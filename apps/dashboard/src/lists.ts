import {
  admiraltyGrade,
  COMMITMENT_STATUSES,
  type CommitmentState,
  type CommitmentStatus,
  capabilityLabel,
  type Dataset,
  type Diagnostic,
  diagnosticLocation,
  formatScale,
  type Id,
  type QuestionState,
  type Snapshot,
} from '@pledgewatch/core';
import { clean } from './terminal/text.js';

/**
 * What each list shows, filtered and sorted: the rows the views render. Every string from
 * the dataset is cleaned here, once, so views never see raw dataset text.
 */

export interface Names {
  actor(id: Id): string;
  guarantee(id: Id): string;
  source(id: Id): string;
}

const namesCache = new WeakMap<Dataset, Names>();

/** Display names by id, cleaned; built once per dataset. */
export function namesOf(dataset: Dataset): Names {
  const cached = namesCache.get(dataset);
  if (cached) return cached;
  const actors = new Map(dataset.actors.map((a) => [a.id, clean(a.name)]));
  const guarantees = new Map(dataset.guarantees.map((g) => [g.id, clean(g.shortName ?? g.name)]));
  const sources = new Map(dataset.sources.map((s) => [s.id, `${clean(s.publisher)} ${admiraltyGrade(s)}`]));
  const names: Names = {
    actor: (id) => actors.get(id) ?? clean(id),
    guarantee: (id) => guarantees.get(id) ?? clean(id),
    source: (id) => sources.get(id) ?? clean(id),
  };
  namesCache.set(dataset, names);
  return names;
}

function matches(filter: string, ...fields: string[]): boolean {
  if (!filter) return true;
  const needle = filter.toLowerCase();
  return fields.some((f) => f.toLowerCase().includes(needle));
}

export interface CommitmentRow {
  id: Id;
  state: CommitmentState;
  guarantee: string;
  guarantor: string;
  capability: string;
  status?: CommitmentStatus;
  since: string;
  scale: string;
}

export const COMMITMENT_SORTS = ['guarantee', 'guarantor', 'capability', 'status', 'since'] as const;
export type CommitmentSort = (typeof COMMITMENT_SORTS)[number];

function compareRows(sort: CommitmentSort): (a: CommitmentRow, b: CommitmentRow) => number {
  const statusRank = (s?: CommitmentStatus) => (s ? COMMITMENT_STATUSES.indexOf(s) : -1);
  const byName = (a: CommitmentRow, b: CommitmentRow) =>
    a.guarantee.localeCompare(b.guarantee) || a.guarantor.localeCompare(b.guarantor) || a.id.localeCompare(b.id);
  switch (sort) {
    case 'status':
      return (a, b) => statusRank(b.status) - statusRank(a.status) || byName(a, b);
    case 'since':
      return (a, b) => b.since.localeCompare(a.since) || byName(a, b);
    case 'guarantor':
      return (a, b) => a.guarantor.localeCompare(b.guarantor) || byName(a, b);
    case 'capability':
      return (a, b) => a.capability.localeCompare(b.capability) || byName(a, b);
    default:
      return byName;
  }
}

const rowsCache = new WeakMap<Snapshot, CommitmentRow[]>();

function allCommitmentRows(snapshot: Snapshot): CommitmentRow[] {
  const cached = rowsCache.get(snapshot);
  if (cached) return cached;
  const names = namesOf(snapshot.dataset);
  const rows = snapshot.commitments.map((state) => {
    const c = state.commitment;
    return {
      id: c.id,
      state,
      guarantee: names.guarantee(c.guarantee),
      guarantor: names.actor(c.guarantor),
      capability: capabilityLabel(c.capability),
      status: state.status,
      since: state.since?.date ?? '',
      scale: formatScale(c.scale),
    };
  });
  rowsCache.set(snapshot, rows);
  return rows;
}

export function commitmentRows(snapshot: Snapshot, filter: string, sort: CommitmentSort): CommitmentRow[] {
  const rows = allCommitmentRows(snapshot).filter((r) =>
    matches(filter, r.id, r.guarantee, r.guarantor, r.capability, r.status ?? 'not yet'),
  );
  return rows.sort(compareRows(sort));
}

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
    .filter((r) => matches(filter, r.id, r.question, r.status));
  const rank = (r: QuestionRow) => (r.status === 'answered' ? 1 : 0);
  return rows.sort((a, b) => rank(a) - rank(b) || (b.swing ?? -1) - (a.swing ?? -1) || a.id.localeCompare(b.id));
}

export interface TimelineRow {
  key: string;
  date: string;
  kind: 'event' | 'status' | 'stance' | 'question';
  text: string;
  /** The ids this row is about, to mark it when they change. */
  about: Id[];
}

function timelineOf(snapshot: Snapshot): TimelineRow[] {
  const { dataset, asOf } = snapshot;
  const names = namesOf(dataset);
  const rows: TimelineRow[] = [];
  for (const e of dataset.events)
    rows.push({
      key: `e:${e.id}`,
      date: e.date,
      kind: 'event',
      text: clean(e.title),
      about: [e.id, ...(e.guarantees ?? [])],
    });
  for (const c of dataset.commitments)
    c.history.forEach((h, i) => {
      const label = `${names.actor(c.guarantor)} ${capabilityLabel(c.capability)} (${names.guarantee(c.guarantee)})`;
      rows.push({ key: `c:${c.id}:${i}`, date: h.date, kind: 'status', text: `${label}: ${h.status}`, about: [c.id] });
    });
  for (const p of dataset.positions)
    p.history.forEach((h, i) => {
      const text = `${names.actor(p.actor)} on ${names.guarantee(p.guarantee)}: ${h.stance}`;
      rows.push({ key: `p:${p.id}:${i}`, date: h.date, kind: 'stance', text, about: [p.id] });
    });
  for (const q of dataset.questions)
    q.history.forEach((h, i) => {
      const text = `${clean(q.question)} ${h.status}`;
      rows.push({ key: `q:${q.id}:${i}`, date: h.date, kind: 'question', text, about: [q.id] });
    });
  return rows.filter((r) => r.date <= asOf).sort((a, b) => b.date.localeCompare(a.date) || a.key.localeCompare(b.key));
}

const timelineCache = new WeakMap<Snapshot, TimelineRow[]>();

/** Dated events and status changes up to the as-of date, newest first. */
export function timelineRows(snapshot: Snapshot, filter: string): TimelineRow[] {
  let rows = timelineCache.get(snapshot);
  if (!rows) {
    rows = timelineOf(snapshot);
    timelineCache.set(snapshot, rows);
  }
  return filter ? rows.filter((r) => matches(filter, r.date, r.kind, r.text)) : rows;
}

export interface DiagnosticRow {
  key: string;
  diagnostic: Diagnostic;
  location: string;
  message: string;
  hint: string;
}

export function diagnosticRows(diagnostics: readonly Diagnostic[], filter: string): DiagnosticRow[] {
  return diagnostics
    .map((d, i) => ({
      key: String(i),
      diagnostic: d,
      location: clean(diagnosticLocation(d)),
      message: clean(d.message),
      hint: clean(d.hint),
    }))
    .filter((r) => matches(filter, r.location, r.message, r.diagnostic.code));
}
