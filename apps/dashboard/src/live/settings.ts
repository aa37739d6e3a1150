import {
  type Assessment,
  BUILTIN_PROFILE_IDS,
  type DataFreshness,
  type Dataset,
  dataFreshness,
  defaultProfileId,
  type Id,
  type IsoDate,
  type Snapshot,
  snapshotAt,
} from '@pledgewatch/core';
import type { Trend } from '../views/GuaranteeScores.js';
import { assessDataset } from './assessment.js';

/** What the user chose to look at: the as-of date and the profile. Scenarios are per view. */
export interface DashboardSettings {
  asOf?: IsoDate;
  profile?: Id;
  /** Today, for the staleness warning; without it the dashboard says nothing about the data's age. */
  today?: IsoDate;
}

/** One good state of the dataset, folded as of a date and assessed under a profile. */
export interface AssessedState {
  dataset: Dataset;
  snapshot: Snapshot;
  asOf: IsoDate;
  profile: Id;
  assessment?: Assessment;
  /** Why there is no assessment, when there is none. */
  assessmentProblem?: string;
  /** How old the data is on `settings.today`, and whether the as-of date projects it forward. */
  freshness?: DataFreshness;
  /**
   * Each guarantee's trend, once computed after the scores are on screen (live-dataset.ts);
   * without it the trend is computed when the Overview is drawn.
   */
  trends?: ReadonlyMap<Id, Trend>;
  /** The trend is being computed: draw the last one known (`trends`, possibly none) meanwhile. */
  trendsPending?: boolean;
}

/** The profiles a user can cycle through: the built-in ones, then the dataset's own. */
export function profileIds(dataset: Dataset): Id[] {
  return [...new Set<Id>([...BUILTIN_PROFILE_IDS, ...dataset.profiles.map((p) => p.id)])];
}

export function assessState(dataset: Dataset, settings: DashboardSettings): AssessedState {
  const asOf = settings.asOf ?? dataset.manifest.asOf;
  const profile = defaultProfileId(dataset.manifest, settings.profile);
  const snapshot = snapshotAt(dataset, asOf);
  const assessed = assessDataset(dataset, { asOf, profile });
  const freshness = settings.today
    ? dataFreshness(dataset.manifest, { today: settings.today, ...(settings.asOf ? { asOf: settings.asOf } : {}) })
    : undefined;
  return { dataset, snapshot, asOf, profile, ...assessed, ...(freshness ? { freshness } : {}) };
}
