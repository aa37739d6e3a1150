import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { actionFor, KEYMAP } from './keys.js';
import { answerKey, initialUiState, reduceUi, scenarioKey } from './navigation.js';

const NO_KEY = {} as Key;
const list = { length: 5, sorts: 5 };

describe('keys', () => {
  it('while typing a filter, every printable key is text — q, j, s, digits and ? do not act', () => {
    for (const ch of ['q', 'j', 'k', 's', 'p', '1', '?', ' ', '/', 'G']) {
      expect(actionFor(ch, NO_KEY, true)).toEqual({ type: 'filter-type', text: ch });
    }
    expect(actionFor('', { ...NO_KEY, return: true }, true)).toEqual({ type: 'filter-keep' });
    expect(actionFor('', { ...NO_KEY, escape: true }, true)).toEqual({ type: 'filter-drop' });
    expect(actionFor('c', { ...NO_KEY, ctrl: true }, true)).toEqual({ type: 'quit' });
  });

  it('outside the filter, q quits, digits pick views, tab cycles, j/k move', () => {
    expect(actionFor('q', NO_KEY, false)).toEqual({ type: 'quit' });
    expect(actionFor('3', NO_KEY, false)).toEqual({ type: 'view', view: 'unknowns' });
    expect(actionFor('7', NO_KEY, false)).toBeUndefined();
    expect(actionFor('', { ...NO_KEY, tab: true, shift: true }, false)).toEqual({ type: 'prev-view' });
    expect(actionFor('j', NO_KEY, false)).toEqual({ type: 'move', by: 1 });
  });

  it('the keymap documents every key the dispatcher knows', () => {
    const documented = KEYMAP.map((b) => b.keys).join(' ');
    for (const k of ['?', '/', 'tab', 'enter', 'esc', 's', 'p', 'space', 'q', 'j', 'g G', '1–6'])
      expect(documented).toContain(k);
  });
});

describe('navigation', () => {
  it('moves within the list and never past its ends', () => {
    let ui = initialUiState('commitments');
    ui = reduceUi(ui, { type: 'move', by: -1 }, list);
    expect(ui.cursor.commitments).toBe(0);
    ui = reduceUi(ui, { type: 'move', by: 10 }, list);
    expect(ui.cursor.commitments).toBe(4);
    ui = reduceUi(ui, { type: 'move-to', at: 'start' }, list);
    expect(ui.cursor.commitments).toBe(0);
  });

  it('tab cycles views round the end, and switching view drops the filter and closes details', () => {
    let ui = { ...initialUiState('diagnostics'), filter: 'uk', detail: true };
    ui = reduceUi(ui, { type: 'next-view' }, list);
    expect(ui).toMatchObject({ view: 'overview', filter: '', detail: false });
    ui = reduceUi(ui, { type: 'prev-view' }, list);
    expect(ui.view).toBe('diagnostics');
  });

  it('esc closes help first, then details, then clears the filter', () => {
    let ui = { ...initialUiState('commitments'), help: true, detail: true, filter: 'fr' };
    ui = reduceUi(ui, { type: 'back' }, list);
    expect(ui).toMatchObject({ help: false, detail: true, filter: 'fr' });
    ui = reduceUi(ui, { type: 'back' }, list);
    expect(ui).toMatchObject({ detail: false, filter: 'fr' });
    ui = reduceUi(ui, { type: 'back' }, list);
    expect(ui.filter).toBe('');
  });

  it('typing a filter edits it and returns to the top of the list', () => {
    let ui = { ...initialUiState('commitments'), cursor: { ...initialUiState().cursor, commitments: 3 } };
    ui = reduceUi(ui, { type: 'filter-start' }, list);
    ui = reduceUi(ui, { type: 'filter-type', text: 'u' }, list);
    ui = reduceUi(ui, { type: 'filter-type', text: 'kx' }, list);
    ui = reduceUi(ui, { type: 'filter-erase' }, list);
    expect(ui).toMatchObject({ filter: 'uk', typingFilter: true });
    expect(ui.cursor.commitments).toBe(0);
    expect(reduceUi(ui, { type: 'filter-keep' }, list)).toMatchObject({ filter: 'uk', typingFilter: false });
    expect(reduceUi(ui, { type: 'filter-drop' }, list)).toMatchObject({ filter: '', typingFilter: false });
  });

  it('s cycles the sort orders', () => {
    let ui = initialUiState('commitments');
    for (let i = 0; i < 5; i++) ui = reduceUi(ui, { type: 'sort' }, list);
    expect(ui.sort).toBe(0);
  });

  it('space toggles the item under the cursor; an answer replaces the same question’s other answer', () => {
    const keys = [scenarioKey('uk-deploys'), answerKey('us-air', 'yes'), answerKey('us-air', 'no')];
    const ctx = { ...list, length: keys.length, toggleKeys: keys };
    let ui = initialUiState('scenarios');
    ui = reduceUi(ui, { type: 'toggle' }, ctx);
    ui = reduceUi(reduceUi(ui, { type: 'move', by: 1 }, ctx), { type: 'toggle' }, ctx);
    ui = reduceUi(reduceUi(ui, { type: 'move', by: 1 }, ctx), { type: 'toggle' }, ctx);
    expect(ui.toggles).toEqual([scenarioKey('uk-deploys'), answerKey('us-air', 'no')]);
    ui = reduceUi(reduceUi(ui, { type: 'move-to', at: 'start' }, ctx), { type: 'toggle' }, ctx);
    expect(ui.toggles).toEqual([answerKey('us-air', 'no')]);
  });
});
