import {
  type Assessment,
  assess,
  type Briefing,
  buildBriefing,
  type CredibilityProblem,
  compareScenarios,
  type Dataset,
  type EstimativeStandard,
} from '@pledgewatch/core';

/**
 * Runs the credibility engine for what the briefing prints, and nothing more — the baseline
 * (with each open question's answers), each scenario beside it, and the assessment at
 * `--since` when "what changed" is asked for — and builds the content. The briefing prints no
 * trend chart, so no credibility history is computed.
 * Problems (an unknown profile or scenario) come back as values for the CLI to report.
 */

export interface ComposeOptions {
  asOf: string;
  since?: string;
  /** An earlier dataset (a git revision's, an old briefing's) to measure "what changed" from. */
  baseline?: { dataset: Dataset; asOf: string };
  profile?: string;
  scenarios?: string[];
  standard: EstimativeStandard;
  marking?: string;
  /** The day the briefing is made, for the cover's word on how old the data is. */
  today?: string;
}

export type ComposeResult = { ok: true; briefing: Briefing } | { ok: false; problems: CredibilityProblem[] };

export function composeBriefing(dataset: Dataset, options: ComposeOptions): ComposeResult {
  const profile = options.profile ? { profile: options.profile } : {};
  const scenarioIds = options.scenarios ?? dataset.scenarios.map((s) => s.id);
  const compared = compareScenarios(dataset, scenarioIds, { asOf: options.asOf, ...profile });
  if (!compared.ok) return compared;
  let previous: Assessment | undefined;
  if (options.baseline) {
    const before = assess(options.baseline.dataset, { asOf: options.baseline.asOf, ...profile });
    if (!before.ok) return before;
    previous = before.assessment;
  } else if (options.since) {
    const before = assess(dataset, { asOf: options.since, ...profile });
    if (!before.ok) return before;
    previous = before.assessment;
  }
  const briefing = buildBriefing(dataset, compared.baseline, {
    asOf: options.asOf,
    standard: options.standard,
    ...(options.baseline
      ? { since: options.baseline.asOf, baseline: options.baseline }
      : options.since
        ? { since: options.since }
        : {}),
    ...(options.marking !== undefined ? { marking: options.marking } : {}),
    ...(options.today ? { today: options.today } : {}),
    ...(previous ? { previous } : {}),
    scenarios: compared.comparisons.map((c) => c.assessment),
  });
  return { ok: true, briefing };
}
