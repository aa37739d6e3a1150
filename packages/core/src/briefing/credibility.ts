import type { Assessment, GuaranteeAssessment, RuleFiring, ScoreRange } from '../credibility/types.js';
import { joinAnd, shortLabel } from '../wording/labels.js';
import { formatScore, formatSignedDelta, readableNumbers } from '../wording/numbers.js';
import type {
  BaseRatePanel,
  BriefingEvidence,
  CredibilityReason,
  CredibilitySection,
  GuaranteeCredibility,
} from './types.js';
import { clean } from './wording.js';

/**
 * The credibility section: for each guarantee the score as a range with the range explained
 * in words (which unknowns make it wide), viability beside it explained by its conditions
 * (never mixed in), the reasons that moved it most, and the trend where the engine computed
 * a history. Base rates go to their own panel: they are percentages, not scores.
 */

/** How many reasons a reader gets per factor; the method annex lists every rule. */
const MAIN_REASONS = 2;

export function buildCredibility(
  assessment: Assessment | undefined,
  evidence: BriefingEvidence,
  fallbackProfile: { id: string; name: string },
): CredibilitySection {
  if (!assessment) {
    return {
      profile: fallbackProfile,
      guarantees: [],
      missing: 'No credibility assessment was computed for this briefing.',
    };
  }
  return {
    profile: { id: assessment.profile.id, name: clean(assessment.profile.name) },
    guarantees: assessment.guarantees.map((g) => guaranteeCredibility(g, evidence)),
  };
}

/** One row per reference class, naming the guarantees it is the base rate of. */
export function buildBaseRates(assessment: Assessment | undefined): BaseRatePanel[] {
  const panel = new Map<string, BaseRatePanel>();
  for (const g of assessment?.guarantees ?? []) {
    const key = `${g.baseRate.label}|${g.baseRate.low}|${g.baseRate.high}`;
    const row = panel.get(key) ?? {
      label: clean(g.baseRate.label),
      low: g.baseRate.low,
      high: g.baseRate.high,
      citation: clean(g.baseRate.citation.key),
      guarantees: [],
    };
    row.guarantees.push(clean(shortLabel(g)));
    panel.set(key, row);
  }
  return [...panel.values()];
}

function guaranteeCredibility(g: GuaranteeAssessment, evidence: BriefingEvidence): GuaranteeCredibility {
  const strongest = (firings: readonly RuleFiring[]) =>
    firings
      .map((r, i) => ({ r, i }))
      .sort((a, b) => Math.abs(b.r.effect.point) - Math.abs(a.r.effect.point) || a.i - b.i)
      .slice(0, MAIN_REASONS)
      .map(({ r }) => reason(r));
  const reasons: CredibilityReason[] = [
    ...(g.ceilings ?? []).map(reason),
    ...g.factors.flatMap((f) => strongest(f.reasons)),
    ...g.viabilityReasons.map(reason),
  ];
  const trend = (evidence.history ?? []).flatMap((h) => {
    const at = h.guarantees.find((x) => x.guarantee === g.guarantee);
    return at ? [{ date: h.asOf, credibility: at.credibility }] : [];
  });
  const name = clean(g.name);
  return {
    guarantee: g.guarantee,
    name,
    label: clean(shortLabel(g)),
    credibility: g.credibility,
    viability: g.viability,
    factors: g.factors.map((f) => ({ factor: f.factor, weight: f.weight, score: f.score })),
    baseRate: {
      label: clean(g.baseRate.label),
      low: g.baseRate.low,
      high: g.baseRate.high,
      citation: clean(g.baseRate.citation.key),
    },
    reasons,
    flags: g.flags.map((f) => readableNumbers(clean(f))).filter((f) => !f.startsWith('Wide range')),
    trend,
    rangeWords: rangeWords(g),
    viabilityWords: viabilityWords(g),
    alt: `${name}: deterrent credibility ${formatScore(g.credibility)} of 100; viability ${formatScore(g.viability)}.`,
  };
}

const width = (r: ScoreRange) => r.high - r.low;
const lower = (title: string) => clean(title).replace(/^[A-Z](?![A-Z])/, (c) => c.toLowerCase());

/** "Wide (51 points): what is not known about … decides much of it." */
export function rangeWords(g: GuaranteeAssessment): string {
  const w = Math.round(width(g.credibility));
  if (w === 0) return 'No spread: no unknown moves it.';
  const drivers = g.factors
    .flatMap((f) => f.reasons.map((r) => ({ title: r.title, points: f.weight * width(r.effect) })))
    .filter((d) => d.points >= 1)
    .sort((a, b) => b.points - a.points)
    .slice(0, 2);
  const question = (g.questions ?? [])
    .filter((q) => q.swing.credibility >= 1)
    .sort((a, b) => b.swing.credibility - a.swing.credibility)[0];
  const causes = [
    ...drivers.map((d) => `${lower(d.title)} (up to ${Math.round(d.points)} points)`),
    ...(question ? [`the answer to “${clean(question.text)}” (${Math.round(question.swing.credibility)} points)`] : []),
  ];
  const size = w < 15 ? 'Narrow' : w < 35 ? 'Moderately wide' : 'Wide';
  return causes.length === 0
    ? `${size} (${w} points).`
    : `${size} (${w} points), mainly from what is not known about ${joinAnd(causes)}.`;
}

/** "From 100: … (−30), … (−15); 55 on the data as recorded; the answers to open questions span 21 to 84." */
export function viabilityWords(g: GuaranteeAssessment): string {
  const steps = g.viabilityReasons
    .filter((r) => Math.round(r.effect.point) !== 0 || width(r.effect) >= 1)
    .map((r) => {
      const p = formatSignedDelta(r.effect.point);
      const spread =
        width(r.effect) >= 1
          ? `, ${formatSignedDelta(r.effect.low)} to ${formatSignedDelta(r.effect.high)} as unknowns resolve`
          : '';
      return `${lower(r.title)} ${p}${spread}`;
    });
  const start = 100 + g.viabilityReasons.reduce((sum, r) => sum + r.effect.point, 0);
  const floor = start < 0 ? ' (floored at 0)' : '';
  const head = steps.length === 0 ? 'Nothing stands in its way: 100' : `From 100: ${steps.join('; ')}`;
  return `${head}, so ${Math.round(Math.max(0, Math.min(100, start)))}${floor} on the data as recorded; the full range is ${formatScore(g.viability)}.`;
}

function reason(r: RuleFiring): CredibilityReason {
  return {
    title: clean(r.title),
    factor: r.factor,
    effect: r.effect,
    explanation: readableNumbers(clean(r.explanation)),
    citations: r.citations.map((c) => clean(c.key)),
  };
}
