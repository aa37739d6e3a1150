import {
  type CommitmentShare,
  explainGuarantee,
  type GuaranteeExplanation,
  guaranteeLabel,
  type Id,
  type Snapshot,
} from '@pledgewatch/core';
import {
  answerEffects,
  type ChangeEffect,
  changeEffects,
  commitmentShareIn,
  compareToggles,
  credibilityTrends,
  questionSwings,
} from '../live/assessment.js';
import type { LiveState } from '../live/live-state.js';
import type { ViewId } from '../navigation/keys.js';
import { initialUiState, type ListContext, type UiState } from '../navigation/navigation.js';
import { clean } from '../terminal/text.js';
import type { GuaranteeLine } from '../views/GuaranteeScores.js';
import type { ScenarioComparisonLine, ScenarioItem } from '../views/Scenarios.js';
import type { AnswerEffect } from '../views/Unknowns.js';
import { type MatrixRows, matrixRows } from './coalition-matrix.js';
import { COMMITMENT_SORTS, type CommitmentRow, commitmentRows } from './commitments.js';
import { type DiagnosticRow, diagnosticRows } from './diagnostics.js';
import { namesOf } from './names.js';
import { type QuestionRow, questionRows } from './questions.js';
import { type Contradiction, scenarioItems, toggled } from './scenarios.js';
import { type Selection, sourceLines, timelineSelection } from './selection.js';
import { type TimelineRow, timelineRows } from './timeline.js';

/**
 * What the current view needs, derived from the live state and the navigation state.
 * Only the current view's lists are computed; the heavy parts are cached per snapshot.
 */

export interface ScreenModel {
  view: ViewId;
  list: ListContext;
  guarantees: GuaranteeLine[];
  matrix?: MatrixRows;
  questions: QuestionRow[];
  commitments?: CommitmentRow[];
  timeline?: TimelineRow[];
  diagnostics?: DiagnosticRow[];
  scenarioItems?: ScenarioItem[];
  /** Scenarios: pairs of items that are on and set one thing to two values. */
  contradictions?: Contradiction[];
  comparison?: { comparison?: ScenarioComparisonLine[]; problem?: string };
  effects?: AnswerEffect[];
  /** The fact under the cursor, for `e`, `o` and `y`. */
  selection?: Selection;
  /** Overview with enter: why the selected guarantee scores what it does. */
  explanation?: GuaranteeExplanation;
  /** Overview: the selected guarantee's full name, and the adversary's latest stance on it. */
  coalition?: { name: string; adversary?: string };
  /** Commitments with enter: what the selected commitment adds to its guarantee. */
  share?: CommitmentShare;
  /** Timeline with enter: what the selected change did to the scores. */
  changeEffects?: ChangeEffect[];
}

/**
 * The guarantee a newcomer should see first: the one with the most commitments on record
 * (its coalition is the story), ties to the dataset's order.
 */
export function featuredGuarantee(snapshot: Snapshot): number {
  const counts = snapshot.dataset.guarantees.map(
    (g) => snapshot.commitments.filter((c) => c.commitment.guarantee === g.id && c.status).length,
  );
  return counts.indexOf(Math.max(0, ...counts));
}

/**
 * The state a session opens in — the live app's first frame and `--once` alike: the Overview
 * (or the view asked for) on the guarantee with the most commitments, so its coalition shows.
 */
export function openingUiState(live: LiveState, view?: ViewId): UiState {
  const ui = initialUiState(view);
  const snapshot = live.data?.snapshot;
  if (!snapshot) return ui;
  return { ...ui, cursor: { ...ui.cursor, overview: Math.max(0, featuredGuarantee(snapshot)) } };
}

/** The adversary's latest stance on a guarantee, in words: "Russia rejects (since 2025-09-04)". */
function adversaryLine(snapshot: Snapshot, guarantee: Id): string | undefined {
  const g = snapshot.dataset.guarantees.find((x) => x.id === guarantee);
  if (!g) return undefined;
  const names = namesOf(snapshot.dataset);
  const stances = snapshot.positions.filter(
    (p) => p.position.actor === g.adversary && p.position.guarantee === guarantee && p.stance,
  );
  const latest = stances.sort((a, b) => (b.since?.date ?? '').localeCompare(a.since?.date ?? ''))[0];
  if (!latest) return `${names.actor(g.adversary)} (adversary): no stated position on record`;
  const note = latest.since?.note ? ` — ${clean(latest.since.note)}` : '';
  return `${names.actor(g.adversary)} (adversary) ${latest.stance} since ${latest.since?.date}${note}`;
}

