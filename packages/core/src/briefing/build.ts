import { defaultProfileId } from '../credibility/profiles.js';
import type { Assessment } from '../credibility/types.js';
import { changesSinceDataset } from '../dataset-diff/changes-since.js';
import { dataFreshness } from '../freshness/data-freshness.js';
import type { Dataset } from '../model/dataset.js';
import { snapshotAt } from '../timeline/snapshot.js';
import { shortLabel } from '../wording/labels.js';
import { buildChanges } from './changes.js';
import { buildCommitmentTables } from './commitments.js';
import { buildBottomLine, mainGuarantee } from './cover.js';
import { buildBaseRates, buildCredibility } from './credibility.js';
import { datasetDocumentId } from './document-id.js';
import { createEndnoteRegister } from './endnotes.js';
import { buildJudgments } from './judgments.js';
import { buildKnown } from './known.js';
import { buildMethod } from './method.js';
import { buildScenarios } from './scenarios.js';
import { buildScoreKey } from './score-key.js';
import { buildTimeline } from './timeline.js';
import type { Briefing, BriefingOptions } from './types.js';
import { buildUnknown, buildWatch } from './unknown.js';
import { clean } from './wording.js';

/** How many key judgments lead the core; the rest follow in the annex. */
export const CORE_JUDGMENTS = 3;

/**
 * The briefing's content from a dataset and its assessment (pure). Sections are built in
 * the order they are printed, so endnotes are numbered in reading order.
 */
export function buildBriefing(
  dataset: Dataset,
  assessment: Assessment | undefined,
  options: BriefingOptions,
): Briefing {
  const { asOf, since, standard } = options;
  const snapshot = snapshotAt(dataset, asOf);
  const notes = createEndnoteRegister(dataset);
  const title = clean(dataset.manifest.title);
  const marking = clean(options.marking ?? dataset.manifest.marking ?? 'UNCLASSIFIED // OPEN SOURCE');

  // The core first (BLUF, judgments, what to watch), so endnotes number in reading order.
  const unknown = buildUnknown(snapshot, assessment, notes);
  const swingOf = new Map(unknown.questions.map((q) => [q.id, q.swing]));
  const judgments = buildJudgments(dataset, asOf, standard, notes, swingOf);
  const watch = buildWatch(unknown.questions);
  const known = buildKnown(snapshot, notes);
  const commitments = buildCommitmentTables(snapshot, notes);
  const profileId = defaultProfileId(dataset.manifest, options.profileId);
  const profileName = dataset.profiles.find((p) => p.id === profileId)?.name ?? profileId;
  const credibility = buildCredibility(assessment, options, { id: profileId, name: clean(profileName) });
  const scenarios = buildScenarios(dataset, assessment, options.scenarios);
  const changes = options.baseline
    ? changesSinceDataset(snapshot, options.baseline, options.previous, assessment, notes)
    : since !== undefined
      ? buildChanges(snapshot, since, options.previous, assessment, notes)
      : undefined;
  const timeline = buildTimeline(dataset, asOf, notes);

  return {
    documentId: datasetDocumentId(dataset),
    datasetId: dataset.manifest.id,
    title,
    asOf,
    ...(since !== undefined ? { since } : {}),
    standard,
    language: dataset.manifest.language ?? 'en',
    keywords: [
      'security guarantees',
      'credibility',
      'deterrence',
      ...dataset.guarantees.map((g) => clean(shortLabel(g))),
    ],
    cover: {
      title,
      ...(dataset.manifest.description ? { subtitle: clean(dataset.manifest.description) } : {}),
      asOf,
      cutOff: dataset.manifest.asOf,
      ...(options.today ? { freshness: dataFreshness(dataset.manifest, { today: options.today, asOf }) } : {}),
      marking,
      bottomLine: buildBottomLine(snapshot, assessment),
    },
    scoreKey: buildScoreKey(snapshot, assessment, mainGuarantee(snapshot)?.id),
    judgments,
    // "What changed" takes the room of one judgment in the two-page core.
    coreJudgments: Math.min(since !== undefined ? CORE_JUDGMENTS - 1 : CORE_JUDGMENTS, judgments.length),
    watch,
    known,
    unknown,
    commitments,
    credibility,
    baseRates: buildBaseRates(assessment),
    scenarios: scenarios.changing,
    scenariosUnchanged: scenarios.unchanged,
    ...(changes ? { changes } : {}),
    timeline,
    sources: notes.list(),
    method: buildMethod(assessment, standard),
  };
}
