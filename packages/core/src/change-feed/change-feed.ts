import { pairAssessments } from '../credibility/compare.js';
import type { Assessment, ScoreRange } from '../credibility/types.js';
import type { CommitmentStatus } from '../model/commitment.js';
import type { Id } from '../model/common.js';
import type { Dataset } from '../model/dataset.js';
import type { Stance } from '../model/position.js';
import type { QuestionStatus } from '../model/question.js';
import type { Snapshot } from '../timeline/snapshot.js';
import { actorLabel as actorName, commitmentLabel, guaranteeLabel, shortLabel } from '../wording/labels.js';

/**
 * The change feed: what changed between two states of a dataset, and what it did to
 * credibility — "United Kingdom ground forces: pledged → deploying · MFU credibility
 * 48–71 → 55–74". Watchers (the dashboard) and reports (the briefing's "what changed")
 * both need it, so it lives here, pure. Labels are the dataset's own words: callers that
 * print them to a terminal neutralise them first.
 */

export type ChangeFeedEntry =
  | {
      kind: 'commitment-status';
      commitment: Id;
      guarantee: Id;
      label: string;
      from?: CommitmentStatus;
      to?: CommitmentStatus;
    }
  | { kind: 'commitment-edited'; commitment: Id; guarantee: Id; label: string }
  | { kind: 'commitment-added'; commitment: Id; guarantee: Id; label: string; to?: CommitmentStatus }
  | { kind: 'commitment-removed'; commitment: Id; guarantee: Id; label: string; from?: CommitmentStatus }
  | { kind: 'stance'; position: Id; guarantee: Id; label: string; from?: Stance; to?: Stance }
  | { kind: 'question-status'; question: Id; label: string; from?: QuestionStatus; to?: QuestionStatus }
  | { kind: 'event-added'; event: Id; label: string; date: string }
  | { kind: 'credibility' | 'viability'; guarantee: Id; label: string; from: ScoreRange; to: ScoreRange }
  | { kind: 'guarantee-added' | 'guarantee-removed'; guarantee: Id; label: string };

export interface ChangeFeedInput {
  before: Snapshot;
  after: Snapshot;
  assessmentBefore?: Assessment;
  assessmentAfter?: Assessment;
}

function byId<T extends { id: Id }>(items: readonly T[]): Map<Id, T> {
  return new Map(items.map((x) => [x.id, x]));
}

function sameRange(a: ScoreRange, b: ScoreRange): boolean {
  return (
    Math.round(a.low) === Math.round(b.low) &&
    Math.round(a.point) === Math.round(b.point) &&
    Math.round(a.high) === Math.round(b.high)
  );
}

/**
 * Whether both snapshots list the same commitments in the same order (a save that changed
 * no commitment's id): then each one's state before is at its own index, and none was removed.
 */
function sameCommitmentOrder(before: Snapshot, after: Snapshot): boolean {
  const a = before.commitments;
  const b = after.commitments;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.commitment.id !== b[i]!.commitment.id) return false;
  return true;
}

function commitmentChanges(before: Snapshot, after: Snapshot): ChangeFeedEntry[] {
  const out: ChangeFeedEntry[] = [];
  // After a save the commitments are usually the same, in the same order: no index is built.
  const aligned = sameCommitmentOrder(before, after);
  const old = aligned ? undefined : new Map(before.commitments.map((s) => [s.commitment.id, s]));
  const seen = new Set<Id>();
  for (let i = 0; i < after.commitments.length; i++) {
    const state = after.commitments[i]!;
    const c = state.commitment;
    if (!aligned) seen.add(c.id);
    const prev = old ? old.get(c.id) : before.commitments[i];
    // The same object is the same commitment (a reload keeps what it did not re-read): nothing to compare.
    if (prev?.commitment === c && prev.status === state.status) continue;
    const label = commitmentLabel(after.dataset, c);
    if (!prev) {
      out.push({ kind: 'commitment-added', commitment: c.id, guarantee: c.guarantee, label, to: state.status });
    } else if (prev.status !== state.status) {
      out.push({
        kind: 'commitment-status',
        commitment: c.id,
        guarantee: c.guarantee,
        label,
        from: prev.status,
        to: state.status,
      });
    } else if (JSON.stringify(prev.commitment) !== JSON.stringify(c)) {
      out.push({ kind: 'commitment-edited', commitment: c.id, guarantee: c.guarantee, label });
    }
  }
  if (aligned) return out;
  for (const state of before.commitments) {
    const c = state.commitment;
    if (seen.has(c.id)) continue;
    const label = commitmentLabel(before.dataset, c);
    out.push({ kind: 'commitment-removed', commitment: c.id, guarantee: c.guarantee, label, from: state.status });
  }
  return out;
}

