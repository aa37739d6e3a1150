import { describe, expect, it } from 'vitest';
import { ACTORS, files, GUARANTEES } from '../loading/__fixtures__/minimal.js';
import { buildDataset } from '../loading/load.js';

// The minimal fixture's guarantee with the local balance, a patron, a hedge and a breach.
const WITH_BALANCE = GUARANTEES.replace(
  '    conditions:\n',
  `    balance:
      - { party: ua, min: 600000, max: 900000, unit: troops, date: 2025-01-01, source: s-upi }
      - { party: ru, min: 600000, max: 700000, unit: troops, source: s-upi }
      - { party: uk, min: 2, max: 3, unit: brigades, posture: within-reach, days: { min: 30, max: 90 }, source: s-upi }
    adversaryPatrons:
      - { actor: uk, description: a stand-in patron for the test, source: s-upi }
    hedges:
      - { actor: uk, date: 2025-09-01, kind: limits, visibility: public, description: only after a ceasefire, source: s-upi }
    breaches:
      - date: 2025-10-01
        description: a stand-in breach for the test
        source: s-upi
        responses:
          - { guarantor: uk, response: sanctions }
    conditions:
`,
);
const WITH_LOSS = ACTORS.replace(
  '      combatAircraft: unknown\n',
  `      combatAircraft: unknown
    nuclearArmed: { value: true, source: s-upi }
    nuclearSince: { date: 1952-10-03, source: s-upi }
    meansLost:
      - { date: 1940-06-22, kind: lost-means, until: 1945-05-08, description: a stand-in, source: s-upi }
`,
);

describe('the local balance, hedges, breaches and loss of means (model/balance.ts)', () => {
  it('load when every entry names a known actor and a source', () => {
    const result = buildDataset(files({ 'guarantees/mfu.yaml': WITH_BALANCE, 'actors.yaml': WITH_LOSS }));
    expect(result.diagnostics).toEqual([]);
    const g = result.dataset!.guarantees[0]!;
    expect(g.balance).toHaveLength(3);
    expect(g.breaches?.[0]?.responses?.[0]?.response).toBe('sanctions');
    expect(result.dataset!.actors[0]!.meansLost?.[0]?.kind).toBe('lost-means');
  });

  it('report an unknown party and a missing source, each at its line', () => {
    const broken = WITH_BALANCE.replace('party: ru, min: 600000', 'party: rus, min: 600000').replace(
      'visibility: public, description: only after a ceasefire, source: s-upi',
      'visibility: public, description: only after a ceasefire',
    );
    const result = buildDataset(files({ 'guarantees/mfu.yaml': broken }));
    expect(result.ok).toBe(false);
    const codes = result.diagnostics.map((d) => [d.code, d.path.join('.'), d.line]);
    expect(codes).toContainEqual(['dangling-reference', 'guarantees.0.balance.1.party', 12]);
    expect(codes).toContainEqual(['missing-source', 'guarantees.0.hedges.0', 17]);
  });

  it('refuses a hedge kind it does not know, suggesting the nearest', () => {
    const result = buildDataset(files({ 'guarantees/mfu.yaml': WITH_BALANCE.replace('kind: limits', 'kind: limit') }));
    const d = result.diagnostics.find((x) => x.code === 'invalid-value');
    expect(d?.hint).toMatch(/limits/);
  });
});
