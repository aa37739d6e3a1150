/**
 * What the engine promises for any dataset, checked over generated ones (fast-check): ranges
 * in bounds, determinism, directions of effect, history equal to assessing on each date.
 * Longer than 300 lines on purpose: the engine's whole contract in one place, one independent
 * property per test, sharing the generated datasets (arbitrary-dataset.ts) and `ok` below.
 */
import {
  applyChanges,
  assess,
  type Commitment,
  credibilityHistory,
  type Dataset,
  type OBLIGATION_TYPES,
  PROGRESS_STATUSES,
  type ScoreRange,
} from '@pledgewatch/core';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { datasetArb } from './arbitrary-dataset.js';

function ok(d: Dataset, options: Parameters<typeof assess>[1] = {}) {
  const result = assess(d, options);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.assessment;
}

const ordered = (r: ScoreRange) => 0 <= r.low && r.low <= r.point && r.point <= r.high && r.high <= 100;

describe('properties over generated datasets', () => {
  test('every score is within 0–100 with low ≤ point ≤ high', () => {
    fc.assert(
      fc.property(datasetArb, fc.constantFrom('current-calculus', 'past-actions'), (d, profile) => {
        for (const g of ok(d, { profile }).guarantees) {
          expect(ordered(g.credibility)).toBe(true);
          expect(ordered(g.viability)).toBe(true);
          for (const f of g.factors) expect(ordered(f.score)).toBe(true);
          for (const q of g.questions ?? [])
            for (const a of q.answers) expect(ordered(a.credibility) && ordered(a.viability)).toBe(true);
          for (const r of [...g.factors.flatMap((f) => f.reasons), ...g.viabilityReasons])
            expect(r.effect.low <= r.effect.point && r.effect.point <= r.effect.high).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  test('assessment is deterministic', () => {
    fc.assert(
      fc.property(datasetArb, (d) => {
        expect(ok(structuredClone(d))).toEqual(ok(d));
      }),
      { numRuns: 60 },
    );
  });

  test("a guarantee that needs the adversary's consent scores at most 10", () => {
    fc.assert(
      fc.property(datasetArb, (d) => {
        const vetoed: Dataset = {
          ...d,
          guarantees: d.guarantees.map((g) => ({
            ...g,
            conditions: [
              ...(g.conditions ?? []),
              { id: `${g.id}-veto`, kind: 'adversary-consent', description: 'veto', status: 'met' },
            ],
          })),
        };
        for (const g of ok(vetoed).guarantees) expect(g.credibility.high).toBeLessThanOrEqual(10);
      }),
      { numRuns: 100 },
    );
  });

  test('moving a commitment from pledged to deployed never lowers the commitment factor', () => {
    fc.assert(
      fc.property(
        datasetArb.filter((d) => d.commitments.length > 0),
        fc.nat(),
        fc.integer({ min: 0, max: PROGRESS_STATUSES.length - 2 }),
        (d, pick, from) => {
          const target = d.commitments[pick % d.commitments.length]!;
          const withStatus = (i: number): Dataset => ({
            ...d,
            questions: [],
            commitments: d.commitments.map(
              (c): Commitment =>
                c.id === target.id
                  ? { ...c, history: [{ date: '2030-01-01', status: PROGRESS_STATUSES[i]!, source: 'fx' }] }
                  : c,
            ),
          });
          const score = (i: number) =>
            ok(withStatus(i))
              .guarantees.find((g) => g.guarantee === target.guarantee)!
              .factors.find((f) => f.factor === 'commitment')!.score;
          const lower = score(from);
          const higher = score(PROGRESS_STATUSES.length - 1);
          expect(higher.low).toBeGreaterThanOrEqual(lower.low);
          expect(higher.point).toBeGreaterThanOrEqual(lower.point);
          expect(higher.high).toBeGreaterThanOrEqual(lower.high);
        },
      ),
      { numRuns: 100 },
    );
  });

  test('defence > assistance > consultation > assurance, all else equal', () => {
    const order = ['defence', 'assistance', 'consultation', 'assurance'] as const;
    fc.assert(
      fc.property(datasetArb, (d) => {
        const at = (o: (typeof OBLIGATION_TYPES)[number]) =>
          ok({ ...d, guarantees: d.guarantees.map((g) => ({ ...g, obligation: o, conditions: [] })) }).guarantees;
        const scored = order.map(at);
        for (let i = 1; i < order.length; i++) {
          scored[i]!.forEach((g, k) => {
            const stronger = scored[i - 1]![k]!;
            const commitment = (x: typeof g) => x.factors.find((f) => f.factor === 'commitment')!.score.point;
            expect(commitment(stronger)).toBeGreaterThan(commitment(g));
            expect(stronger.credibility.point).toBeGreaterThanOrEqual(g.credibility.point);
          });
        }
      }),
      { numRuns: 80 },
    );
  });

  test("the adversary's stance lowers viability, never deterrent credibility", () => {
    fc.assert(
      fc.property(datasetArb, (d) => {
        const quiet = ok({ ...d, positions: [] });
        const hostile = ok({
          ...d,
          positions: d.guarantees.map((g) => ({
            id: `p-${g.id}`,
            actor: 'north',
            guarantee: g.id,
            summary: 'rejects',
            history: [{ date: '2030-01-01', stance: 'rejects' as const, source: 'fx' }],
          })),
        });
        hostile.guarantees.forEach((g, i) => {
          const q = quiet.guarantees[i]!;
          expect(g.credibility).toEqual(q.credibility);
          expect(g.viability.point).toBeLessThanOrEqual(q.viability.point);
          expect(g.viability.high).toBeLessThanOrEqual(q.viability.high);
        });
      }),
      { numRuns: 80 },
    );
  });

  test('an open question’s answers lie within the guarantee’s range', () => {
    fc.assert(
      fc.property(datasetArb, (d) => {
        for (const g of ok(d).guarantees)
          for (const q of g.questions ?? [])
            for (const a of q.answers) {
              expect(a.credibility.low).toBeGreaterThanOrEqual(g.credibility.low);
              expect(a.credibility.high).toBeLessThanOrEqual(g.credibility.high);
            }
      }),
      { numRuns: 80 },
    );
  });

  test('answering a question with its own answer assesses like applying that answer’s changes', () => {
    fc.assert(
      fc.property(
        datasetArb.filter((d) => d.questions.length > 0),
        (d) => {
          const q = d.questions[0]!;
          const answered: Dataset = {
            ...d,
            questions: d.questions.map((x) =>
              x.id === q.id
                ? { ...x, history: [{ date: '2030-02-01', status: 'answered', answer: 'down', source: 'fx' }] }
                : x,
            ),
          };
          const applied: Dataset = {
            ...applyChanges(d, q.answers[1]!.changes, '2030-06-30'),
            questions: answered.questions,
          };
          expect(ok(answered).guarantees.map((g) => g.credibility)).toEqual(
            ok(applied).guarantees.map((g) => g.credibility),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  test('a third-party backstop: unmet ≤ unknown ≤ met, in credibility and viability', () => {
    // capability.backstop-forces counts the backstop party's forces once met (best case only
    // while unknown); cohesion.third-party-backstop costs −5 met, −40 unmet; viability.conditions
    // costs 30 unmet. Each reads the party's status, so confirming the backstop never lowers a
    // score and losing it never raises one.
    const statuses = ['unmet', 'unknown', 'met'] as const;
    fc.assert(
      fc.property(
        datasetArb,
        fc.constantFrom(...PROGRESS_STATUSES),
        fc.constantFrom('air-power', 'ground-forces', 'isr' as const),
        fc.option(fc.integer({ min: 1, max: 2000 }), { nil: undefined }),
        (d, status, capability, size) => {
          const variant = (s: (typeof statuses)[number]): Dataset => ({
            ...d,
            questions: [],
            guarantees: [
              ...d.guarantees.map((g, i) =>
                i > 0
                  ? g
                  : {
                      ...g,
                      guarantors: g.guarantors.filter((x) => x !== 'g3'),
                      conditions: [
                        ...(g.conditions ?? []).filter((c) => c.party !== 'g3'),
                        {
                          id: 'bk',
                          kind: 'third-party-backstop' as const,
                          description: 'g3 backs it',
                          party: 'g3',
                          status: s,
                        },
                      ],
                    },
              ),
              {
                id: 'gt-bk',
                name: 'Backstop',
                beneficiary: 'south',
                adversary: 'north',
                guarantors: ['g3'],
                obligation: 'assistance',
                legalForm: 'statement',
                trigger: 'unknown',
              },
            ],
            commitments: [
              ...d.commitments.filter((c) => c.guarantee !== 'gt0' || c.guarantor !== 'g3'),
              {
                id: 'c-bk',
                guarantee: 'gt-bk',
                guarantor: 'g3',
                capability,
                scale:
                  size === undefined
                    ? 'unknown'
                    : { min: size, max: size, unit: capability === 'air-power' ? 'aircraft' : 'troops' },
                location: 'beneficiary-territory',
                history: [{ date: '2030-01-01', status, source: 'fx' }],
              },
            ],
          });
          const [unmet, unknown, met] = statuses.map(
            (s) => ok(variant(s)).guarantees.find((g) => g.guarantee === 'gt0')!,
          );
          for (const [lower, higher] of [
            [unmet!, unknown!],
            [unknown!, met!],
          ] as const) {
            for (const key of ['credibility', 'viability'] as const)
              for (const end of ['low', 'point', 'high'] as const)
                expect(higher[key][end]).toBeGreaterThanOrEqual(lower[key][end]);
          }
        },
      ),
      { numRuns: 120 },
    );
  });

  test('history equals assessing on each change date', () => {
    fc.assert(
      fc.property(datasetArb, (d) => {
        const result = credibilityHistory(d);
        if (!result.ok) throw new Error('history failed');
        for (const point of result.history) expect(point).toEqual(ok(d, { asOf: point.asOf }));
      }),
      { numRuns: 40 },
    );
  });

  test('history has an entry on each signing day and each change since signing, equal to assessing then', () => {
    const firstDay = (s: string) => (s.length === 7 ? `${s}-01` : s);
    fc.assert(
      fc.property(
        datasetArb.filter((d) =>
          d.guarantees.some((g) => (g.signed ?? 'unknown') !== 'unknown' || g.changesSinceSigning),
        ),
        (d) => {
          const result = credibilityHistory(d);
          if (!result.ok) throw new Error('history failed');
          const dates = new Set(result.history.map((h) => h.asOf));
          for (const g of d.guarantees) {
            if (g.signed !== undefined && g.signed !== 'unknown' && firstDay(g.signed) <= d.manifest.asOf)
              expect(dates.has(firstDay(g.signed))).toBe(true);
            for (const c of g.changesSinceSigning ?? [])
              if (c.date <= d.manifest.asOf) expect(dates.has(c.date)).toBe(true);
          }
          for (const point of result.history) expect(point).toEqual(ok(d, { asOf: point.asOf }));
        },
      ),
      { numRuns: 40 },
    );
  });

  test('history under a scenario equals assessing with it on each change date', () => {
    fc.assert(
      fc.property(
        datasetArb.filter((d) => d.commitments.length > 0),
        fc.nat(),
        fc.constantFrom(...PROGRESS_STATUSES, 'declined' as const),
        (d, pick, status) => {
          const target = d.commitments[pick % d.commitments.length]!;
          const scenarios = [
            { id: 'what-if', name: 'What if', changes: [{ op: 'set-status' as const, commitment: target.id, status }] },
          ];
          const result = credibilityHistory(d, { scenarios });
          if (!result.ok) throw new Error('history failed');
          for (const point of result.history) expect(point).toEqual(ok(d, { asOf: point.asOf, scenarios }));
        },
      ),
      { numRuns: 40 },
    );
  });

  // Engine v2's directions of effect (issue 11): the literature gives the direction, the
  // engine's point values are a calibration.
  const factorOf = (g: { factors: { factor: string; score: ScoreRange }[] }, f: string) =>
    g.factors.find((x) => x.factor === f)!.score;

  test('more force in theatre never lowers capability', () => {
    fc.assert(
      fc.property(datasetArb, fc.nat({ max: 200000 }), fc.nat({ max: 200000 }), (d, a, b) => {
        const [less, more] = a <= b ? [a, b] : [b, a];
        const withForce = (troops: number): Dataset => ({
          ...d,
          guarantees: d.guarantees.map((g) => {
            const guarantor = g.guarantors.find((x) => x !== g.adversary);
            if (!guarantor) return g;
            return {
              ...g,
              balance: [
                { party: g.adversary, min: 80000, max: 120000, unit: 'troops' as const, source: 'fx' },
                { party: guarantor, min: troops, max: troops, unit: 'troops' as const, posture: 'in-theatre' as const },
              ],
            };
          }),
        });
        const low = ok(withForce(less));
        const high = ok(withForce(more));
        for (const g of low.guarantees) {
          const h = high.guarantees.find((x) => x.guarantee === g.guarantee)!;
          const [x, y] = [factorOf(g, 'capability'), factorOf(h, 'capability')];
          expect(y.point).toBeGreaterThanOrEqual(x.point - 1e-9);
          expect(y.low).toBeGreaterThanOrEqual(x.low - 1e-9);
        }
      }),
      { numRuns: 60 },
    );
  });

  test('an unanswered breach never raises resolve', () => {
    fc.assert(
      fc.property(datasetArb, fc.constantFrom('nothing' as const, 'protest' as const, undefined), (d, response) => {
        const breached: Dataset = {
          ...d,
          guarantees: d.guarantees.map((g) => ({
            ...g,
            breaches: [
              {
                date: '2030-01-15',
                description: 'breached',
                source: 'fx',
                ...(response && g.guarantors[0] ? { responses: [{ guarantor: g.guarantors[0], response }] } : {}),
              },
            ],
          })),
        };
        const before = ok(d);
        const after = ok(breached);
        for (const g of before.guarantees) {
          const h = after.guarantees.find((x) => x.guarantee === g.guarantee)!;
          expect(factorOf(h, 'resolve').point).toBeLessThanOrEqual(factorOf(g, 'resolve').point + 1e-9);
          expect(h.credibility.point).toBeLessThanOrEqual(g.credibility.point + 1e-9);
        }
      }),
      { numRuns: 60 },
    );
  });

  test('a better grade never widens the range', () => {
    const letters = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
    fc.assert(
      fc.property(
        datasetArb,
        fc.nat({ max: 5 }),
        fc.nat({ max: 5 }),
        fc.nat({ max: 5 }),
        fc.nat({ max: 5 }),
        (d, r1, r2, c1, c2) => {
          const graded = (r: number, c: number): Dataset => ({
            ...d,
            sources: d.sources.map((s) => ({
              ...s,
              reliability: letters[r]!,
              credibility: (c + 1) as 1 | 2 | 3 | 4 | 5 | 6,
            })),
          });
          const better = ok(graded(Math.min(r1, r2), Math.min(c1, c2)));
          const worse = ok(graded(Math.max(r1, r2), Math.max(c1, c2)));
          for (const g of better.guarantees) {
            const w = worse.guarantees.find((x) => x.guarantee === g.guarantee)!;
            expect(g.credibility.high - g.credibility.low).toBeLessThanOrEqual(
              w.credibility.high - w.credibility.low + 1e-9,
            );
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
