import type { Actor } from '../model/actor.js';
import type { Change } from '../model/change.js';
import {
  CAPABILITIES,
  type Commitment,
  type CommitmentStatus,
  LOCATIONS,
  PROGRESS_STATUSES,
} from '../model/commitment.js';
import type { Dataset } from '../model/dataset.js';
import type { Event } from '../model/event.js';
import { CONDITION_KINDS, type Guarantee, LEGAL_FORMS, OBLIGATION_TYPES } from '../model/guarantee.js';
import type { Judgment } from '../model/judgment.js';
import type { Position } from '../model/position.js';
import type { OpenQuestion } from '../model/question.js';
import type { Scenario } from '../model/scenario.js';
import type { Source } from '../model/source.js';

/**
 * A seeded generator of valid synthetic datasets of any size, for benchmarks and property
 * tests. Same seed and size, same dataset. The content is plainly synthetic ("Guarantor 17"):
 * it never pretends to be real facts.
 */

/**
 * The ATOP obligations the generator draws from: the list as it was before
 * guarantee-of-neutrality joined it, so a seed generates the same dataset it always did.
 */
const GENERATED_OBLIGATIONS = OBLIGATION_TYPES.filter((o) => o !== 'guarantee-of-neutrality');

export interface GenerateOptions {
  seed?: number;
  /** How many commitments; everything else scales with it. */
  commitments: number;
  /** Override the number of guarantees (default: one per 50 commitments, 2–200). */
  guarantees?: number;
  asOf?: string;
}

/** mulberry32: small, fast, good enough for reproducible synthetic data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(n)));

function dayAfter(start: Date, days: number): string {
  return new Date(start.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The seeded draws every section shares. Each draw advances the one stream, so the order of
 * the calls below is the dataset: a section drawn in another order is another dataset.
 */
interface Draws {
  random: () => number;
  pick: <T>(list: readonly T[]) => T;
  int: (lo: number, hi: number) => number;
  /** A day `days` after the start, as YYYY-MM-DD. */
  dayAfter: (days: number) => string;
  /** Days from the start to the as-of date. */
  span: number;
  /** The id of one of the generated sources, for a fact to cite. */
  source: () => string;
}

export function generateDataset(options: GenerateOptions): Dataset {
  const random = seededRandom(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const asOf = options.asOf ?? '2026-02-28';
  const start = new Date('2024-01-01T00:00:00Z');
  const span = Math.floor((new Date(`${asOf}T00:00:00Z`).getTime() - start.getTime()) / 86_400_000);
  const n = Math.max(1, options.commitments);
  const guaranteeCount = options.guarantees ?? clamp(n / 50, 2, 200);
  const actorCount = clamp(n / 20, 6, 400);
  const sourceCount = clamp(n / 5, 10, 5000);
  const draw: Draws = {
    random,
    pick,
    int,
    dayAfter: (days) => dayAfter(start, days),
    span,
    source: () => `src-${int(0, sourceCount - 1)}`,
  };

  const sources = generateSources(draw, sourceCount);
  const actors = generateActors(draw, actorCount);
  const guarantees = generateGuarantees(draw, guaranteeCount, actorCount);
  const commitments = generateCommitments(draw, n, guarantees);
  const positions = generatePositions(draw, guarantees);
  const events: Event[] = Array.from({ length: clamp(n / 10, 3, 2000) }, (_, i) => ({
    id: `ev${i}`,
    date: draw.dayAfter(int(0, span)),
    title: `Synthetic event ${i}`,
    guarantees: [pick(guarantees).id],
    source: draw.source(),
  }));
  const questions = generateQuestions(draw, guarantees, commitments);
  const judgments = generateJudgments(draw, guarantees, asOf);
  const scenarios: Scenario[] = questions.slice(0, 3).map((q, i) => ({
    id: `sc${i}`,
    name: `Synthetic scenario ${i}`,
    changes: q.answers[0]!.changes,
  }));

  return {
    manifest: { id: `synthetic-${n}`, title: `Synthetic dataset of ${n} commitments`, asOf },
    sources,
    actors,
    guarantees,
    commitments,
    positions,
    events,
    questions,
    judgments,
    scenarios,
    profiles: [],
  };
}

function generateSources({ pick, int, dayAfter, span }: Draws, count: number): Source[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `src-${i}`,
    title: `Synthetic source ${i}`,
    publisher: `Publisher ${i % 37}`,
    date: dayAfter(int(0, span)),
    url: `https://example.org/synthetic/${i}`,
    kind: pick(['official-text', 'official-statement', 'news-report', 'analysis'] as const),
    reliability: pick(['A', 'B', 'C', 'D', 'F'] as const),
    credibility: pick([1, 2, 3, 4, 6] as const),
  }));
}

