import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { NOT_PLAIN, readPlainYaml } from './plain-yaml.js';

const LIMITS = { maxDepth: 64, maxValueChars: 65_536 };
const REPO = join(import.meta.dirname, '../../../..');

/** What js-yaml reads (the fast path's meaning), or THROWS. */
const THROWS = Symbol('throws');
function reference(text: string): unknown {
  try {
    return jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false });
  } catch {
    return THROWS;
  }
}

/** The plain reader either stands aside or reads exactly what js-yaml reads. */
function expectSameOrNotPlain(text: string, label = text): boolean {
  const plain = readPlainYaml(text, LIMITS);
  if (plain === NOT_PLAIN) return false;
  const ref = reference(text);
  expect(ref, `${label}: read as plain, but js-yaml refuses it`).not.toBe(THROWS);
  expect(isDeepStrictEqual(plain, ref), `${label}: read differently from js-yaml`).toBe(true);
  return true;
}

function yamlFilesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

const bundled = yamlFilesBelow(join(REPO, 'packages/dataset-ukraine/data'));
const everyFile = [
  ...bundled,
  ...yamlFilesBelow(join(REPO, 'packages/dataset-history/data')),
  ...yamlFilesBelow(join(REPO, 'tests/fixtures')),
  ...yamlFilesBelow(join(REPO, 'packages/core/test')),
];

