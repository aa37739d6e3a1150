import {
  CAPABILITIES,
  COMMITMENT_STATUSES,
  CONDITION_KINDS,
  CONDITION_STATUSES,
  type Commitment,
  type Dataset,
  LEGAL_FORMS,
  LOCATIONS,
  OBLIGATION_TYPES,
  type OpenQuestion,
  type Position,
  STANCES,
} from '@pledgewatch/core';
import fc from 'fast-check';
import { actor, fact, inventedSource } from './build.js';

/**
 * Generated valid datasets for property tests: a fixed cast (adversary "north", beneficiary
 * "south", guarantors g0–g3) with random indicators that may be unknown, guarantees with
 * random obligations, forms, triggers and conditions, commitments with random dated
 * histories, the adversary's stances, and open questions whose answers change the data.
 */

const GUARANTORS = ['g0', 'g1', 'g2', 'g3'];
const maybe = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof(
    arb.map((v) => fact(v)),
    fc.constant('unknown' as const),
  );
const date = fc
  .integer({ min: 0, max: 180 })
  .map((n) => new Date(Date.UTC(2030, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));

const actors = fc
  .record({
    northNuclear: maybe(fc.boolean()),
    northForces: maybe(fc.integer({ min: 1000, max: 1_000_000 })),
    northPersonnel: maybe(fc.integer({ min: 1000, max: 2_000_000 })),
    northAircraft: maybe(fc.integer({ min: 10, max: 3000 })),
    guarantors: fc.array(
      fc.record({
        personnel: maybe(fc.integer({ min: 1000, max: 1_500_000 })),
        nuclear: maybe(fc.boolean()),
        bordersNorth: maybe(fc.boolean()),
        tie: fc.constantFrom('alliance', 'military-aid', 'economic', undefined),
        backedDown: fc.boolean(),
      }),
      { minLength: 4, maxLength: 4 },
    ),
  })
  .map((a) => [
    actor('north', {
      nuclearArmed: a.northNuclear,
      indicators: {
        forcesInTheatre: a.northForces,
        activePersonnel: a.northPersonnel,
        combatAircraft: a.northAircraft,
      },
    }),
    actor('south'),
    ...a.guarantors.map((g, i) =>
      actor(`g${i}`, {
        nuclearArmed: g.nuclear,
        landBorders: g.bordersNorth === 'unknown' ? 'unknown' : fact(g.bordersNorth.value ? ['north'] : []),
        indicators: { activePersonnel: g.personnel },
        ...(g.tie ? { ties: [{ with: 'south', kind: g.tie, description: 'tie', source: 'fx' }] } : {}),
        ...(g.backedDown
          ? {
              record: [
                {
                  date: '2020-01-01',
                  adversary: 'north',
                  outcome: 'backed-down' as const,
                  description: 'x',
                  source: 'fx',
                },
              ],
            }
          : {}),
      }),
    ),
  ]);

const condition = (gid: string, i: number) =>
  fc.record({
    id: fc.constant(`${gid}-c${i}`),
    kind: fc.constantFrom(...CONDITION_KINDS),
    description: fc.constant('condition'),
    status: fc.constantFrom(...CONDITION_STATUSES),
    party: fc.constantFrom('north', 'g3'),
  });

const guarantee = (i: number) =>
  fc
    .record({
      id: fc.constant(`gt${i}`),
      name: fc.constant(`Guarantee ${i}`),
      beneficiary: fc.constant('south'),
      adversary: fc.constant('north'),
      guarantors: fc.subarray(GUARANTORS, { minLength: 1 }),
      obligation: fc.constantFrom(
        ...OBLIGATION_TYPES.filter((o) => o !== 'guarantee-of-neutrality'),
        'unknown' as const,
      ),
      legalForm: fc.constantFrom(...LEGAL_FORMS, 'unknown' as const),
      trigger: fc.oneof(
        fc.constant('unknown' as const),
        fc.record({ kind: fc.constantFrom('automatic', 'consultation', 'none' as const) }),
        fc.record({ kind: fc.constant('consultation' as const), clockHours: fc.constantFrom(24, 72, 168) }),
      ),
      conditions: fc.tuple(condition(`gt${i}`, 0), condition(`gt${i}`, 1)).chain((cs) => fc.subarray(cs)),
      // Signed on a day, in a month (a partial date), unknown or not given; changes since signing on random days.
      signed: fc.oneof(
        fc.constant(undefined),
        fc.constant('unknown' as const),
        date,
        date.map((d) => d.slice(0, 7)),
      ),
      changes: fc.array(date, { maxLength: 2 }),
    })
    .map(({ signed, changes, ...g }) => ({
      ...g,
      ...(signed !== undefined ? { signed } : {}),
      ...(changes.length
        ? { changesSinceSigning: changes.map((d) => ({ date: d, description: 'New government', source: 'fx' })) }
        : {}),
    }));

const commitmentArb = (i: number, guarantees: number) =>
  fc
    .record({
      guarantee: fc.integer({ min: 0, max: guarantees - 1 }),
      guarantor: fc.constantFrom(...GUARANTORS),
      capability: fc.constantFrom(...CAPABILITIES),
      scale: fc.oneof(
        fc.constant('unknown' as const),
        fc.tuple(fc.integer({ min: 0, max: 50000 }), fc.integer({ min: 0, max: 50000 })).chain(([a, b]) =>
          fc.record({
            min: fc.constant(Math.min(a, b)),
            max: fc.constant(Math.max(a, b)),
            unit: fc.constantFrom('troops', 'aircraft', 'battalions', 'usd-m' as const),
          }),
        ),
      ),
      location: fc.constantFrom(...LOCATIONS, 'unknown' as const),
      history: fc.array(fc.tuple(date, fc.constantFrom(...COMMITMENT_STATUSES)), { minLength: 1, maxLength: 3 }),
    })
    .map(
      (c): Commitment => ({
        id: `c${i}`,
        guarantee: `gt${c.guarantee}`,
        guarantor: c.guarantor,
        capability: c.capability,
        scale: c.scale,
        location: c.location,
        history: c.history
          .sort((a, b) => a[0].localeCompare(b[0]))
          .map(([d, status]) => ({ date: d, status, source: 'fx' })),
      }),
    );

export const datasetArb: fc.Arbitrary<Dataset> = fc
  .integer({ min: 1, max: 3 })
  .chain((n) =>
    fc.record({
      actors,
      guarantees: fc.tuple(...Array.from({ length: n }, (_, i) => guarantee(i))),
      commitments: fc
        .integer({ min: 0, max: 8 })
        .chain((m) => fc.tuple(...Array.from({ length: m }, (_, i) => commitmentArb(i, n)))),
      stances: fc.array(fc.tuple(date, fc.constantFrom(...STANCES)), { maxLength: 2 }),
    }),
  )
  .map(({ actors: a, guarantees, commitments, stances }) => {
    const positions: Position[] =
      stances.length === 0
        ? []
        : [
            {
              id: 'p-north',
              actor: 'north',
              guarantee: 'gt0',
              summary: 'stance',
              history: stances
                .sort((x, y) => x[0].localeCompare(y[0]))
                .map(([d, stance]) => ({ date: d, stance, source: 'fx' })),
            },
          ];
    const questions: OpenQuestion[] = commitments.slice(0, 2).map((c, i) => ({
      id: `q${i}`,
      question: `What will ${c.guarantor} do?`,
      why: 'It moves the guarantee.',
      answers: [
        { id: 'up', label: 'Deploys', changes: [{ op: 'set-status', commitment: c.id, status: 'deployed' }] },
        { id: 'down', label: 'Declines', changes: [{ op: 'set-status', commitment: c.id, status: 'declined' }] },
      ],
      history: [
        {
          date: '2030-02-01',
          status: i === 0 ? 'open' : 'partly-answered',
          ...(i === 1 ? { answer: 'up' } : {}),
          source: 'fx',
        },
      ],
    }));
    return {
      manifest: { id: 'gen', title: 'Generated', asOf: '2030-06-30' },
      sources: [inventedSource({ reliability: 'F', credibility: 6 })],
      actors: a,
      guarantees,
      commitments,
      positions,
      events: [],
      questions,
      judgments: [],
      scenarios: [],
      profiles: [],
    } satisfies Dataset;
  });
