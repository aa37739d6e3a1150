import type { LoadResult } from '../loading/load.js';
import type { Dataset, SectionName } from '../model/dataset.js';
import { insertListItem, setMapEntry } from './edit-in-place.js';
import { findAnswer, findCommitment, findPosition, findQuestion, findSource } from './find.js';
import type { RecordPlan, RecordRequest } from './record.js';
import { commitmentStatus, isoDate, named, refuse, scaleOf, stance } from './values.js';

/**
 * Plans for the facts that extend a dated history: a commitment's new status, a position's new
 * stance, an open question's answer. The entry goes where its date puts it (after any entry of
 * the same day), so histories stay oldest first.
 */

type Loaded = LoadResult & { dataset: Dataset };
type Of<K extends RecordRequest['kind']> = Extract<RecordRequest, { kind: K }>;

function originOf(loaded: Loaded, section: SectionName, id: string) {
  const origin = loaded.origins.get(`${section}:${id}`);
  if (!origin) refuse('cannot-edit', `cannot tell which file holds ${section.replace(/s$/, '')} '${id}'`);
  return origin;
}

/** Where an entry dated `date` goes in a history kept oldest first. */
function indexFor(history: readonly { date: string }[], date: string): number {
  let index = 0;
  while (index < history.length && history[index]!.date <= date) index++;
  return index;
}

function cite(loaded: Loaded, query: string): string {
  return named('source', query, findSource(loaded.dataset, query)).id;
}

function historyEdit(path: (string | number)[], index: number, entry: Record<string, unknown>) {
  return (text: string, json: boolean) => insertListItem(text, [...path, 'history'], index, entry, json);
}

export function planStatus(loaded: Loaded, request: Of<'status'>): RecordPlan {
  const { id, label } = named('commitment', request.commitment, findCommitment(loaded.dataset, request.commitment));
  const status = commitmentStatus(request.status);
  const date = isoDate(request.date);
  const source = cite(loaded, request.source);
  const scale = request.scale === undefined ? undefined : scaleOf(request.scale, source);
  const commitment = loaded.dataset.commitments.find((c) => c.id === id)!;
  const origin = originOf(loaded, 'commitments', id);
  const entry = { date, status, ...(request.note ? { note: request.note } : {}), source };
  const edits: RecordPlan['edits'] = [historyEdit(origin.path, indexFor(commitment.history, date), entry)];
  if (scale !== undefined) {
    edits.push((text, json) =>
      setMapEntry(text, origin.path, 'scale', scale, ['location', 'conditions', 'history'], json),
    );
  }
  return {
    file: origin.file,
    edits,
    id,
    summary: `${label}: ${status} from ${date} (source ${source})${scale !== undefined ? ', scale updated' : ''}`,
  };
}

export function planStance(loaded: Loaded, request: Of<'stance'>): RecordPlan {
  const { id, label } = named('position', request.position, findPosition(loaded.dataset, request.position));
  const value = stance(request.stance);
  const date = isoDate(request.date);
  const source = cite(loaded, request.source);
  const position = loaded.dataset.positions.find((p) => p.id === id)!;
  const origin = originOf(loaded, 'positions', id);
  const entry = {
    date,
    stance: value,
    ...(request.quote ? { quote: request.quote } : {}),
    ...(request.note ? { note: request.note } : {}),
    source,
  };
  return {
    file: origin.file,
    edits: [historyEdit(origin.path, indexFor(position.history, date), entry)],
    id,
    summary: `${label}: ${value} from ${date} (source ${source})`,
  };
}

export function planAnswer(loaded: Loaded, request: Of<'answer'>): RecordPlan {
  const question = named('question', request.question, findQuestion(loaded.dataset, request.question));
  const answer = named('answer', request.answer, findAnswer(loaded.dataset, question.id, request.answer));
  const date = isoDate(request.date);
  const source = cite(loaded, request.source);
  const held = loaded.dataset.questions.find((q) => q.id === question.id)!;
  const origin = originOf(loaded, 'questions', question.id);
  const status = request.partly ? 'partly-answered' : 'answered';
  const entry = { date, status, answer: answer.id, ...(request.note ? { note: request.note } : {}), source };
  return {
    file: origin.file,
    edits: [historyEdit(origin.path, indexFor(held.history, date), entry)],
    id: question.id,
    summary: `${question.label} → ${answer.label} (${status} on ${date}, source ${source})`,
  };
}
