/**
 * @pledgewatch/core — who has promised what to whom, under which conditions, how credible it
 * is, and what is still unknown: the domain model, a dataset loader whose errors point at the
 * line, the timeline, the credibility engine (rules, profiles, scenarios, history, backtests),
 * the briefing's content and the wording every output shares, and the tools that keep a
 * dataset (recording a fact, comparing two versions, reading a git revision, staleness).
 *
 * Grouped below by what a reader comes for, in the order data flows. Two audiences have
 * their own entry points: tool authors who run the loader's stages one by one
 * (`@pledgewatch/core/loading`), and tests and benchmarks that need synthetic datasets
 * (`@pledgewatch/core/testing`).
 *
 * Everything here is pure or a thin file-system edge: no printing, no exiting, no terminal
 * or PDF code.
 */

// The model: what a dataset holds — zod schemas, their types and the model's words.

export * from './model/actor.js';
export * from './model/balance.js';
export * from './model/change.js';
export * from './model/commitment.js';
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

// Loading a dataset: a folder (or texts in memory) to a Dataset, or diagnostics that point
// at the file and line; a loader that reloads only what changed; the editor schema.

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
  type DiagnosticGroup,
  formatFollowers,
  groupKnockOnDiagnostics,
  groupLocation,
} from './loading/knock-on.js';
export {
  buildDataset,
  createDatasetLoader,
  DEFAULT_LOAD_LIMITS,
  type LoadLimits,
  type LoadResult,
  loadDataset,
} from './loading/load.js';
export type { DatasetText } from './loading/read.js';

// Judging it: the timeline as of a date, the credibility engine (rules, profiles, ranges,
// sensitivity, history), scenarios, explanations, the coalition matrix and the backtest.

export * from './backtest/backtest.js';
export * from './backtest/outcomes.js';
export { readOutcomes } from './backtest/read-outcomes.js';
export { type CoalitionMatrix, type CoalitionRow, coalitionMatrix, commitmentStrength } from './coalition/matrix.js';
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
export { BUILTIN_PROFILES, DEFAULT_PROFILE_ID, defaultProfileId, resolveProfile } from './credibility/profiles.js';
export type { CredibilityRule } from './credibility/rule.js';
export { rankSensitivity, type SensitivityEntry, sensitivity } from './credibility/sensitivity.js';
export * from './credibility/types.js';
export { type CommitmentShare, commitmentShare } from './explanation/commitment-share.js';
export {
  explainGuarantee,
  type FactorShare,
  type GuaranteeExplanation,
  type WideningUnknown,
} from './explanation/why.js';
export { applyChanges, unresolvedChanges } from './scenario/apply.js';
export { type ScenarioContradiction, scenarioContradictions } from './scenario/conflicts.js';
export { scenarioFromAnswer } from './scenario/from-answer.js';
export * from './timeline/snapshot.js';

// Saying it: the one wording of numbers, scores, dates, names and scales; the briefing's
// content (and its Markdown); the change feed's sentences; estimative language; untrusted
// text neutralised for terminals, JSON and PDFs.

export { buildBriefing, CORE_JUDGMENTS } from './briefing/build.js';
export { datasetDocumentId, datasetSnapshotJson } from './briefing/document-id.js';
export { renderBriefingMarkdown } from './briefing/markdown.js';
export * from './briefing/phrases.js';
export type * from './briefing/types.js';
export {
  type ChangeFeedEntry,
  type ChangeFeedInput,
  changedIds,
  describeChanges,
} from './change-feed/change-feed.js';
export { formatFeedLine } from './change-feed/feed-line.js';
export { formatChangeEntry, formatChangeSummary } from './change-feed/format.js';
export * from './language/estimative.js';
export { clipForMessage, hasHiddenCharacters, isSafeLink, neutralizeText, safeJson } from './text/neutralize.js';
export * from './wording/index.js';

// Keeping a dataset: recording a fact in its files in place, comparing two versions, reading
// one at a git revision (the user's git; nothing is checked out), stepping through its dated
// facts, and how stale it is.

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
export {
  type DataFreshness,
  DEFAULT_FRESH_FOR_DAYS,
  dataFreshness,
  type FreshnessOptions,
  TODAY_ENV,
  todayFrom,
} from './freshness/data-freshness.js';
export { type CommitInfo, commitsTouching, folderMatchesHead, headCommit } from './git/commits.js';
export {
  type GitProblem,
  type GitProblemCode,
  type RevisionRead,
  readDatasetAtRevision,
  repositoryOf,
  resolveRevision,
} from './git/read-revision.js';
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
export { dayBefore, factsAfter, type LaterFact, recordDates, stepAsOf } from './time-travel/as-of-steps.js';
