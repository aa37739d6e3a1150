import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseDatasetFile } from './parse.js';

describe('parsing a dataset file', () => {
  it('reads the same values on the fast path and on the careful (anchor) path', () => {
    const plain = 'actors:\n  - id: uk\n    name: UK\n    kind: state\n    note: yes\n    n: 012\n';
    const anchored = 'x: &n UK\nactors:\n  - id: uk\n    name: *n\n    kind: state\n    note: yes\n    n: 012\n';
    const a = parseDatasetFile('a.yaml', plain).value as { actors: unknown[] };
    const b = parseDatasetFile('b.yaml', anchored).value as { actors: unknown[] };
    expect(a.actors).toEqual(b.actors);
    // YAML 1.2: `yes` stays text and dates stay strings.
    expect(a.actors[0]).toMatchObject({ note: 'yes' });
    expect((parseDatasetFile('c.yaml', 'd: 2025-08-19\n').value as { d: unknown }).d).toBe('2025-08-19');
  });

  it('reads every scalar the way YAML 1.2 does, whichever parser reads the file', () => {
    const scalars = [
      '0b101',
      '+0b1',
      '-0o7',
      '0o17',
      '0x1F',
      '+.5',
      '.5',
      '1e3',
      '-.inf',
      'True',
      '~',
      '012',
      'yes',
      '2025-08-19',
    ];
    for (const scalar of scalars) {
      const fast = parseDatasetFile('a.yaml', `k: ${scalar}\n`).value as { k: unknown };
      // The `yaml` package is the reference: YAML 1.2, core schema.
      const careful = parseDocument(`k: ${scalar}\n`).toJS() as { k: unknown };
      expect(fast.k, scalar).toEqual(careful.k);
    }
  });

  it('computes positions only when asked, and then exactly', () => {
    const parsed = parseDatasetFile('a.yaml', 'actors:\n  - id: uk\n    name: UK\n');
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.locate(['actors', 0, 'name'])).toEqual({ line: 3, column: 11 });
    expect(parsed.locateKey(['actors', 0], 'name')).toEqual({ line: 3, column: 5 });
    // A path that does not exist walks up to the nearest node that does.
    expect(parsed.locate(['actors', 0, 'missing'])).toEqual({ line: 2, column: 5 });
  });

  it('ignores a byte-order mark and reads CRLF line ends', () => {
    const parsed = parseDatasetFile('a.yaml', '\ufeffactors:\r\n  - id: uk\r\n    name: UK\r\n');
    expect(parsed.value).toEqual({ actors: [{ id: 'uk', name: 'UK' }] });
  });

  it('refuses nesting past the limit without overflowing the stack', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const parsed = parseDatasetFile('deep.yaml', deep);
    expect(parsed.value).toBeUndefined();
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(['limit-exceeded']);
  });

  it('refuses compact block nesting (`- - - …` on one line) past the limit, naming it', () => {
    for (const deep of [
      `events:\n  ${'- '.repeat(5000)}x\n`,
      `a:\n${'  '.repeat(400)}- x\n`,
      `${'? '.repeat(3000)}x\n`,
    ]) {
      const parsed = parseDatasetFile('deep.yaml', deep);
      expect(parsed.value).toBeUndefined();
      expect(parsed.diagnostics.map((d) => d.code)).toEqual(['limit-exceeded']);
      expect(parsed.diagnostics[0]!.message).toContain('more than 64 levels deep (the limit maxDepth)');
    }
  });

  it('reports a duplicate key even though the fast parser would reject it silently', () => {
    const parsed = parseDatasetFile('a.yaml', 'a: 1\nb: 2\na: 3\n');
    expect(parsed.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['duplicate-key', 3, 1]]);
  });
});
