import {
  type Assessment,
  assess,
  type CommitmentShare,
  commitmentShare,
  type Dataset,
  dayBefore,
  guaranteeLabel,
  type Id,
  type IsoDate,
  pairAssessments,
  type Scenario,
  type ScoreRange,
  scenarioFromAnswer,
} from '@pledgewatch/core';
import { clean } from '../terminal/text.js';
import type { Trend } from '../views/GuaranteeScores.js';
import type { ScenarioComparisonLine } from '../views/Scenarios.js';
import type { AnswerEffect } from '../views/Unknowns.js';

/**
 * The dashboard's one door into the credibility engine. Results are cached per dataset
 * object and options, so re-rendering never re-assesses. An engine failure is a bug in
 * core, but it must not take the screen down: it becomes a message in place of the
 * scores, and the rest of the dashboard keeps working.
 */

/** The point of view an assessment is taken from: as of a date, under a profile. */
export interface AssessmentLens {
  asOf: IsoDate;
  profile: Id;
}

type Assessed = { assessment?: Assessment; assessmentProblem?: string };

const cache = new WeakMap<Dataset, Map<string, Assessed>>();

function cached(dataset: Dataset, key: string, compute: () => Assessed): Assessed {
  let perDataset = cache.get(dataset);
  if (!perDataset) {
    perDataset = new Map();
    cache.set(dataset, perDataset);
  }
  let hit = perDataset.get(key);
  if (!hit) {
    hit = compute();
    perDataset.set(key, hit);
  }
  return hit;
}

function run(dataset: Dataset, asOf: IsoDate, profile: Id, scenarios: readonly (Id | Scenario)[] = []): Assessed {
  try {
    const result = assess(dataset, { asOf, profile, scenarios });
    if (result.ok) return { assessment: result.assessment };
    return { assessmentProblem: result.problems.map((p) => clean(p.message)).join('; ') };
  } catch (error) {
    return { assessmentProblem: `the engine failed: ${clean(error instanceof Error ? error.message : String(error))}` };
  }
}

export function assessDataset(dataset: Dataset, lens: AssessmentLens): Assessed {
  return cached(dataset, `${lens.asOf}|${lens.profile}`, () => run(dataset, lens.asOf, lens.profile));
}

/** How far each open question's answers alone move credibility: the widest swing over guarantees. */
export function questionSwings(dataset: Dataset, lens: AssessmentLens): Map<Id, number> | undefined {
  const { assessment } = assessDataset(dataset, lens);
  if (!assessment) return undefined;
  const swings = new Map<Id, number>();
  for (const g of assessment.guarantees)
    for (const q of g.questions ?? [])
      swings.set(q.question, Math.max(swings.get(q.question) ?? 0, q.swing.credibility));
  return swings;
}

/** How far back the trend column looks, in days: a quarter, stated in the column and the key. */
export const TREND_WINDOW_DAYS = 90;