describe('the plain YAML reader', () => {
  it('reads every file of the bundled dataset, value for value as js-yaml does', () => {
    expect(bundled.length).toBeGreaterThan(40);
    for (const file of bundled) {
      // If a bundled file stopped being plain, every start would quietly take the slower parser.
      expect(expectSameOrNotPlain(readFileSync(file, 'utf8'), file), `${file} is not read as plain`).toBe(true);
    }
  });

  it('reads every YAML file in the repository as js-yaml does, or leaves it to js-yaml', () => {
    let plain = 0;
    for (const file of everyFile) if (expectSameOrNotPlain(readFileSync(file, 'utf8'), file)) plain++;
    expect(plain).toBeGreaterThan(everyFile.length / 2);
  });

  it('leaves to the general parsers what it does not read', () => {
    const notPlain = [
      'a: 1\r\nb: 2\r\n', // CR line ends
      'a:\tb\n', // tabs
      'a: 1\nb: 2\na: 3\n', // a duplicate key
      '# only a comment\n', // js-yaml reads null here, and undefined for an empty file
      '',
      'a: &x 1\nb: *x\n', // anchors and aliases
      'a: !!str 1\n', // tags
      'a: plain text\n  over two lines\n', // multi-line plain text
      'a: "quoted\n  over two lines"\n',
      'a: 0x1F\n', // numbers other than plain decimals
      'a: 1e3\n',
      'a: 012\n',
      'a: .5\n',
      'a: -.inf\n',
      '"1": x\n1: y\n', // keys js-yaml reads as the same text
      'Null: x\n',
      '__proto__: x\n',
      'a: |+\n  kept\n\n',
      'a: >\n  folded\n\n  with a blank line\n',
      'a: >\n  folded\n    more indented\n',
      'a: [x, y\nb: 1\n', // an unclosed flow list
      'a: [x, , y]\n',
      '- a\nb: 1\n',
      '---\na: 1\n',
      'a: b: c\n',
      `a: ${'x'.repeat(LIMITS.maxValueChars + 1)}\n`,
      `a: ${'['.repeat(70)}${']'.repeat(70)}\n`,
    ];
    for (const text of notPlain) expect(readPlainYaml(text, LIMITS), JSON.stringify(text)).toBe(NOT_PLAIN);
  });

  it('reads the subset the datasets are written in', () => {
    const cases = [
      'a: 1\nb: -2.50\nc: true\nd: ~\ne:\nf: 2025-08-19\ng: 26 countries\nh: yes\n',
      "list:\n  - id: x\n    name: X # a comment\n  - id: y\n    tags: [a, \"b c\", 'it''s']\n",
      'list:\n- a\n- b\nnext: 1\n',
      'm: { value: [], sources: [s1, s2], note: "No land border." }\n',
      'm:\n  {\n    kind: consultation,\n    description: "Hypothetical: a colon inside quotes.",\n  }\n',
      'note: >-\n  one line\n  and the next\nafter: x\n',
      'note: >\n  clipped\n\n\nafter: x\n',
      'note: |-\n  literal\n  lines\n',
      'q: "escapes \\" \\\\ \\n \\u00e9"\n',
      'url: https://example.org/a#b\n',
      '- - nested\n  - list\n- x\n',
      '$schema: schema.json\nkey.with-dots_and$: 1\n',
    ];
    for (const text of cases) expect(expectSameOrNotPlain(text), JSON.stringify(text)).toBe(true);
  });

  it('agrees with js-yaml on random documents in every style js-yaml writes', () => {
    let runs = 0;
    let plain = 0;
    const scalar = fc.oneof(
      fc.constantFrom(
        'null',
        'Null',
        '~',
        'true',
        'False',
        'yes',
        'no',
        '012',
        '0x1F',
        '1e3',
        '.5',
        '+1',
        '-0',
        '0',
        '-3',
        '4.00',
        '2025-08-19',
        '2025-08',
        '26 countries',
        'a: b',
        'a #b',
        '#x',
        '- x',
        '-x',
        ': x',
        '[x]',
        '{x}',
        "it's",
        'say "hi"',
        '',
        ' lead',
        'trail ',
        'a,b',
        'https://x.org/a?b=c#d',
        'é ü ж',
        '\\',
        '"',
        "'",
      ),
      fc.string({ maxLength: 30 }),
      fc.integer(),
      fc.double({ noNaN: true }),
      fc.boolean(),
      fc.constant(null),
    );
    const key = fc.oneof(
      fc.constantFrom('id', 'name', 'true', 'null', '1', 'a b', '$schema', 'x-y', '__proto__'),
      fc.string({ maxLength: 8 }),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
      list: fc.array(tie('node'), { maxLength: 4 }),
      map: fc.dictionary(key, tie('node'), { maxKeys: 4 }),
    })).node;
    const options = fc.record({
      flowLevel: fc.constantFrom(-1, 0, 1, 2),
      lineWidth: fc.constantFrom(20, 80, -1),
      quotingType: fc.constantFrom<"'" | '"'>("'", '"'),
      forceQuotes: fc.boolean(),
      indent: fc.constantFrom(2, 4),
      noArrayIndent: fc.boolean(),
    });
    fc.assert(
      fc.property(value, options, (v, o) => {
        let text: string;
        try {
          text = jsYaml.dump({ root: v }, { ...o, schema: jsYaml.CORE_SCHEMA });
        } catch {
          return;
        }
        runs++;
        if (expectSameOrNotPlain(text)) plain++;
      }),
      { numRuns: 400 },
    );
    // The comparison means something only if a fair share of the documents are read as plain.
    expect(plain).toBeGreaterThan(runs / 4);
  });

  it('never reads a damaged dataset file differently from js-yaml', () => {
    let plain = 0;
    const texts = bundled.slice(0, 12).map((f) => readFileSync(f, 'utf8'));
    const damage = fc.record({
      file: fc.nat({ max: texts.length - 1 }),
      at: fc.nat(),
      edit: fc.constantFrom('delete', 'insert', 'dedent', 'indent', 'duplicate'),
      char: fc.constantFrom(':', ' ', '#', '-', '"', "'", '[', ']', '{', '}', ',', '>', '|', 'x', '1', '\n'),
    });
    fc.assert(
      fc.property(damage, ({ file, at, edit, char }) => {
        const text = texts[file]!;
        const lines = text.split('\n');
        const line = at % lines.length;
        const pos = at % (text.length + 1);
        let damaged = text;
        if (edit === 'delete') damaged = text.slice(0, pos) + text.slice(pos + 1);
        else if (edit === 'insert') damaged = text.slice(0, pos) + char + text.slice(pos);
        else if (edit === 'dedent') lines[line] = lines[line]!.replace(/^ /, '');
        else if (edit === 'indent') lines[line] = ` ${lines[line]}`;
        else lines.splice(line, 0, lines[line]!);
        if (edit === 'dedent' || edit === 'indent' || edit === 'duplicate') damaged = lines.join('\n');
        if (expectSameOrNotPlain(damaged)) plain++;
      }),
      { numRuns: 1500 },
    );
    expect(plain).toBeGreaterThan(300);
  });
});
