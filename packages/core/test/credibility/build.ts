import type {
  Actor,
  Commitment,
  CommitmentStatus,
  Dataset,
  Guarantee,
  OpenQuestion,
  Position,
  Source,
} from '@pledgewatch/core';

/**
 * Small builders for the credibility tests: a fictional adversary "north", beneficiary
 * "south" and guarantors; every value is invented for the test that uses it.
 */

export const AS_OF = '2030-06-30';

/** The one source every invented fact cites ('fx'), at the grade a test needs. */
export function inventedSource(grade: Pick<Source, 'reliability' | 'credibility'>): Source {
  return { id: 'fx', title: 'Invented', publisher: 'tests', date: '2030', kind: 'analysis', ...grade };
}

export function actor(id: string, extra: Partial<Actor> = {}): Actor {
  return { id, name: id[0]!.toUpperCase() + id.slice(1), kind: 'state', ...extra };
}

export const fact = <T>(value: T) => ({ value, source: 'fx' });

export function guarantee(extra: Partial<Guarantee> = {}): Guarantee {
  return {
    id: 'g',
    name: 'Test guarantee',
    beneficiary: 'south',
    adversary: 'north',
    guarantors: ['alpha', 'beta'],
    obligation: 'defence',
    legalForm: 'binding-agreement',
    trigger: { kind: 'consultation', clockHours: 24 },
    ...extra,
  };
}

export function commitment(
  id: string,
  guarantor: string,
  status: CommitmentStatus,
  extra: Partial<Commitment> = {},
): Commitment {
  return {
    id,
    guarantee: 'g',
    guarantor,
    capability: 'ground-forces',
    history: [{ date: '2030-01-01', status, source: 'fx' }],
    ...extra,
  };
}

/** A dataset whose one commitment is `troops` of alpha's ground forces deployed in the beneficiary. */
export function forwardTroops(troops: number): Dataset {
  return dataset({
    commitments: [
      commitment('c', 'alpha', 'deployed', {
        scale: { min: troops, max: troops, unit: 'troops' },
        location: 'beneficiary-territory',
      }),
    ],
  });
}

export function dataset(parts: {
  actors?: Actor[];
  guarantees?: Guarantee[];
  commitments?: Commitment[];
  positions?: Position[];
  questions?: OpenQuestion[];
}): Dataset {
  return {
    manifest: { id: 'test', title: 'Test', asOf: AS_OF },
    // Graded A1 so every invented fact reads as firm; the grade tests lower it (ground.ts: isFirm).
    sources: [inventedSource({ reliability: 'A', credibility: 1 })],
    actors: parts.actors ?? [
      actor('north', {
        nuclearArmed: fact(true),
        indicators: { activePersonnel: fact(900000), forcesInTheatre: fact(500000) },
      }),
      actor('south'),
      actor('alpha', { indicators: { activePersonnel: fact(150000) } }),
      actor('beta', { indicators: { activePersonnel: fact(100000) } }),
    ],
    guarantees: parts.guarantees ?? [guarantee()],
    commitments: parts.commitments ?? [],
    positions: parts.positions ?? [],
    events: [],
    questions: parts.questions ?? [],
    judgments: [],
    scenarios: [],
    profiles: [],
  };
}