/** The date `days` days before `date`. */
export function daysBefore(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/**
 * Each guarantee's trend: how far its most likely credibility moved over the
 * TREND_WINDOW_DAYS before the as-of date (rounded points, as shown). A guarantee not yet on
 * record at the window's start has no trend. One more assessment, cached like the rest.
 */
export function credibilityTrends(dataset: Dataset, lens: AssessmentLens): Map<Id, Trend> | undefined {
  const now = assessDataset(dataset, lens).assessment;
  if (!now) return undefined;
  const start = daysBefore(lens.asOf, TREND_WINDOW_DAYS);
  const before = assessDataset(dataset, { asOf: start, profile: lens.profile }).assessment;
  if (!before) return undefined;
  const trends = new Map<Id, Trend>();
  for (const { before: prev, after: g } of pairAssessments(before, now)) {
    trends.set(g.guarantee, {
      delta: Math.round(g.credibility.point) - Math.round(prev.credibility.point),
      since: start,
    });
  }
  return trends;
}

/** Credibility with scenarios and answers applied, beside the baseline. */
export function compareToggles(
  dataset: Dataset,
  lens: AssessmentLens,
  scenarios: Id[],
  answers: { question: Id; answer: Id }[],
): { comparison?: ScenarioComparisonLine[]; problem?: string } {
  const baseline = assessDataset(dataset, lens);
  if (!baseline.assessment) return { problem: baseline.assessmentProblem };
  const applied: (Id | Scenario)[] = [...scenarios];
  for (const { question, answer } of answers) {
    const q = dataset.questions.find((x) => x.id === question);
    const s = q && scenarioFromAnswer(q, answer);
    if (s) applied.push(s);
  }
  const key = `${lens.asOf}|${lens.profile}|${applied.map((s) => (typeof s === 'string' ? s : s.id)).join(',')}`;
  const withToggles = applied.length
    ? cached(dataset, key, () => run(dataset, lens.asOf, lens.profile, applied))
    : baseline;
  if (!withToggles.assessment) return { problem: withToggles.assessmentProblem };
  const comparison = pairAssessments(baseline.assessment, withToggles.assessment).map(({ before: b, after: s }) => ({
    guarantee: clean(guaranteeLabel(dataset, b.guarantee)),
    baseline: b.credibility,
    scenario: s.credibility,
    viabilityBaseline: b.viability,
    viabilityScenario: s.viability,
  }));
  return { comparison };
}

/** What each answer of one question would do to each guarantee it moves. */
export function answerEffects(dataset: Dataset, lens: AssessmentLens, question: Id): AnswerEffect[] | undefined {
  const { assessment } = assessDataset(dataset, lens);
  if (!assessment) return undefined;
  const effects: AnswerEffect[] = [];
  for (const g of assessment.guarantees) {
    const q = g.questions?.find((x) => x.question === question);
    for (const a of q?.answers ?? [])
      effects.push({
        answer: a.answer,
        label: clean(a.label),
        guarantee: clean(guaranteeLabel(dataset, g.guarantee)),
        baseline: g.credibility,
        credibility: a.credibility,
      });
  }
  return effects;
}

const shares = new WeakMap<Dataset, Map<string, CommitmentShare | undefined>>();

/** What one commitment adds to its guarantee: assessed with it and without it (cached). */
export function commitmentShareIn(dataset: Dataset, lens: AssessmentLens, commitment: Id): CommitmentShare | undefined {
  let perDataset = shares.get(dataset);
  if (!perDataset) {
    perDataset = new Map();
    shares.set(dataset, perDataset);
  }
  const key = `${lens.asOf}|${lens.profile}|${commitment}`;
  if (!perDataset.has(key)) {
    try {
      perDataset.set(key, commitmentShare(dataset, lens, commitment));
    } catch {
      perDataset.set(key, undefined);
    }
  }
  return perDataset.get(key);
}

/** One guarantee's scores just before a dated change and on its date. */
export interface ChangeEffect {
  guarantee: string;
  before: { credibility: ScoreRange; viability: ScoreRange };
  after: { credibility: ScoreRange; viability: ScoreRange };
}

/** What the changes dated `date` did: every guarantee whose scores differ from the day before. */
export function changeEffects(dataset: Dataset, profile: Id, date: IsoDate): ChangeEffect[] | undefined {
  const after = assessDataset(dataset, { asOf: date, profile }).assessment;
  const before = assessDataset(dataset, { asOf: dayBefore(date), profile }).assessment;
  if (!after || !before) return undefined;
  const moved = (a: ScoreRange, b: ScoreRange) =>
    Math.round(a.low) !== Math.round(b.low) ||
    Math.round(a.point) !== Math.round(b.point) ||
    Math.round(a.high) !== Math.round(b.high);
  return pairAssessments(before, after).flatMap(({ before: b, after: g }) => {
    if (!moved(b.credibility, g.credibility) && !moved(b.viability, g.viability)) return [];
    return [
      {
        guarantee: clean(guaranteeLabel(dataset, g.guarantee)),
        before: { credibility: b.credibility, viability: b.viability },
        after: { credibility: g.credibility, viability: g.viability },
      },
    ];
  });
}
