import type { Key } from 'ink';

/**
 * The one keymap. The help overlay and the footer are generated from it, so they cannot
 * drift from what the keys do.
 *
 * Reserved keys: while the `/` filter or a prompt (`t`, `:`) is being typed, every printable
 * key is text — including q, j, k, s, p, ?, digits and space. Only enter (keep the filter,
 * run the prompt), esc (drop it), backspace, the arrow keys and ctrl-c (quit) act there.
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
  | { type: 'filter-drop' }
  | { type: 'as-of-step'; by: -1 | 1 }
  | { type: 'prompt'; kind: PromptKind }
  | { type: 'edit' }
  | { type: 'open-link' }
  | { type: 'copy' }
  | { type: 'scroll'; by: number };

/** A one-line prompt at the bottom: a typed as-of date, or a `:` jump to a view or entity. */
export type PromptKind = 'as-of' | 'jump';

export interface KeyBinding {
  keys: string;
  does: string;
  /** Views where the binding works; undefined: everywhere. */
  views?: readonly ViewId[];
  /** Shown in the footer (short form). */
  footer?: string;
}

const LISTS: readonly ViewId[] = ['overview', 'commitments', 'unknowns', 'timeline', 'scenarios', 'diagnostics'];
const DETAILED: readonly ViewId[] = ['commitments', 'unknowns', 'timeline'];
const EDITABLE: readonly ViewId[] = ['commitments', 'unknowns', 'timeline', 'diagnostics'];
const FILTERABLE: readonly ViewId[] = ['commitments', 'unknowns', 'timeline', 'diagnostics'];

export const KEYMAP: readonly KeyBinding[] = [
  { keys: '?', does: 'show or hide this help', footer: '? help' },
  { keys: 'tab / shift-tab', does: 'next / previous view', footer: 'tab view' },
  { keys: '1–6', does: 'go to a view: 1 overview … 6 diagnostics' },
  { keys: '↑ ↓  j k', does: 'move the selection', views: LISTS, footer: '↑↓ move' },
  { keys: 'pgup pgdn  g G', does: 'page up / down, first / last', views: LISTS },
  {
    keys: 'enter',
    does: 'open: why a guarantee scores what it does, a commitment, a question, a change',
    views: ['overview', 'commitments', 'unknowns', 'timeline'],
    footer: 'enter why/open',
  },
  { keys: 'esc', does: 'back: close details, help, the filter or a prompt' },
  { keys: 'ctrl-d ctrl-u', does: 'scroll the open details (mouse wheel too)' },
  { keys: '[  ]', does: 'as-of date one dated change earlier / later (time travel)', footer: '[ ] time' },
  { keys: 't', does: "type an as-of date (empty: back to the dataset's own date)" },
  { keys: ':', does: 'jump to a view or an entity: ":timeline", ":mfu", ":uk-ground"', footer: ': jump' },
  {
    keys: 'o',
    does: "open the selected fact's source link (http/https only)",
    views: DETAILED,
  },
  { keys: 'y', does: "copy the selected fact's citation (OSC 52 clipboard)", views: DETAILED },
  {
    keys: 'e',
    does: 'edit the selected fact or diagnostic in $EDITOR, at its line',
    views: EDITABLE,
    footer: 'e edit',
  },
  {
    keys: '/',
    does: 'filter: every word must match; field:value too (status:deployed guarantor:france)',
    views: FILTERABLE,
    footer: '/ filter',
  },
  { keys: 's', does: 'sort by the next column', views: ['commitments'], footer: 's sort' },
  {
    keys: 'space',
    does: 'toggle a scenario or an answer (⚠: contradicts one on)',
    views: ['scenarios'],
    footer: 'space toggle',
  },
  { keys: 'p', does: 'cycle the credibility profile', footer: 'p profile' },
  { keys: 'r', does: 'record a new status of the selected commitment', views: ['commitments'], footer: 'r record' },
  { keys: 'q  ctrl-c', does: 'quit', footer: 'q quit' },
];

/** The key bindings that work in a view, for the footer. */
export function footerKeys(view: ViewId): string[] {
  return KEYMAP.filter((b) => b.footer && (!b.views || b.views.includes(view))).map((b) => b.footer!);
}

/** An SGR mouse report of the wheel (64 up, 65 down), as Ink hands it over without its ESC. */
const MOUSE_WHEEL = /^\[<(64|65);\d+;\d+[Mm]$/;

/** What a key press means, given whether the filter is being typed. */
export function actionFor(input: string, key: Key, typingFilter: boolean): Action | undefined {
  if (key.ctrl && input === 'c') return { type: 'quit' };
  const wheel = MOUSE_WHEEL.exec(input);
  if (wheel) return { type: 'scroll', by: wheel[1] === '64' ? -3 : 3 };
  if (key.upArrow) return { type: 'move', by: -1 };
  if (key.downArrow) return { type: 'move', by: 1 };
  if (typingFilter) {
    if (key.return) return { type: 'filter-keep' };
    if (key.escape) return { type: 'filter-drop' };
    if (key.backspace || key.delete) return { type: 'filter-erase' };
    if (key.ctrl || key.meta || key.tab) return undefined;
    return input ? { type: 'filter-type', text: input } : undefined;
  }
  if (key.ctrl && input === 'd') return { type: 'scroll', by: 10 };
  if (key.ctrl && input === 'u') return { type: 'scroll', by: -10 };
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
    case '[':
      return { type: 'as-of-step', by: -1 };
    case ']':
      return { type: 'as-of-step', by: 1 };
    case 't':
      return { type: 'prompt', kind: 'as-of' };
    case ':':
      return { type: 'prompt', kind: 'jump' };
    case 'e':
      return { type: 'edit' };
    case 'o':
      return { type: 'open-link' };
    case 'y':
      return { type: 'copy' };
    case ' ':
      return { type: 'toggle' };
    default:
      return undefined;
  }
}
