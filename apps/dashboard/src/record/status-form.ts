import { COMMITMENT_STATUSES, type CommitmentStatus, type Dataset, type Id } from '@pledgewatch/core';
import type { Key } from 'ink';

/**
 * The dashboard's "record a status" form, as a pure state machine: four fields (status, date,
 * source, note), the keys that edit them, and the request it submits. The source is picked from
 * the dataset's sources, narrowed by what is typed. What is recorded goes through core's
 * `recordFact`, exactly as `pledgewatch record status` does.
 */

export const FORM_FIELDS = ['status', 'date', 'source', 'note'] as const;
export type FormField = (typeof FORM_FIELDS)[number];

export interface SourceChoice {
  id: Id;
  label: string;
}

export interface StatusFormState {
  commitment: Id;
  /** The commitment as a reader knows it, e.g. "United Kingdom ground forces (MFU)". */
  label: string;
  field: FormField;
  status: CommitmentStatus;
  date: string;
  sourceQuery: string;
  /** Index into the sources matching the query. */
  sourcePick: number;
  note: string;
  /** While the record is being written. */
  busy: boolean;
  /** The outcome of the last submit: what was recorded, or why not. */
  message?: { ok: boolean; lines: string[] };
}

export function openStatusForm(commitment: Id, label: string, current: CommitmentStatus | undefined, date: string) {
  return {
    commitment,
    label,
    field: 'status',
    status: current ?? 'proposed',
    date,
    sourceQuery: '',
    sourcePick: 0,
    note: '',
    busy: false,
  } satisfies StatusFormState as StatusFormState;
}

/** The sources whose id, title or publisher contain every typed word, newest first. */
export function matchingSources(dataset: Dataset, query: string): SourceChoice[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return dataset.sources
    .filter((s) => {
      const hay = `${s.id} ${s.title} ${s.publisher}`.toLowerCase();
      return words.every((w) => hay.includes(w));
    })
    .sort((a, b) => String(b.date).localeCompare(String(a.date)) || a.id.localeCompare(b.id))
    .map((s) => ({ id: s.id, label: `${s.publisher}, ${s.date}: ${s.title}` }));
}

export type FormOutcome =
  | { type: 'edit'; state: StatusFormState }
  | { type: 'close' }
  | { type: 'submit'; state: StatusFormState; source: Id };

function typed(text: string, input: string, key: Key): string | undefined {
  if (key.backspace || key.delete) return text.slice(0, -1);
  if (input && !key.ctrl && !key.meta && !key.tab && !key.return && !key.escape) return text + input;
  return undefined;
}

function nextField(field: FormField, by: number): FormField {
  const i = FORM_FIELDS.indexOf(field);
  return FORM_FIELDS[(i + by + FORM_FIELDS.length) % FORM_FIELDS.length]!;
}

function cycleStatus(status: CommitmentStatus, by: number): CommitmentStatus {
  const i = COMMITMENT_STATUSES.indexOf(status);
  return COMMITMENT_STATUSES[(i + by + COMMITMENT_STATUSES.length) % COMMITMENT_STATUSES.length]!;
}

/** What a key does to the form: tab/shift-tab move between fields, enter submits, esc closes. */
export function formKey(state: StatusFormState, input: string, key: Key, sources: SourceChoice[]): FormOutcome {
  if (state.busy) return { type: 'edit', state };
  if (key.escape || (key.ctrl && input === 'c')) return { type: 'close' };
  if (key.tab) return { type: 'edit', state: { ...state, field: nextField(state.field, key.shift ? -1 : 1) } };
  if (key.return) {
    const source = sources[Math.min(state.sourcePick, sources.length - 1)];
    if (!source) {
      const message = { ok: false, lines: ['pick a source: type words of its title or outlet in the source field'] };
      return { type: 'edit', state: { ...state, field: 'source', message } };
    }
    return { type: 'submit', state: { ...state, busy: true }, source: source.id };
  }
  switch (state.field) {
    case 'status':
      if (key.leftArrow || key.upArrow)
        return { type: 'edit', state: { ...state, status: cycleStatus(state.status, -1) } };
      if (key.rightArrow || key.downArrow || input === ' ')
        return { type: 'edit', state: { ...state, status: cycleStatus(state.status, 1) } };
      return { type: 'edit', state };
    case 'source': {
      if (key.upArrow) return { type: 'edit', state: { ...state, sourcePick: Math.max(0, state.sourcePick - 1) } };
      if (key.downArrow) {
        const last = Math.max(0, sources.length - 1);
        return { type: 'edit', state: { ...state, sourcePick: Math.min(last, state.sourcePick + 1) } };
      }
      const text = typed(state.sourceQuery, input, key);
      return { type: 'edit', state: text === undefined ? state : { ...state, sourceQuery: text, sourcePick: 0 } };
    }
    case 'date':
    case 'note': {
      const text = typed(state[state.field], input, key);
      return { type: 'edit', state: text === undefined ? state : { ...state, [state.field]: text } };
    }
  }
}
