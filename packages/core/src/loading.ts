/**
 * @pledgewatch/core/loading — the loader's stages one by one, for tool authors (an editor
 * plug-in, a linter, a converter): read a folder within limits, parse one file with positions,
 * validate it against the schema, check the references across files, and suggest the nearest
 * word for a misspelt id. Most callers want `loadDataset`, which runs them all: it is here too, with
 * what a checker prints, for a program that should start without loading the credibility engine.
 */

// The whole loader and what a checker prints with it — the same functions as the main entry's.
// `pledgewatch check` imports only this entry, so its start does not load the credibility engine.
export { dataFreshness } from './freshness/data-freshness.js';
export { hasErrors } from './loading/diagnostic.js';
export { formatDiagnostic, summarizeDataset } from './loading/format.js';
export { formatFollowers, groupKnockOnDiagnostics } from './loading/knock-on.js';
export { loadDataset } from './loading/load.js';
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
export { neutralizeText, safeJson } from './text/neutralize.js';
