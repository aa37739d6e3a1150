import { type Action, type PromptKind, VIEWS, type ViewId } from './keys.js';

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
  /** How far the open details are scrolled, in lines. */
  scroll: number;
  /** A prompt being typed (an as-of date, a `:` jump), shown in the footer. */
  prompt?: { kind: PromptKind; text: string };
  /** Toggled scenario and answer keys (see `scenarioKey`, `answerKey`). */
  toggles: string[];
}

export interface ListContext {
  /** Rows in the current view's list, after filtering. */
  length: number;
  /** Sort orders the current view offers. */
  sorts: number;
  /** The scenarios view's toggle keys, row by row (the cursor picks one). */
  toggleKeys?: readonly string[];
}

export const scenarioKey = (id: string) => `scenario:${id}`;
export const answerKey = (question: string, answer: string) => `answer:${question}:${answer}`;

export function initialUiState(view: ViewId = 'overview'): UiState {
  const cursor = Object.fromEntries(VIEWS.map((v) => [v, 0])) as Record<ViewId, number>;
  return { view, help: false, filter: '', typingFilter: false, sort: 0, cursor, detail: false, scroll: 0, toggles: [] };
}

function clamp(n: number, length: number): number {
  return Math.max(0, Math.min(n, length - 1));
}

function switchTo(state: UiState, view: ViewId): UiState {
  return { ...state, view, detail: false, scroll: 0, help: false, filter: '', typingFilter: false };
}

function withCursor(state: UiState, at: number, ctx: ListContext): UiState {
  return { ...state, scroll: 0, cursor: { ...state.cursor, [state.view]: clamp(at, ctx.length) } };
}

/** Toggling an answer turns off the question's other answers: a question has one answer. */
function toggle(toggles: string[], key: string): string[] {
  if (toggles.includes(key)) return toggles.filter((k) => k !== key);
  const question = key.startsWith('answer:') ? key.split(':')[1] : undefined;
  const kept = question ? toggles.filter((k) => !k.startsWith(`answer:${question}:`)) : toggles;
  return [...kept, key];
}

/** Views whose rows open to details with enter (the Overview's: why a guarantee scores what it does). */
export const OPENABLE: readonly ViewId[] = ['overview', 'commitments', 'unknowns', 'timeline'];

/** A prompt takes the typing keys while it is open. */
function reducePrompt(state: UiState, action: Action): UiState | undefined {
  const prompt = state.prompt;
  if (!prompt) return undefined;
  switch (action.type) {
    case 'filter-type':
      return { ...state, prompt: { ...prompt, text: prompt.text + action.text } };
    case 'filter-erase':
      return { ...state, prompt: { ...prompt, text: [...prompt.text].slice(0, -1).join('') } };
    case 'filter-keep':
    case 'filter-drop':
      return { ...state, prompt: undefined };
    default:
      return undefined;
  }
}

export function reduceUi(state: UiState, action: Action, ctx: ListContext): UiState {
  const at = state.cursor[state.view];
  const prompted = reducePrompt(state, action);
  if (prompted) return prompted;
  switch (action.type) {
    case 'help':
      return { ...state, help: !state.help, scroll: 0 };
    case 'next-view':
    case 'prev-view': {
      const step = action.type === 'next-view' ? 1 : VIEWS.length - 1;
      return switchTo(state, VIEWS[(VIEWS.indexOf(state.view) + step) % VIEWS.length]!);
    }
    case 'view':
      return switchTo(state, action.view);
    case 'move':
      // The Overview's "why" pane covers the list: j/k scroll it instead.
      if (state.detail && state.view === 'overview') return { ...state, scroll: Math.max(0, state.scroll + action.by) };
      return withCursor(state, at + action.by, ctx);
    case 'move-to':
      return withCursor(state, action.at === 'start' ? 0 : ctx.length - 1, ctx);
    case 'open':
      return ctx.length > 0 && OPENABLE.includes(state.view) ? { ...state, detail: true, scroll: 0 } : state;
    case 'scroll':
      if (!state.detail && !state.help) return withCursor(state, at + Math.sign(action.by), ctx);
      return { ...state, scroll: Math.max(0, state.scroll + action.by) };
    case 'prompt':
      return { ...state, prompt: { kind: action.kind, text: '' }, help: false };
    case 'back':
      if (state.help) return { ...state, help: false };
      if (state.detail) return { ...state, detail: false, scroll: 0 };
      if (state.filter) return withCursor({ ...state, filter: '' }, 0, ctx);
      return state;
    case 'sort':
      return ctx.sorts > 1 ? { ...state, sort: (state.sort + 1) % ctx.sorts } : state;
    case 'toggle': {
      const key = ctx.toggleKeys?.[state.cursor.scenarios];
      return key ? { ...state, toggles: toggle(state.toggles, key) } : state;
    }
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
    case 'as-of-step':
    case 'edit':
    case 'open-link':
    case 'copy':
      return state;
  }
}
