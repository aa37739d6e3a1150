/**
 * @pledgewatch/core — the domain model of security guarantees, a dataset loader whose
 * errors point at the line, the timeline, and estimative language.
 *
 * Everything here is pure or a thin file-system edge: no printing, no exiting, no terminal
 * or PDF code.
 */

export * from './backtest/backtest.js';
export * from './backtest/outcomes.js';
export { readOutcomes } from './backtest/read-outcomes.js';
// Briefing content
export { buildBriefing, CORE_JUDGMENTS } from './briefing/build.js';
export { datasetDocumentId, datasetSnapshotJson } from './briefing/document-id.js';
export { renderBriefingMarkdown } from './briefing/markdown.js';
export * from './briefing/phrases.js';
export { SOURCING_RULES, sourcingOf } from './briefing/sourcing.js';
export type * from './briefing/types.js';
// Change feed
export {
  type ChangeFeedEntry,
  type ChangeFeedInput,
  changedIds,
  describeChanges,
} from './change-feed/change-feed.js';
export { formatFeedLine } from './change-feed/feed-line.js';
export { formatChangeEntry, formatChangeSummary } from './change-feed/format.js';
// Coalition matrix
export { type CoalitionMatrix, type CoalitionRow, coalitionMatrix, commitmentStrength } from './coalition/matrix.js';
// Credibility
export { type AssessOptions, assess } from './credibility/assess.js';
export { baseRate } from './credibility/base-rate.js';
export { CREDIBILITY_RULES } from './credibility/catalogue.js';
export { CITATIONS } from './credibility/citations.js';
export {
  type AssessedPair,
  compareAssessments,
  compareScenarios,
  type GuaranteeDelta,
  pairAssessments,
  type RangeDelta,
  type ScenarioComparison,
} from './credibility/compare.js';
export { credibilityHistory, type HistoryOptions } from './credibility/history.js';
export { CREDIBILITY_PROBLEM_CODES, type CredibilityProblem, type CredibilityResult } from './credibility/problems.js';
export {
  BUILTIN_PROFILES,
  DEFAULT_PROFILE_ID,
  defaultProfileId,
  normalisedWeights,
  resolveProfile,
} from './credibility/profiles.js';
export type { CredibilityRule } from './credibility/rule.js';
export { rankSensitivity, type SensitivityEntry, sensitivity } from './credibility/sensitivity.js';
export * from './credibility/types.js';
export { changesSinceDataset } from './dataset-diff/changes-since.js';
export {
  type ChangedFact,
  type CitedSource,
  type CompareResult,
  changedFacts,
  compareDatasets,
  type DatasetComparison,
  type GuaranteeMove,
  type RuleMove,
} from './dataset-diff/compare-datasets.js';
export { datasetFromSnapshotJson } from './dataset-diff/snapshot-dataset.js';
// Explanations: why a score is what it is, what a commitment adds, the feed's wording, time travel
export { type CommitmentShare, commitmentShare } from './explanation/commitment-share.js';
export {
  explainGuarantee,
  type FactorShare,
  type GuaranteeExplanation,
  type WideningUnknown,
} from './explanation/why.js';
// Data freshness (staleness of a dataset's cut-off)
export {
  type DataFreshness,
  DEFAULT_FRESH_FOR_DAYS,
  dataFreshness,
  type FreshnessOptions,
  TODAY_ENV,
  todayFrom,
} from './freshness/data-freshness.js';
export { type CommitInfo, commitsTouching, folderMatchesHead, headCommit } from './git/commits.js';
// Git: a dataset as it was at a revision (the user's git; nothing is checked out)
export {
  type GitProblem,
  type GitProblemCode,
  type RevisionRead,
  readDatasetAtRevision,
  repositoryOf,
  resolveRevision,
} from './git/read-revision.js';
// Estimative language
export * from './language/estimative.js';
// Loading
export {
  compareDiagnostics,
  DIAGNOSTIC_CODES,
  type Diagnostic,
  type DiagnosticCode,
  diagnosticLocation,
  hasErrors,
  type Severity,
} from './loading/diagnostic.js';
export { formatDiagnostic, summarizeDataset } from './loading/format.js';
export { datasetJsonSchema } from './loading/json-schema.js';
export {
  buildDataset,
  createDatasetLoader,
  DEFAULT_LOAD_LIMITS,
  type LoadLimits,
  type LoadResult,
  loadDataset,
} from './loading/load.js';
export { DEFAULT_PARSE_LIMITS, type ParsedFile, type ParseLimits, parseDatasetFile } from './loading/parse.js';
export {
  type DatasetText,
  DEFAULT_READ_LIMITS,
  type ReadLimits,
  type ReadResult,
  readDatasetFolder,
} from './loading/read.js';
export { checkReferences } from './loading/references/check.js';
export type { EntityOrigin, OriginIndex } from './loading/references/report.js';
export { nearestWord } from './loading/suggest.js';
export { type ValidatedFile, validateDatasetFile } from './loading/validate.js';
export * from './model/actor.js';
export * from './model/balance.js';
export * from './model/change.js';
export * from './model/commitment.js';
// Model
export * from './model/common.js';
export * from './model/dataset.js';
export * from './model/event.js';
export * from './model/guarantee.js';
export * from './model/judgment.js';
export * from './model/position.js';
export * from './model/profile.js';
export * from './model/question.js';
export * from './model/scenario.js';
export * from './model/source.js';
// Recording facts into a dataset's files
export { appendToSection, type EditResult, insertListItem, setMapEntry } from './record/edit-in-place.js';
export {
  type FindResult,
  findActor,
  findAnswer,
  findCommitment,
  findGuarantee,
  findPosition,
  findQuestion,
  findSource,
  type NamedEntity,
} from './record/find.js';
export { type RecordEdit, type RecordRequest, type RecordResult, recordFact } from './record/record.js';
export { RECORD_PROBLEM_CODES, type RecordProblem, type RecordProblemCode } from './record/values.js';
// Scenarios: applying changes
export { applyChanges, type ChangeTargets, changeTargets, unresolvedChanges } from './scenario/apply.js';
export { scenarioFromAnswer } from './scenario/from-answer.js';
// Untrusted text
export { clipForMessage, hasHiddenCharacters, isSafeLink, neutralizeText, safeJson } from './text/neutralize.js';
export { dayBefore, factsAfter, type LaterFact, recordDates, stepAsOf } from './time-travel/as-of-steps.js';
// Timeline
export * from './timeline/snapshot.js';
// Wording: how every output says numbers, scores, dates, names and scales
export * from './wording/index.js';
