import type { Key } from 'ink';

/**
 * The one keymap. The help overlay and the footer are generated from it, so they cannot
 * drift from what the keys do.
 *
 * Reserved keys: while the `/` filter is being typed, every printable key is text —
 * including q, j, k, s, p, ?, digits and space. Only enter (keep the filter), esc (drop it),
 * backspace, the arrow keys (move in the list) and ctrl-c (quit) act there.
 */

export const VIEWS = ['overview', 'commitments', 'unknowns', 'timeline', 'scenarios', 'diagnostics'] as const;
export type ViewId = (typeof VIEWS)[number];
export const VIEW_TITLES: Record<ViewId, string> = {
  overview: 'Overview',
  commitments: 'Commitments',
  unknowns: 'Unknowns',
  timeline: 'Timeline',
  scenarios: 'Scenarios',
  diagnostics: 'Diagnostics',
};

export type Action =
  | { type: 'quit' }
  | { type: 'help' }
  | { type: 'next-view' }
  | { type: 'prev-view' }
  | { type: 'view'; view: ViewId }
  | { type: 'move'; by: number }
  | { type: 'move-to'; at: 'start' | 'end' }
  | { type: 'open' }
  | { type: 'back' }
  | { type: 'sort' }
  | { type: 'profile' }
  | { type: 'record' }
  | { type: 'toggle' }
  | { type: 'filter-start' }
  | { type: 'filter-type'; text: string }
  | { type: 'filter-erase' }
  | { type: 'filter-keep' }
  | { type: 'filter-drop' };

export interface KeyBinding {
  keys: string;
  does: string;
  /** Views where the binding works; undefined: everywhere. */
  views?: readonly ViewId[];
  /** Shown in the footer (short form). */
  footer?: string;
}

const LISTS: readonly ViewId[] = ['overview', 'commitments', 'unknowns', 'timeline', 'scenarios', 'diagnostics'];
const FILTERABLE: readonly ViewId[] = ['commitments', 'unknowns', 'timeline', 'diagnostics'];

export const KEYMAP: readonly KeyBinding[] = [
  { keys: '?', does: 'show or hide this help', footer: '? help' },
  { keys: 'tab / shift-tab', does: 'next / previous view', footer: 'tab view' },
  { keys: '1–6', does: 'go to a view: 1 overview … 6 diagnostics' },
  { keys: '↑ ↓  j k', does: 'move the selection', views: LISTS, footer: '↑↓ move' },
  { keys: 'pgup pgdn  g G', does: 'page up / down, first / last', views: LISTS },
  { keys: 'enter', does: 'open the details', views: ['commitments', 'unknowns'], footer: 'enter open' },
  { keys: 'esc', does: 'back: close details, help or the filter' },
  { keys: '/', does: 'filter the list (enter keeps it, esc drops it)', views: FILTERABLE, footer: '/ filter' },
  { keys: 's', does: 'sort by the next column', views: ['commitments'], footer: 's sort' },
  { keys: 'space', does: 'toggle a scenario or an answer', views: ['scenarios'], footer: 'space toggle' },
  { keys: 'p', does: 'cycle the credibility profile', footer: 'p profile' },
  { keys: 'r', does: 'record a new status of the selected commitment', views: ['commitments'], footer: 'r record' },
  { keys: 'q  ctrl-c', does: 'quit', footer: 'q quit' },
];

/** The key bindings that work in a view, for the footer. */
export function footerKeys(view: ViewId): string[] {
  return KEYMAP.filter((b) => b.footer && (!b.views || b.views.includes(view))).map((b) => b.footer!);
}

/** What a key press means, given whether the filter is being typed. */
export function actionFor(input: string, key: Key, typingFilter: boolean): Action | undefined {
  if (key.ctrl && input === 'c') return { type: 'quit' };
  if (key.upArrow) return { type: 'move', by: -1 };
  if (key.downArrow) return { type: 'move', by: 1 };
  if (typingFilter) {
    if (key.return) return { type: 'filter-keep' };
    if (key.escape) return { type: 'filter-drop' };
    if (key.backspace || key.delete) return { type: 'filter-erase' };
    if (key.ctrl || key.meta || key.tab) return undefined;
    return input ? { type: 'filter-type', text: input } : undefined;
  }
  if (key.pageUp) return { type: 'move', by: -10 };
  if (key.pageDown) return { type: 'move', by: 10 };
  if (key.tab) return { type: key.shift ? 'prev-view' : 'next-view' };
  if (key.return) return { type: 'open' };
  if (key.escape) return { type: 'back' };
  const digit = Number(input);
  if (input.length === 1 && digit >= 1 && digit <= VIEWS.length) return { type: 'view', view: VIEWS[digit - 1]! };
  switch (input) {
    case 'q':
      return { type: 'quit' };
    case '?':
      return { type: 'help' };
    case 'j':
      return { type: 'move', by: 1 };
    case 'k':
      return { type: 'move', by: -1 };
    case 'g':
      return { type: 'move-to', at: 'start' };
    case 'G':
      return { type: 'move-to', at: 'end' };
    case '/':
      return { type: 'filter-start' };
    case 's':
      return { type: 'sort' };
    case 'p':
      return { type: 'profile' };
    case 'r':
      return { type: 'record' };
    case ' ':
      return { type: 'toggle' };
    default:
      return undefined;
  }
}
