import { describe, expect, it } from 'vitest';
import { hasHiddenCharacters, isSafeLink, neutralizeText } from './neutralize.js';

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