function stanceChanges(before: Snapshot, after: Snapshot): ChangeFeedEntry[] {
  const old = new Map(before.positions.map((s) => [s.position.id, s]));
  const out: ChangeFeedEntry[] = [];
  for (const state of after.positions) {
    const prev = old.get(state.position.id);
    if (prev?.stance === state.stance) continue;
    const p = state.position;
    const label = `${actorName(after.dataset, p.actor)} on ${guaranteeLabel(after.dataset, p.guarantee)}`;
    out.push({ kind: 'stance', position: p.id, guarantee: p.guarantee, label, from: prev?.stance, to: state.stance });
  }
  return out;
}

function questionChanges(before: Snapshot, after: Snapshot): ChangeFeedEntry[] {
  const old = new Map(before.questions.map((s) => [s.question.id, s]));
  const out: ChangeFeedEntry[] = [];
  for (const state of after.questions) {
    const prev = old.get(state.question.id);
    if (prev?.status === state.status && prev?.answer === state.answer) continue;
    out.push({
      kind: 'question-status',
      question: state.question.id,
      label: state.question.question,
      from: prev?.status,
      to: state.status,
    });
  }
  return out;
}

function guaranteeAndEventChanges(before: Dataset, after: Dataset): ChangeFeedEntry[] {
  const out: ChangeFeedEntry[] = [];
  const oldG = byId(before.guarantees);
  const newG = byId(after.guarantees);
  for (const g of after.guarantees)
    if (!oldG.has(g.id)) out.push({ kind: 'guarantee-added', guarantee: g.id, label: shortLabel(g) });
  for (const g of before.guarantees)
    if (!newG.has(g.id)) out.push({ kind: 'guarantee-removed', guarantee: g.id, label: shortLabel(g) });
  const oldE = byId(before.events);
  for (const e of after.events)
    if (!oldE.has(e.id)) out.push({ kind: 'event-added', event: e.id, label: e.title, date: e.date });
  return out;
}

function scoreChanges(dataset: Dataset, before?: Assessment, after?: Assessment): ChangeFeedEntry[] {
  if (!before || !after) return [];
  const out: ChangeFeedEntry[] = [];
  for (const { before: prev, after: g } of pairAssessments(before, after)) {
    const label = guaranteeLabel(dataset, g.guarantee);
    if (!sameRange(prev.credibility, g.credibility))
      out.push({ kind: 'credibility', guarantee: g.guarantee, label, from: prev.credibility, to: g.credibility });
    if (!sameRange(prev.viability, g.viability))
      out.push({ kind: 'viability', guarantee: g.guarantee, label, from: prev.viability, to: g.viability });
  }
  return out;
}

/** Everything that changed from `before` to `after`, data first, then what it did to the scores. */
export function describeChanges(input: ChangeFeedInput): ChangeFeedEntry[] {
  const { before, after } = input;
  return [
    ...commitmentChanges(before, after),
    ...stanceChanges(before, after),
    ...questionChanges(before, after),
    ...guaranteeAndEventChanges(before.dataset, after.dataset),
    ...scoreChanges(after.dataset, input.assessmentBefore, input.assessmentAfter),
  ];
}

/** The ids of the commitments, guarantees, questions, positions and events an entry is about. */
export function changedIds(entries: readonly ChangeFeedEntry[]): Set<Id> {
  const ids = new Set<Id>();
  for (const e of entries) {
    if ('commitment' in e) ids.add(e.commitment);
    if ('guarantee' in e) ids.add(e.guarantee);
    if ('question' in e) ids.add(e.question);
    if ('position' in e) ids.add(e.position);
    if ('event' in e) ids.add(e.event);
  }
  return ids;
}