function generateActors({ random, int, dayAfter, span, source }: Draws, count: number): Actor[] {
  return [
    { id: 'beneficiary', name: 'Beneficiary state', kind: 'state' },
    {
      id: 'adversary',
      name: 'Adversary state',
      kind: 'state',
      nuclearArmed: { value: true, source: source() },
      indicators: { forcesInTheatre: { value: int(100_000, 800_000), year: 2025, source: source() } },
    },
    ...Array.from(
      { length: count },
      (_, i): Actor => ({
        id: `g${i}`,
        name: `Guarantor ${i}`,
        kind: 'state',
        nato: random() < 0.7 ? { value: true, source: source() } : 'unknown',
        nuclearArmed: { value: random() < 0.1, source: source() },
        landBorders: random() < 0.2 ? { value: ['adversary'], source: source() } : 'unknown',
        indicators: {
          activePersonnel: random() < 0.8 ? { value: int(5_000, 500_000), year: 2025, source: source() } : 'unknown',
          defenceSpendingPctGdp:
            random() < 0.8 ? { value: Math.round(random() * 50) / 10, year: 2025, source: source() } : 'unknown',
        },
        ...(random() < 0.1
          ? {
              record: [
                {
                  date: dayAfter(int(0, span)),
                  adversary: 'adversary',
                  outcome: 'backed-down' as const,
                  description: 'Synthetic record entry',
                  source: source(),
                },
              ],
            }
          : {}),
      }),
    ),
  ];
}

function generateGuarantees({ random, pick, int, source }: Draws, count: number, actorCount: number): Guarantee[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `gu${i}`,
    name: `Guarantee ${i}`,
    beneficiary: 'beneficiary',
    adversary: 'adversary',
    guarantors: Array.from(new Set(Array.from({ length: int(2, 8) }, () => `g${int(0, actorCount - 1)}`))),
    obligation: random() < 0.15 ? 'unknown' : pick(GENERATED_OBLIGATIONS),
    legalForm: random() < 0.15 ? 'unknown' : pick(LEGAL_FORMS),
    trigger:
      random() < 0.3
        ? 'unknown'
        : { kind: pick(['automatic', 'consultation', 'none'] as const), clockHours: 24, source: source() },
    conditions: Array.from({ length: int(0, 3) }, (_, k) => ({
      id: `c${k}`,
      kind: pick(CONDITION_KINDS),
      description: `Synthetic condition ${k}`,
      status: pick(['met', 'unmet', 'unknown'] as const),
      source: source(),
    })),
    source: source(),
  }));
}

/** Commitments dealt round-robin over the guarantees, each with one to four dated status entries. */
function generateCommitments(draw: Draws, count: number, guarantees: readonly Guarantee[]): Commitment[] {
  const { random, pick, int, dayAfter, span, source } = draw;
  return Array.from({ length: count }, (_, i) => {
    const guarantee = guarantees[i % guarantees.length]!;
    const entries = int(1, 4);
    let day = int(0, Math.max(0, span - 40));
    let step = int(0, 2);
    const history = Array.from({ length: entries }, () => {
      const status: CommitmentStatus =
        random() < 0.1 ? pick(['declined', 'ruled-out', 'withdrawn'] as const) : PROGRESS_STATUSES[Math.min(step, 6)]!;
      step += int(1, 2);
      const entry = { date: dayAfter(day), status, source: source() };
      day = Math.min(span, day + int(1, 10));
      return entry;
    });
    return {
      id: `cm${i}`,
      guarantee: guarantee.id,
      guarantor: pick(guarantee.guarantors),
      capability: pick(CAPABILITIES),
      scale:
        random() < 0.3 ? 'unknown' : { min: int(100, 1000), max: int(1000, 10_000), unit: 'troops', source: source() },
      location: random() < 0.2 ? 'unknown' : pick(LOCATIONS),
      history,
    };
  });
}

function generatePositions({ pick, int, dayAfter, span, source }: Draws, guarantees: readonly Guarantee[]): Position[] {
  return guarantees.map((g, i) => ({
    id: `pos${i}`,
    actor: 'adversary',
    guarantee: g.id,
    summary: 'Synthetic stance of the adversary',
    history: [
      {
        date: dayAfter(int(0, span)),
        stance: pick(['opposes', 'rejects', 'demands-veto', 'conditional'] as const),
        source: source(),
      },
    ],
  }));
}

/** One question per guarantee (at most 40): will its first commitment be deployed or withdrawn? */
function generateQuestions(
  { int, dayAfter, span, source }: Draws,
  guarantees: readonly Guarantee[],
  commitments: readonly Commitment[],
): OpenQuestion[] {
  return guarantees.slice(0, clamp(guarantees.length, 1, 40)).map((g, i) => {
    // Commitments are dealt round-robin over guarantees, so commitment i belongs to guarantee i.
    const target = commitments[i % commitments.length]!;
    const answers = [
      {
        id: 'yes',
        label: 'It happens',
        changes: [{ op: 'set-status', commitment: target.id, status: 'deployed' } as Change],
      },
      {
        id: 'no',
        label: 'It does not',
        changes: [{ op: 'set-status', commitment: target.id, status: 'withdrawn' } as Change],
      },
    ];
    return {
      id: `q${i}`,
      question: `Synthetic question ${i}?`,
      why: 'It moves the score.',
      bearsOn: { guarantees: [g.id], commitments: [target.id] },
      indicators: ['A synthetic indicator'],
      answers,
      history: [{ date: dayAfter(int(0, span)), status: 'open' as const, source: source() }],
    };
  });
}

function generateJudgments({ pick, int, source }: Draws, guarantees: readonly Guarantee[], asOf: string): Judgment[] {
  return guarantees.slice(0, 10).map((g, i) => {
    const lo = int(5, 80);
    return {
      id: `j${i}`,
      statement: `Synthetic judgment about ${g.name}`,
      likelihood: { min: lo, max: Math.min(99, lo + int(5, 20)) },
      confidence: pick(['high', 'moderate', 'low'] as const),
      basis: 'Synthetic basis.',
      date: asOf,
      about: { guarantees: [g.id] },
      source: source(),
    };
  });
}
