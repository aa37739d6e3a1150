import { capabilityLabel, type Id, type Snapshot } from '@pledgewatch/core';
import { clean } from '../terminal/text.js';
import { matches } from './filter.js';
import { namesOf } from './names.js';

/** The Timeline view's rows: every dated change in the record up to the as-of date. */

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
  return filter ? rows.filter((r) => matches(filter, { date: r.date, kind: r.kind, text: r.text })) : rows;
}
