/**
 * @pledgewatch/core/loading — the loader's stages one by one, for tool authors (an editor
 * plug-in, a linter, a converter): read a folder within limits, parse one file with positions,
 * validate it against the schema, check the references across files, and suggest the nearest
 * word for a misspelt id. Most callers want `loadDataset` from the main entry, which runs them all.
 */

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
