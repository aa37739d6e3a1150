import type { Guarantee } from '../model/guarantee.js';
import type { QuestionReading } from './questions.js';
import type { Situation } from './situation.js';
import type { GuaranteeAssessment } from './types.js';
import type { GuaranteeInputs } from './view.js';

/**
 * Reassessing only what changed. A guarantee's assessment is a function of its view's inputs
 * (rules read a view and nothing else, view.ts, and the view's ground facts are derived from
 * its inputs, ground.ts) and the questions as read on the date — so when everything in them is
 * the very same object as in an earlier assessment, the view is not even built:
 * the earlier result is the result. A dataset loaded again after a save keeps the entities of
 * the files that did not change as the same objects (the loader re-parses only changed files),
 * so after a save only the guarantees whose inputs the save replaced are evaluated again.
 *
 * The inputs are compared by identity, never by content: a guarantee whose inputs were rebuilt
 * (an edited file, a scenario's changes) is evaluated again even when nothing in them differs.
 * Every field of the inputs takes part, so a field added to them later takes part too: a
 * state built per date (a commitment's or a position's) counts as the entity it was folded
 * from, the date being part of the inputs; any other object, by identity.
 *
 * Results are kept per guarantee object, a few lenses each (the dashboard asks for the as-of
 * date and the date before the last change, under one profile), and go with the guarantee
 * object when a new load replaces it.
 */

/** Lenses kept per guarantee: now, the previous change date, and a toggled scenario or two. */
const PER_GUARANTEE = 4;
/** Dataset-wide inputs kept, with a token each: the same number of lenses. */
const SHARED = 4;

interface Kept {
  shared: object;
  own: unknown[];
  result: GuaranteeAssessment;
}

const kept = new WeakMap<Guarantee, Kept[]>();
let sharedTokens: { inputs: unknown[]; token: object }[] = [];

function sameList(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * What every guarantee of a situation reads in common — the date, the profile, the actors,
 * the sources and the questions — as one token: the same token for the same objects.
 */
export function sharedInputs(situation: Situation): object {
  const d = situation.dataset;
  const inputs: unknown[] = [
    situation.asOf,
    situation.profile,
    d.actors.length,
    ...d.actors,
    d.sources.length,
    ...d.sources,
    d.questions.length,
    ...d.questions,
  ];
  const hit = sharedTokens.find((s) => sameList(s.inputs, inputs));
  if (hit) return hit.token;
  const token = {};
  sharedTokens = [{ inputs, token }, ...sharedTokens].slice(0, SHARED);
  return token;
}

/** One field of a view as identities: per-date states as their entities, maps and sets by their members. */
function flatten(value: unknown, out: unknown[]): void {
  if (Array.isArray(value)) {
    out.push(value.length);
    for (const item of value) {
      if (item !== null && typeof item === 'object' && 'commitment' in item) out.push(item.commitment);
      else if (item !== null && typeof item === 'object' && 'position' in item) out.push(item.position);
      else out.push(item);
    }
  } else if (value instanceof Map) {
    out.push(value.size);
    for (const [k, v] of value) out.push(k, v);
  } else if (value instanceof Set) {
    out.push(value.size);
    for (const v of value) out.push(v);
  } else out.push(value);
}

/** What one guarantee's assessment reads beyond the shared inputs. */
function ownInputs(view: GuaranteeInputs, questions: readonly QuestionReading[], readingTouched: boolean): unknown[] {
  const out: unknown[] = [readingTouched];
  for (const key of Object.keys(view).sort()) {
    // Read from the shared inputs (the same objects, rebuilt into maps per situation).
    if (key === 'actors' || key === 'sources') continue;
    out.push(key);
    flatten(view[key as keyof GuaranteeInputs], out);
  }
  const id = view.guarantee.id;
  for (const q of questions) out.push(q.question, q.status, q.answer, q.guarantees.has(id));
  return out;
}

/**
 * The guarantee's assessment: the one kept for the same inputs, else `compute()`'s, kept.
 * `readingTouched`: whether the answered questions' changes are applied to this guarantee.
 */
export function reuseOrAssess(
  shared: object,
  view: GuaranteeInputs,
  questions: readonly QuestionReading[],
  readingTouched: boolean,
  compute: () => GuaranteeAssessment,
): GuaranteeAssessment {
  const own = ownInputs(view, questions, readingTouched);
  const list = kept.get(view.guarantee) ?? [];
  const hit = list.find((k) => k.shared === shared && sameList(k.own, own));
  if (hit) return hit.result;
  const result = compute();
  kept.set(view.guarantee, [{ shared, own, result }, ...list].slice(0, PER_GUARANTEE));
  return result;
}
