import { type Id, type IsoDate, isoDateSchema } from '../model/common.js';
import type { Dataset } from '../model/dataset.js';
import type { Profile } from '../model/profile.js';
import type { Scenario } from '../model/scenario.js';
import { applyChanges, unresolvedChanges } from '../scenario/apply.js';
import { assessGuarantee } from './assess-guarantee.js';
import type { CredibilityProblem, CredibilityResult } from './problems.js';
import { resolveProfile } from './profiles.js';
import { readingChanges, readQuestions, settledChanges } from './questions.js';
import { reuseOrAssess, sharedInputs } from './reuse.js';
import { buildSituation, type Situation, touchedGuarantees, viewOf } from './situation.js';
import type { Assessment, GuaranteeAssessment } from './types.js';

/** How to assess: the date, the lens, and what-ifs to apply first. */
export interface AssessOptions {
  /** The date to assess as of; the dataset's cut-off by default. */
  asOf?: IsoDate;
  /** A profile id (the dataset's own or a built-in) or a profile; the dataset's default, else "current-calculus". */
  profile?: Id | Profile;
  /** Scenarios to apply, in order: ids of the dataset's scenarios, or scenarios built in code. */
  scenarios?: readonly (Id | Scenario)[];
}

export interface Prepared {
  dataset: Dataset;
  asOf: IsoDate;
  profile: Profile;
  scenarios: Scenario[];
}

/** Checks the options and applies the scenarios: everything that can go wrong, as values. */
export function prepareAssessment(dataset: Dataset, options: AssessOptions = {}): CredibilityResult<Prepared> {
  const problems: CredibilityProblem[] = [];
  const asOf = options.asOf ?? dataset.manifest.asOf;
  if (!isoDateSchema.safeParse(asOf).success)
    problems.push({
      code: 'invalid-date',
      message: `'${asOf}' is not a date`,
      hint: 'write it YYYY-MM-DD, e.g. 2025-09-04',
    });
  const profile = resolveProfile(dataset, options.profile);
  if (!profile.ok) problems.push(profile.problem);
  const scenarios: Scenario[] = [];
  for (const s of options.scenarios ?? []) {
    const scenario = typeof s === 'string' ? dataset.scenarios.find((x) => x.id === s) : s;
    if (!scenario) {
      problems.push({
        code: 'unknown-scenario',
        message: `there is no scenario '${String(s)}'`,
        hint: dataset.scenarios.length
          ? `use one of: ${dataset.scenarios.map((x) => x.id).join(', ')}`
          : 'this dataset defines no scenarios',
      });
      continue;
    }
    for (const u of unresolvedChanges(dataset, scenario.changes))
      problems.push({
        code: 'unresolved-change',
        message: `scenario '${scenario.id}': a ${u.change.op} change names no ${u.missing}`,
      });
    scenarios.push(scenario);
  }
  if (problems.length > 0 || !profile.ok) return { ok: false, problems };
  const changed = scenarios.reduce((d, s) => applyChanges(d, s.changes, asOf), dataset);
  return { ok: true, dataset: changed, asOf, profile: profile.profile, scenarios };
}

/**
 * The credibility assessment of every guarantee as of a date: deterrent credibility and,
 * apart, viability, each as a range over what is unknown (unknown inputs, and every open
 * question's possible answers), with the rules that fired and the literature behind them,
 * and the reference-class base rate beside it. Pure; bad options come back as problems.
 */
export function assess(dataset: Dataset, options: AssessOptions = {}): CredibilityResult<{ assessment: Assessment }> {
  const prepared = prepareAssessment(dataset, options);
  if (!prepared.ok) return prepared;
  const situation = buildSituation(prepared.dataset, prepared.asOf, prepared.profile);
  return {
    ok: true,
    assessment: assessSituation(
      situation,
      prepared.scenarios.map((s) => s.id),
    ),
  };
}

/** Assesses a built situation; `only` limits the work to some guarantees (the rest are omitted). */
export function assessSituation(situation: Situation, scenarioIds: Id[], only?: ReadonlySet<Id>): Assessment {
  const questions = readQuestions(situation);
  const reading = readingChanges(questions);
  const settled = settledChanges(questions);
  const readingTouch = touchedGuarantees(situation, reading);
  const shared = sharedInputs(situation);
  const guarantees: GuaranteeAssessment[] = [];
  for (const [id, inputs] of situation.guarantees) {
    if (only && !only.has(id)) continue;
    const touched = readingTouch.has(id);
    // Only guarantees whose inputs are not the very objects of an earlier assessment are built
    // and evaluated (reuse.ts); the view is built with the most-likely reading's answers applied.
    guarantees.push(
      reuseOrAssess(shared, inputs, questions, touched, () =>
        assessGuarantee(viewOf(situation, inputs, touched ? reading : []), questions, touched ? settled : []),
      ),
    );
  }
  return { asOf: situation.asOf, profile: situation.profile, scenarios: scenarioIds, guarantees };
}
