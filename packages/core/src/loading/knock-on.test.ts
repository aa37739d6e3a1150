import { describe, expect, it } from 'vitest';
import { files, GUARANTEES } from './__fixtures__/minimal.js';
import { formatFollowers, groupKnockOnDiagnostics, groupLocation } from './knock-on.js';
import { buildDataset } from './load.js';

/** One bad indent in actors.yaml, and a genuine typo elsewhere. */
function brokenActors() {
  const result = buildDataset(
    files({
      'actors.yaml': 'actors:\n  - id: fr\n    name: France\n   kind: state\n',
      'guarantees/mfu.yaml': GUARANTEES.replace('guarantor: uk', 'guarantor: ukk'),
    }),
  );
  return result.diagnostics;
}

describe('knock-on diagnostics are grouped under their cause', () => {
  it('references to ids the unreadable file may define follow from its error; nothing is dropped', () => {
    const diagnostics = brokenActors();
    const groups = groupKnockOnDiagnostics(diagnostics);
    expect(groups.reduce((n, g) => n + 1 + g.followers.length, 0)).toBe(diagnostics.length);
    const [cause] = groups;
    expect(cause!.cause).toMatchObject({ file: 'actors.yaml', line: 4, code: 'yaml-syntax' });
    expect(cause!.followers.length).toBeGreaterThan(0);
    for (const f of cause!.followers) {
      expect(f.code).toBe('dangling-reference');
      expect(f.followsFrom).toEqual(['actors.yaml']);
    }
    expect(groupLocation(cause!)).toBe(
      `actors.yaml:4:4 (+${cause!.followers.length} that follow)`.replace(':4:4', `:4:${cause!.cause.column}`),
    );
  });

  it('a reference that cannot be checked while the actors are unreadable ("ukk") waits under the cause too', () => {
    const groups = groupKnockOnDiagnostics(brokenActors());
    expect(groups).toHaveLength(1);
    expect(groups[0]!.followers.some((f) => f.message.includes("'ukk'"))).toBe(true);
    expect(groups[0]!.cause.followsFrom).toBeUndefined();
  });

  it('the followers read as one line per missing id with every place it is referenced', () => {
    const [cause] = groupKnockOnDiagnostics(brokenActors());
    const lines = formatFollowers(cause!);
    expect(lines[0]).toMatch(/^ {2}\d+ errors? follows? from this one — .*fix this file first:$/);
    for (const line of lines.slice(1)) expect(line).toMatch(/^ {4}'[a-z0-9-]+' \(\d+×\): \S+\.yaml:\d+/);
    const places = lines.slice(1).join('\n');
    for (const f of cause!.followers) expect(places).toContain(f.file);
  });
});
