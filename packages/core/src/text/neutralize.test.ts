import { describe, expect, it } from 'vitest';
import { clipForMessage, hasHiddenCharacters, isSafeLink, neutralizeText, safeJson } from './neutralize.js';

describe('untrusted text', () => {
  it('makes terminal escape sequences visible instead of letting them act', () => {
    const clear = 'UK\u001b[2J\u001b[H pledge';
    expect(neutralizeText(clear)).toBe('UK␛[2J␛[H pledge');
    const osc52 = '\u001b]52;c;ZXZpbA==\u0007';
    expect(neutralizeText(osc52)).toBe('␛]52;c;ZXZpbA==⟨U+0007⟩');
    expect(neutralizeText('\u009b31m')).toBe('⟨U+009B⟩31m');
  });

  it('shows bidi overrides and zero-width characters', () => {
    expect(neutralizeText('abc\u202Edef')).toBe('abc⟨U+202E⟩def');
    expect(neutralizeText('u\u200bk')).toBe('u⟨U+200B⟩k');
    expect(hasHiddenCharacters('plain Київ')).toBe(false);
    expect(hasHiddenCharacters('x\u2066y')).toBe(true);
  });

  it('shows DEL, C1 controls and every format character, tags and invisible operators included', () => {
    expect(neutralizeText('a\u007fb\u0085c')).toBe('a⟨U+007F⟩b⟨U+0085⟩c');
    expect(neutralizeText('x\u{E0041}\u{E007F}y')).toBe('x⟨U+E0041⟩⟨U+E007F⟩y');
    expect(neutralizeText('a\u2061b\u2064c\ufff9d\ufffbe\u180ef')).toBe(
      'a⟨U+2061⟩b⟨U+2064⟩c⟨U+FFF9⟩d⟨U+FFFB⟩e⟨U+180E⟩f',
    );
    expect(hasHiddenCharacters('tag\u{E0020}')).toBe(true);
  });

  it('escapes DEL, C1 and format characters in JSON, which reads back the same', () => {
    const value = { t: 'a\u007f\u009b\u202e\u{E0041}\u2063b', plain: 'Київ' };
    const json = safeJson(value, 2);
    expect(json).not.toMatch(/[\u007f-\u009f\u202e\u2063]|[\u{E0000}-\u{E007F}]/u);
    expect(json).toContain('\\u007f\\u009b\\u202e\\udb40\\udc41\\u2063');
    expect(json).toContain('Київ');
    expect(JSON.parse(json)).toEqual(value);
  });

  it('cuts a long name for a message, keeping its start and length', () => {
    expect(clipForMessage('short')).toBe('short');
    expect(clipForMessage('k'.repeat(100_000))).toBe(`${'k'.repeat(60)}… (100,000 characters)`);
  });

  it('keeps Cyrillic and ordinary punctuation untouched', () => {
    expect(neutralizeText('Зеленський — «гарантії безпеки»')).toBe('Зеленський — «гарантії безпеки»');
  });

  it('folds line breaks on request', () => {
    expect(neutralizeText('a\nb\tc', { singleLine: true })).toBe('a b c');
  });

  it('allows links only to http(s) and mailto', () => {
    expect(isSafeLink('https://www.gov.uk/x')).toBe(true);
    expect(isSafeLink('mailto:desk@example.org')).toBe(true);
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'https://a b', undefined]) {
      expect(isSafeLink(bad)).toBe(false);
    }
  });
});
