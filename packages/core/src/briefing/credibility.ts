import type { Assessment, GuaranteeAssessment, RuleFiring } from '../credibility/types.js';
import type { BriefingEvidence, CredibilityReason, CredibilitySection, GuaranteeCredibility } from './types.js';
import { clean, formatRange } from './wording.js';

/**
 * The credibility section: for each guarantee the score as a range, its factors, viability
 * beside it (never mixed in), the base-rate band as context, the reasons that moved it most,
 * and the trend where the engine computed a history.
 */

/** How many reasons a reader gets per factor (and for viability); the method section lists every rule. */
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
    ...strongest(g.viabilityReasons),
  ];
  const trend = (evidence.history ?? []).flatMap((h) => {
    const at = h.guarantees.find((x) => x.guarantee === g.guarantee);
    return at ? [{ date: h.asOf, credibility: at.credibility }] : [];
  });
  const name = clean(g.name);
  const base = `${g.baseRate.low}–${g.baseRate.high}%`;
  return {
    guarantee: g.guarantee,
    name,
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
    flags: g.flags.map(clean),
    trend,
    alt: `${name}: deterrent credibility ${formatRange(g.credibility)} of 100; viability ${formatRange(g.viability)}; base rate for the reference class ${base}.`,
  };
}

function reason(r: RuleFiring): CredibilityReason {
  return {
    title: clean(r.title),
    factor: r.factor,
    effect: r.effect,
    explanation: clean(r.explanation),
    citations: r.citations.map((c) => clean(c.key)),
  };
}