export function buildScreenModel(live: LiveState, ui: UiState): ScreenModel {
  const data = live.data;
  const view = ui.view;
  const empty: ScreenModel = { view, list: { length: 0, sorts: 1 }, guarantees: [], questions: [] };
  if (view === 'diagnostics') {
    const diagnostics = diagnosticRows(live.diagnostics, ui.filter);
    const d = diagnostics[ui.cursor.diagnostics]?.diagnostic;
    const selection = d && {
      label: `diagnostic at ${clean(d.file)}`,
      place: { file: d.file, ...(d.line !== undefined ? { line: d.line } : {}) },
      sources: [],
    };
    return { ...empty, diagnostics, selection, list: { length: diagnostics.length, sorts: 1 } };
  }
  if (!data) return empty;
  const lens = { asOf: data.asOf, profile: data.profile };
  const swings = view === 'overview' || view === 'unknowns' ? questionSwings(data.dataset, lens) : undefined;
  const filter = view === 'overview' ? '' : ui.filter;
  const questions = view === 'overview' || view === 'unknowns' ? questionRows(data.snapshot, filter, swings) : [];
  switch (view) {
    case 'overview': {
      const trends = data.trends ?? (data.trendsPending ? undefined : credibilityTrends(data.dataset, lens));
      const guarantees = data.dataset.guarantees.map((g) => ({
        id: g.id,
        name: clean(guaranteeLabel(data.dataset, g.id)),
        assessment: data.assessment?.guarantees.find((a) => a.guarantee === g.id),
        trend: trends?.get(g.id),
      }));
      const selected = guarantees[Math.min(ui.cursor.overview, guarantees.length - 1)];
      const matrix = matrixRows(data.snapshot, selected?.id ?? '');
      const open = questions.filter((q) => q.status !== 'answered');
      const g = data.dataset.guarantees.find((x) => x.id === selected?.id);
      const coalition = g && {
        name: clean(g.shortName && g.shortName !== g.name ? `${g.name} (${g.shortName})` : g.name),
        adversary: adversaryLine(data.snapshot, g.id),
      };
      const explanation = ui.detail && selected?.assessment ? explainGuarantee(selected.assessment) : undefined;
      const selection = g && {
        label: `guarantee ${clean(g.id)}`,
        place: live.whereIs?.('guarantees', g.id),
        sources: sourceLines(data.dataset, [g]),
      };
      return {
        ...empty,
        guarantees,
        matrix,
        questions: open,
        coalition,
        explanation,
        selection,
        list: { length: guarantees.length, sorts: 1 },
      };
    }
    case 'commitments': {
      const sort = COMMITMENT_SORTS[ui.sort % COMMITMENT_SORTS.length]!;
      const commitments = commitmentRows(data.snapshot, ui.filter, sort);
      const c = commitments[ui.cursor.commitments]?.state.commitment;
      const share = ui.detail && c ? commitmentShareIn(data.dataset, lens, c.id) : undefined;
      const selection = c && {
        label: `commitment ${clean(c.id)}`,
        place: live.whereIs?.('commitments', c.id),
        sources: sourceLines(data.dataset, [...c.history, ...(c.conditions ?? [])]),
      };
      return {
        ...empty,
        commitments,
        share,
        selection,
        list: { length: commitments.length, sorts: COMMITMENT_SORTS.length },
      };
    }
    case 'unknowns': {
      const selected = questions[ui.cursor.unknowns];
      const effects = ui.detail && selected ? answerEffects(data.dataset, lens, selected.id) : undefined;
      const q = selected?.state.question;
      const selection = q && {
        label: `question ${clean(q.id)}`,
        place: live.whereIs?.('questions', q.id),
        sources: sourceLines(data.dataset, q.history),
      };
      return { ...empty, questions, effects, selection, list: { length: questions.length, sorts: 1 } };
    }
    case 'timeline': {
      const timeline = timelineRows(data.snapshot, ui.filter);
      const row = timeline[ui.cursor.timeline];
      const selection = row && timelineSelection(data.dataset, live.whereIs, row.key);
      const effects = ui.detail && row ? changeEffects(data.dataset, data.profile, row.date) : undefined;
      return { ...empty, timeline, selection, changeEffects: effects, list: { length: timeline.length, sorts: 1 } };
    }
    case 'scenarios': {
      const { items, contradictions } = scenarioItems(data.dataset, ui);
      const { scenarios, answers } = toggled(ui);
      const comparison = compareToggles(data.dataset, lens, scenarios, answers);
      const list = { length: items.length, sorts: 1, toggleKeys: items.map((i) => i.key) };
      return { ...empty, scenarioItems: items, contradictions, comparison, list };
    }
  }
}
