import { describe, expect, it } from 'vitest';
import { ACTORS, files, GUARANTEES, SOURCES } from './__fixtures__/minimal.js';
import type { Diagnostic } from './diagnostic.js';
import { buildDataset } from './load.js';

const pick = (d: Diagnostic) => ({ file: d.file, line: d.line, column: d.column, code: d.code, hint: d.hint });

function errorsOf(overrides: Record<string, string>) {
  const result = buildDataset(files(overrides));
  expect(result.ok).toBe(false);
  return result.diagnostics;
}

describe('loading a dataset', () => {
  it('loads the minimal dataset with no diagnostics', () => {
    const result = buildDataset(files());
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.dataset?.commitments[0]?.history).toHaveLength(3);
    expect(result.dataset?.actors[0]?.indicators?.combatAircraft).toBe('unknown');
  });

  it('points a misspelt status at its line and suggests the nearest value', () => {
    const [d] = errorsOf({ 'guarantees/mfu.yaml': GUARANTEES.replace('status: pledged', 'status: pledgd') });
    expect(pick(d!)).toMatchObject({ file: 'guarantees/mfu.yaml', line: 24, column: 37, code: 'invalid-value' });
    expect(d!.hint).toMatch(/^did you mean 'pledged'\?/);
    expect(d!.path).toEqual(['commitments', 0, 'history', 1, 'status']);
  });

  it('names an unknown field and suggests the field that was meant', () => {
    const [d] = errorsOf({ 'actors.yaml': ACTORS.replace('    kind: state\n    nato', '    knd: state\n    nato') });
    // The misspelt key is reported where it is written; the missing 'kind' is reported too.
    const unknown = errorsOf({
      'actors.yaml': ACTORS.replace('    kind: state\n    nato', '    kind: state\n    natoo'),
    });
    expect(d).toBeDefined();
    const u = unknown.find((x) => x.code === 'unknown-field')!;
    expect(pick(u)).toMatchObject({
      file: 'actors.yaml',
      line: 5,
      column: 5,
      code: 'unknown-field',
      hint: "did you mean 'nato'?",
    });
  });

  it('reports a missing required field on the entry that lacks it', () => {
    const diagnostics = errorsOf({ 'actors.yaml': ACTORS.replace('    name: Ukraine\n', '') });
    const d = diagnostics.find((x) => x.code === 'missing-field')!;
    expect(d.message).toContain("needs 'name'");
    expect(pick(d)).toMatchObject({ file: 'actors.yaml', line: 9, column: 5 });
  });

  it('reports YAML syntax errors with the line, and still checks the other files', () => {
    const diagnostics = errorsOf({
      'actors.yaml': 'actors:\n  - id: fr\n    name: France\n   kind: state\n',
      'guarantees/mfu.yaml': GUARANTEES.replace('guarantor: uk', 'guarantor: ukk'),
    });
    expect(diagnostics.map(pick)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'actors.yaml', line: 4, code: 'yaml-syntax' }),
        expect.objectContaining({ file: 'guarantees/mfu.yaml', line: 19, column: 16, code: 'dangling-reference' }),
      ]),
    );
    // References to actors that may sit in the unreadable file say so.
    const ua = diagnostics.find((d) => d.message.includes("'ua'"))!;
    expect(ua.hint).toContain('or it is in actors.yaml, which could not be read');
  });

  it('reports duplicate keys in one map', () => {
    const diagnostics = errorsOf({
      'dataset.yaml': 'dataset:\n  id: mini\n  title: A\n  title: B\n  asOf: 2026-02-28\n',
    });
    // Only the duplicate: the manifest is in the file that could not be read, so it is not called missing.
    expect(diagnostics.map(pick)).toEqual([
      expect.objectContaining({ file: 'dataset.yaml', line: 4, code: 'duplicate-key' }),
    ]);
  });

  it('reports an id defined twice across files, pointing at the second', () => {
    const diagnostics = errorsOf({ 'more.yaml': 'actors:\n  - id: uk\n    name: UK again\n    kind: state\n' });
    const d = diagnostics.find((x) => x.code === 'duplicate-id')!;
    expect(pick(d)).toMatchObject({ file: 'more.yaml', line: 2, column: 9 });
    expect(d.hint).toContain('actors.yaml:2');
  });

  it('reports a reference to an undefined actor, with the nearest id', () => {
    const diagnostics = errorsOf({
      'guarantees/mfu.yaml': GUARANTEES.replace('guarantors: [uk]', 'guarantors: [uk, fr]'),
    });
    expect(diagnostics.map(pick)).toEqual([
      { file: 'guarantees/mfu.yaml', line: 6, column: 22, code: 'dangling-reference', hint: "did you mean 'uk'?" },
    ]);
  });

  it('rejects dates that do not exist and dates in the wrong format', () => {
    const diagnostics = errorsOf({
      'guarantees/mfu.yaml': GUARANTEES.replace('2025-03-02', '2025-02-30').replace('2026-01-06', '6 Jan 2026'),
    });
    expect(diagnostics.map((d) => [d.line, d.code])).toEqual([
      [23, 'invalid-date'],
      [25, 'invalid-format'],
    ]);
  });

  it('requires histories in date order', () => {
    const diagnostics = errorsOf({ 'guarantees/mfu.yaml': GUARANTEES.replace('2026-01-06', '2025-01-06') });
    expect(diagnostics.map(pick)).toEqual([expect.objectContaining({ line: 25, column: 17, code: 'history-order' })]);
  });

  it('requires a source for every status entry', () => {
    const diagnostics = errorsOf({
      'guarantees/mfu.yaml': GUARANTEES.replace(
        '{ date: 2025-08-19, status: pledged, source: s-upi }',
        '{ date: 2025-08-19, status: pledged }',
      ),
    });
    expect(diagnostics.map(pick)).toEqual([expect.objectContaining({ line: 24, code: 'missing-source' })]);
  });

  it('reports a source that does not exist', () => {
    const diagnostics = errorsOf({ 'sources.yaml': SOURCES.replace('id: s-upi', 'id: s-up') });
    expect(diagnostics.length).toBeGreaterThan(3);
    expect(diagnostics.every((d) => d.code === 'dangling-reference' && d.hint === "did you mean 's-up'?")).toBe(true);
  });

  it('reports every problem at once, across files', () => {
    const diagnostics = errorsOf({
      'actors.yaml': ACTORS.replace('kind: state\n  - id: ru', 'kind: stat\n  - id: ru'),
      'guarantees/mfu.yaml': GUARANTEES.replace('status: pledged', 'status: pledgd').replace(
        'guarantor: uk',
        'guarantor: uq',
      ),
      'extra.yaml': 'events: [\n',
    });
    expect(diagnostics.map((d) => d.code).sort()).toEqual([
      'dangling-reference',
      'invalid-value',
      'invalid-value',
      'yaml-syntax',
    ]);
  });

  it('needs exactly one manifest', () => {
    const missing = errorsOf({ 'dataset.yaml': '' });
    expect(missing.map((d) => d.code)).toEqual(['missing-manifest']);
    const twice = errorsOf({ 'other.yaml': 'dataset:\n  id: x\n  title: X\n  asOf: 2026-01-01\n' });
    expect(twice.map((d) => [d.file, d.code])).toEqual([['other.yaml', 'duplicate-manifest']]);
  });

  it('treats an empty file or a file of comments as holding nothing', () => {
    const result = buildDataset(files({ 'empty.yaml': '# nothing here yet\n', 'blank.yaml': '\n' }));
    expect(result.ok).toBe(true);
  });

  it('refuses an alias bomb with a clear error', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
    ].join('\n');
    const diagnostics = errorsOf({ 'bomb.yaml': bomb });
    expect(diagnostics.map((d) => d.code)).toContain('alias-limit');
  });

  it('warns about http-less links and dates past the cut-off without failing the load', () => {
    const result = buildDataset(
      files({
        'sources.yaml': SOURCES.replace('url: https://', 'url: javascript:alert(1)//'),
        'guarantees/mfu.yaml': GUARANTEES.replace('2026-01-06', '2026-03-06'),
      }),
    );
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => [d.severity, d.code])).toEqual([
      ['warning', 'future-date'],
      ['warning', 'unsafe-url'],
    ]);
  });
});

describe('references that go round in a circle', () => {
  it('reports a membership cycle once, naming its path', () => {
    const actors = `${ACTORS}  - id: coalition
    name: Coalition
    kind: coalition
    members: [uk, bloc]
  - id: bloc
    name: Bloc
    kind: organisation
    members: [coalition]
`;
    const diagnostics = buildDataset(files({ 'actors.yaml': actors })).diagnostics;
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['reference-cycle', 'membership goes round in a circle: bloc → coalition → bloc'],
    ]);
  });

  it('walks a chain of 20,000 memberships without overflowing the stack (a recursive walk did)', () => {
    const n = 20_000;
    const chain = Array.from(
      { length: n },
      (_, i) => `  - { id: c${i}, name: C${i}, kind: coalition, members: [${i + 1 < n ? `c${i + 1}` : 'uk'}] }`,
    );
    const result = buildDataset(files({ 'chain.yaml': `actors:\n${chain.join('\n')}\n` }));
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
  });
});
