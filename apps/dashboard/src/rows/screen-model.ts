import type { Id } from '@pledgewatch/core';
import { guaranteeLabel } from '@pledgewatch/core';
import { answerEffects, compareToggles, credibilityTrends, questionSwings } from '../live/assessment.js';
import type { LiveState } from '../live/live-state.js';
import type { ViewId } from '../navigation/keys.js';
import { answerKey, type ListContext, scenarioKey, type UiState } from '../navigation/navigation.js';
import { clean } from '../terminal/text.js';
import type { GuaranteeLine } from '../views/GuaranteeScores.js';
import type { ScenarioComparisonLine, ScenarioItem } from '../views/Scenarios.js';
import type { AnswerEffect } from '../views/Unknowns.js';
import { type MatrixRows, matrixRows } from './coalition-matrix.js';
import { COMMITMENT_SORTS, type CommitmentRow, commitmentRows } from './commitments.js';
import { type DiagnosticRow, diagnosticRows } from './diagnostics.js';
import { type QuestionRow, questionRows } from './questions.js';
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
  comparison?: { comparison?: ScenarioComparisonLine[]; problem?: string };
  effects?: AnswerEffect[];
}

function scenarioItems(live: LiveState, ui: UiState): ScenarioItem[] {
  const dataset = live.data?.dataset;
  if (!dataset) return [];
  const items: ScenarioItem[] = dataset.scenarios.map((s) => ({
    key: scenarioKey(s.id),
    kind: 'scenario' as const,
    label: clean(s.name),
    on: false,
  }));
  for (const q of dataset.questions)
    for (const a of q.answers)
      items.push({
        key: answerKey(q.id, a.id),
        kind: 'answer',
        label: `${clean(q.question)} → ${clean(a.label)}`,
        on: false,
      });
  return items.map((i) => ({ ...i, on: ui.toggles.includes(i.key) }));
}

function toggled(ui: UiState): { scenarios: Id[]; answers: { question: Id; answer: Id }[] } {
  const scenarios: Id[] = [];
  const answers: { question: Id; answer: Id }[] = [];
  for (const key of ui.toggles) {
    const [kind, a, b] = key.split(':');
    if (kind === 'scenario' && a) scenarios.push(a);
    if (kind === 'answer' && a && b) answers.push({ question: a, answer: b });
  }
  return { scenarios, answers };
}

export function buildScreenModel(live: LiveState, ui: UiState): ScreenModel {
  const data = live.data;
  const view = ui.view;
  const empty: ScreenModel = { view, list: { length: 0, sorts: 1 }, guarantees: [], questions: [] };
  if (view === 'diagnostics') {
    const diagnostics = diagnosticRows(live.diagnostics, ui.filter);
    return { ...empty, diagnostics, list: { length: diagnostics.length, sorts: 1 } };
  }
  if (!data) return empty;
  const lens = { asOf: data.asOf, profile: data.profile };
  const swings = view === 'overview' || view === 'unknowns' ? questionSwings(data.dataset, lens) : undefined;
  const filter = view === 'overview' ? '' : ui.filter;
  const questions = view === 'overview' || view === 'unknowns' ? questionRows(data.snapshot, filter, swings) : [];
  switch (view) {
    case 'overview': {
      const trends = credibilityTrends(data.dataset, lens);
      const guarantees = data.dataset.guarantees.map((g) => ({
        id: g.id,
        name: clean(guaranteeLabel(data.dataset, g.id)),
        assessment: data.assessment?.guarantees.find((a) => a.guarantee === g.id),
        trend: trends?.get(g.id),
      }));
      const selected = guarantees[Math.min(ui.cursor.overview, guarantees.length - 1)];
      const matrix = matrixRows(data.snapshot, selected?.id ?? '');
      const open = questions.filter((q) => q.status !== 'answered');
      return { ...empty, guarantees, matrix, questions: open, list: { length: guarantees.length, sorts: 1 } };
    }
    case 'commitments': {
      const sort = COMMITMENT_SORTS[ui.sort % COMMITMENT_SORTS.length]!;
      const commitments = commitmentRows(data.snapshot, ui.filter, sort);
      return { ...empty, commitments, list: { length: commitments.length, sorts: COMMITMENT_SORTS.length } };
    }
    case 'unknowns': {
      const selected = questions[ui.cursor.unknowns];
      const effects = ui.detail && selected ? answerEffects(data.dataset, lens, selected.id) : undefined;
      return { ...empty, questions, effects, list: { length: questions.length, sorts: 1 } };
    }
    case 'timeline': {
      const timeline = timelineRows(data.snapshot, ui.filter);
      return { ...empty, timeline, list: { length: timeline.length, sorts: 1 } };
    }
    case 'scenarios': {
      const items = scenarioItems(live, ui);
      const { scenarios, answers } = toggled(ui);
      const comparison = compareToggles(data.dataset, lens, scenarios, answers);
      const toggleAtCursor = items[ui.cursor.scenarios]?.key;
      return { ...empty, scenarioItems: items, comparison, list: { length: items.length, sorts: 1, toggleAtCursor } };
    }
  }
}
