import { type Action, VIEWS, type ViewId } from './keys.js';

/**
 * Where the user is: the view, the selection in each list, the filter, the sort, the
 * open overlays and the scenario toggles. A pure reducer, so every key is testable
 * without a terminal. Quitting and cycling the profile are effects: the app does them.
 */

export interface UiState {
  view: ViewId;
  help: boolean;
  filter: string;
  typingFilter: boolean;
  sort: number;
  cursor: Record<ViewId, number>;
  detail: boolean;
  /** Toggled scenario and answer keys (see `scenarioKey`, `answerKey`). */
  toggles: string[];
}

export interface ListContext {
  /** Rows in the current view's list, after filtering. */
  length: number;
  /** Sort orders the current view offers. */
  sorts: number;
  /** The toggle key under the cursor, in the scenarios view. */
  toggleAtCursor?: string;
}

export const scenarioKey = (id: string) => `scenario:${id}`;
export const answerKey = (question: string, answer: string) => `answer:${question}:${answer}`;

export function initialUiState(view: ViewId = 'overview'): UiState {
  const cursor = Object.fromEntries(VIEWS.map((v) => [v, 0])) as Record<ViewId, number>;
  return { view, help: false, filter: '', typingFilter: false, sort: 0, cursor, detail: false, toggles: [] };
}

function clamp(n: number, length: number): number {
  return Math.max(0, Math.min(n, length - 1));
}

function switchTo(state: UiState, view: ViewId): UiState {
  return { ...state, view, detail: false, help: false, filter: '', typingFilter: false };
}

function withCursor(state: UiState, at: number, ctx: ListContext): UiState {
  return { ...state, cursor: { ...state.cursor, [state.view]: clamp(at, ctx.length) } };
}

/** Toggling an answer turns off the question's other answers: a question has one answer. */
function toggle(toggles: string[], key: string): string[] {
  if (toggles.includes(key)) return toggles.filter((k) => k !== key);
  const question = key.startsWith('answer:') ? key.split(':')[1] : undefined;
  const kept = question ? toggles.filter((k) => !k.startsWith(`answer:${question}:`)) : toggles;
  return [...kept, key];
}

export function reduceUi(state: UiState, action: Action, ctx: ListContext): UiState {
  const at = state.cursor[state.view];
  switch (action.type) {
    case 'help':
      return { ...state, help: !state.help };
    case 'next-view':
    case 'prev-view': {
      const step = action.type === 'next-view' ? 1 : VIEWS.length - 1;
      return switchTo(state, VIEWS[(VIEWS.indexOf(state.view) + step) % VIEWS.length]!);
    }
    case 'view':
      return switchTo(state, action.view);
    case 'move':
      return withCursor(state, at + action.by, ctx);
    case 'move-to':
      return withCursor(state, action.at === 'start' ? 0 : ctx.length - 1, ctx);
    case 'open':
      return ctx.length > 0 && (state.view === 'commitments' || state.view === 'unknowns')
        ? { ...state, detail: true }
        : state;
    case 'back':
      if (state.help) return { ...state, help: false };
      if (state.detail) return { ...state, detail: false };
      if (state.filter) return withCursor({ ...state, filter: '' }, 0, ctx);
      return state;
    case 'sort':
      return ctx.sorts > 1 ? { ...state, sort: (state.sort + 1) % ctx.sorts } : state;
    case 'toggle':
      return ctx.toggleAtCursor ? { ...state, toggles: toggle(state.toggles, ctx.toggleAtCursor) } : state;
    case 'filter-start':
      return { ...state, typingFilter: true, detail: false };
    case 'filter-type':
      return { ...state, filter: state.filter + action.text, cursor: { ...state.cursor, [state.view]: 0 } };
    case 'filter-erase':
      return { ...state, filter: [...state.filter].slice(0, -1).join('') };
    case 'filter-keep':
      return { ...state, typingFilter: false };
    case 'filter-drop':
      return { ...state, typingFilter: false, filter: '', cursor: { ...state.cursor, [state.view]: 0 } };
    case 'quit':
    case 'profile':
    case 'record':
      return state;
  }
}
