import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cut, fit, wrapText } from './text.js';

/** The fitting functions as they were before issue 18 (quadratic on a long word), for comparison. */
const before = {
  fit(text: string, width: number): string {
    if (width <= 0) return '';
    const chars = [...text];
    if (chars.length > width) return `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
    return text + ' '.repeat(width - chars.length);
  },
  cut(text: string, width: number): string {
    const chars = [...text];
    return chars.length > width ? `${chars.slice(0, Math.max(0, width - 1)).join('')}…` : text;
  },
  wrapText(text: string, width: number, indent = ''): string[] {
    const w = Math.max(8, width);
    const lines: string[] = [];
    const lead = /^ */.exec(text)?.[0] ?? '';
    let line = lead;
    indent = indent.length > lead.length ? indent : lead;
    for (const word of text.slice(lead.length).split(' ')) {
      let rest = word;
      while ([...rest].length > w - indent.length) {
        if (line) {
          lines.push(line);
          line = indent;
        }
        const chars = [...rest];
        lines.push((line || '') + chars.slice(0, w - indent.length).join(''));
        line = indent;
        rest = chars.slice(w - indent.length).join('');
      }
      const candidate = line.trim() ? `${line} ${rest}` : `${line}${rest}`;
      if ([...candidate].length > w) {
        lines.push(line);
        line = indent + rest;
      } else line = candidate;
    }
    if (line.trim() || lines.length === 0) lines.push(line);
    return lines;
  },
};

// Words with spaces, long runs, astral characters (two UTF-16 units each) and leading spaces.
const text = fc
  .array(fc.oneof(fc.constantFrom(' ', '  ', 'a', 'word', 'Україна', '😀', 'x'.repeat(30)), fc.string()), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''));

describe('fitting text to the terminal', () => {
  it('fit and cut give what they gave before, for any text and width', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: -2, max: 120 }), (t, width) => {
        expect(fit(t, width)).toBe(before.fit(t, width));
        expect(cut(t, width)).toBe(before.cut(t, width));
      }),
    );
  });

  it('wrapText gives the lines it gave before, for any text, width and indent', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 120 }), fc.constantFrom('', '  ', '    '), (t, width, indent) => {
        expect(wrapText(t, width, indent)).toEqual(before.wrapText(t, width, indent));
      }),
    );
  });

  it('wraps a one-megabyte word into whole lines and cuts it to a column (issue 18: work linear in the text)', () => {
    const word = 'k'.repeat(1024 * 1024);
    const lines = wrapText(word, 80);
    expect(lines).toHaveLength(Math.ceil(word.length / 80));
    expect(lines.join('')).toBe(word);
    expect(fit(word, 20)).toBe(`${'k'.repeat(19)}…`);
    expect(cut(word, 20)).toBe(`${'k'.repeat(19)}…`);
  });
});
