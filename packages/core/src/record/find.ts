import { nearestWord } from '../loading/suggest.js';
import type { Id } from '../model/common.js';
import type { Dataset } from '../model/dataset.js';
import { capabilityLabel, commitmentLabel, guaranteeLabel, shortLabel } from '../wording/labels.js';

/**
 * Finding what an analyst names: an id ("mfu-uk-ground") or a few words that pick out one entity
 * ("uk ground", "russia mfu"). Each word must begin a word of the entity's id, its label or the
 * names of the actors and guarantee it belongs to. Several matches are an ambiguity, answered with
 * the candidates — never a guess.
 */

export interface NamedEntity {
  id: Id;
  /** How a reader knows it, e.g. "United Kingdom ground forces (MFU)". */
  label: string;
}

export type FindResult =
  | { ok: true; entity: NamedEntity }
  | { ok: false; reason: 'unknown' | 'ambiguous'; candidates: NamedEntity[]; suggestion?: Id };

interface Findable extends NamedEntity {
  words: string[];
}

const WORD = /[^\p{L}\p{N}]+/u;

function wordsOf(...texts: (string | undefined)[]): string[] {
  return texts.flatMap((t) => (t ?? '').toLowerCase().split(WORD)).filter((w) => w.length > 0);
}

function find(query: string, entities: readonly Findable[]): FindResult {
  const exact = entities.find((e) => e.id === query);
  if (exact) return { ok: true, entity: { id: exact.id, label: exact.label } };
  const tokens = wordsOf(query);
  const matching = (fits: (word: string, token: string) => boolean) =>
    tokens.length === 0 ? [] : entities.filter((e) => tokens.every((t) => e.words.some((w) => fits(w, t))));
  // Whole words first ("uk" is the United Kingdom, not the start of "Ukraine"), then beginnings.
  const whole = matching((w, t) => w === t);
  const matches = whole.length > 0 ? whole : matching((w, t) => w.startsWith(t));
  const named = (e: Findable): NamedEntity => ({ id: e.id, label: e.label });
  if (matches.length === 1) return { ok: true, entity: named(matches[0]!) };
  if (matches.length > 1) return { ok: false, reason: 'ambiguous', candidates: matches.map(named) };
  const suggestion = nearestWord(
    query,
    entities.map((e) => e.id),
  );
  return { ok: false, reason: 'unknown', candidates: [], ...(suggestion ? { suggestion } : {}) };
}

function actorWords(dataset: Dataset, id: Id): string[] {
  const actor = dataset.actors.find((a) => a.id === id);
  return wordsOf(id, actor?.name, ...Object.values(actor?.names ?? {}));
}

function guaranteeWords(dataset: Dataset, id: Id): string[] {
  const g = dataset.guarantees.find((x) => x.id === id);
  return wordsOf(id, g?.shortName, g?.name);
}

export function findCommitment(dataset: Dataset, query: string): FindResult {
  return find(
    query,
    dataset.commitments.map((c) => ({
      id: c.id,
      label: `${commitmentLabel(dataset, c)} (${guaranteeLabel(dataset, c.guarantee)})`,
      words: [
        ...wordsOf(c.id, capabilityLabel(c.capability)),
        ...actorWords(dataset, c.guarantor),
        ...guaranteeWords(dataset, c.guarantee),
      ],
    })),
  );
}

export function findPosition(dataset: Dataset, query: string): FindResult {
  return find(
    query,
    dataset.positions.map((p) => ({
      id: p.id,
      label: `${dataset.actors.find((a) => a.id === p.actor)?.name ?? p.actor} on ${guaranteeLabel(dataset, p.guarantee)}${p.condition ? ` (${p.condition})` : ''}`,
      words: [...wordsOf(p.id, p.condition), ...actorWords(dataset, p.actor), ...guaranteeWords(dataset, p.guarantee)],
    })),
  );
}

export function findQuestion(dataset: Dataset, query: string): FindResult {
  return find(
    query,
    dataset.questions.map((q) => ({ id: q.id, label: q.question, words: wordsOf(q.id, q.question) })),
  );
}

export function findAnswer(dataset: Dataset, questionId: Id, query: string): FindResult {
  const question = dataset.questions.find((q) => q.id === questionId);
  return find(
    query,
    (question?.answers ?? []).map((a) => ({ id: a.id, label: a.label, words: wordsOf(a.id, a.label) })),
  );
}

export function findSource(dataset: Dataset, query: string): FindResult {
  return find(
    query,
    dataset.sources.map((s) => ({
      id: s.id,
      label: `${s.title} — ${s.publisher}, ${s.date}`,
      words: wordsOf(s.id, s.title, s.publisher),
    })),
  );
}

export function findActor(dataset: Dataset, query: string): FindResult {
  return find(
    query,
    dataset.actors.map((a) => ({ id: a.id, label: a.name, words: actorWords(dataset, a.id) })),
  );
}

export function findGuarantee(dataset: Dataset, query: string): FindResult {
  return find(
    query,
    dataset.guarantees.map((g) => ({
      id: g.id,
      label: shortLabel(g),
      words: guaranteeWords(dataset, g.id),
    })),
  );
}
