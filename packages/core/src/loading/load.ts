import type { Dataset } from '../model/dataset.js';
import { compareDiagnostics, type Diagnostic, hasErrors } from './diagnostic.js';
import { DEFAULT_PARSE_LIMITS, type ParsedFile, type ParseLimits, type Position, parseDatasetFile } from './parse.js';
import { type DatasetText, DEFAULT_READ_LIMITS, type ReadLimits, readDatasetFolder, readMemo } from './read.js';
import { checkReferences } from './references/check.js';
import type { OriginIndex } from './references/report.js';
import { type ReferenceMemo, referenceMemo } from './references/shared-index.js';
import { type ValidatedFile, validateDatasetFile } from './validate.js';

/**
 * Loading, end to end: read → parse with positions → validate → check references.
 * Returns the dataset, or every diagnostic at once — never throws on bad data.
 */

export type LoadLimits = ReadLimits & ParseLimits;
export const DEFAULT_LOAD_LIMITS: LoadLimits = { ...DEFAULT_READ_LIMITS, ...DEFAULT_PARSE_LIMITS };

interface LoadFacts {
  diagnostics: Diagnostic[];
  /** Where each entity is written, by `"<section>:<id>"`. */
  origins: OriginIndex;
  /** The files read, relative to the folder. */
  files: string[];
  /** The line and column of a path in a file (computed on request: it costs a careful parse). */
  locate(file: string, path: readonly (string | number)[]): Position | undefined;
}

export type LoadResult = ({ ok: true; dataset: Dataset } | { ok: false; dataset?: undefined }) & LoadFacts;

interface CachedFile {
  hash: string;
  parsed: ParsedFile;
  validated: ValidatedFile;
}

/**
 * Builds a dataset from file texts already in memory (pure). `cache` lets a watcher skip
 * parsing and validating files whose content did not change.
 */
export function buildDataset(
  texts: readonly DatasetText[],
  options: {
    limits?: Partial<ParseLimits>;
    cache?: Map<string, CachedFile>;
    folderLabel?: string;
    /** What the reference checks reported per entity last time (references/shared-index.ts). */
    references?: ReferenceMemo;
  } = {},
): LoadResult {
  const limits = { ...DEFAULT_PARSE_LIMITS, ...options.limits };
  const diagnostics: Diagnostic[] = [];
  const prepared = texts.map((t) => {
    const hit = options.cache?.get(t.file);
    if (hit && hit.hash === t.hash) return hit;
    const parsed = parseDatasetFile(t.file, t.text, limits);
    const entry = { hash: t.hash, parsed, validated: validateDatasetFile(parsed) };
    options.cache?.set(t.file, entry);
    return entry;
  });
  if (options.cache) {
    const present = new Set(texts.map((t) => t.file));
    for (const file of options.cache.keys()) if (!present.has(file)) options.cache.delete(file);
  }
  for (const p of prepared) diagnostics.push(...p.parsed.diagnostics, ...p.validated.diagnostics);
  const resolved = checkReferences(prepared, options.folderLabel, options.references);
  diagnostics.push(...resolved.diagnostics);
  diagnostics.sort(compareDiagnostics);
  const files = texts.map((t) => t.file);
  const byFile = new Map(prepared.map((p) => [p.parsed.file, p.parsed]));
  const locate = (file: string, path: readonly (string | number)[]) => byFile.get(file)?.locate(path);
  if (resolved.dataset && !hasErrors(diagnostics)) {
    return { ok: true, dataset: resolved.dataset, diagnostics, origins: resolved.origins, files, locate };
  }
  return { ok: false, diagnostics, origins: resolved.origins, files, locate };
}

/** Reads and builds the dataset in `dir`. */
export async function loadDataset(dir: string, options: { limits?: Partial<LoadLimits> } = {}): Promise<LoadResult> {
  return createDatasetLoader(dir, options).load();
}

function unreadable(diagnostics: Diagnostic[]): LoadResult {
  return { ok: false, diagnostics, origins: new Map(), files: [], locate: () => undefined };
}

/** What `reload` returns when every file, and every problem reading the folder, is as last time. */
export const UNCHANGED = 'unchanged';

/**
 * A loader that remembers what it read and parsed, for watchers: reloading after one file
 * changed reads, parses and checks the references of that file only (the others are known
 * unchanged by their
 * metadata, read.ts `ReadMemo`; entities whose references cannot have changed keep their
 * diagnostics, references/shared-index.ts `ReferenceMemo`). `reload` also skips building when nothing changed: it returns
 * `'unchanged'` when the files' hashes and the read diagnostics match the last (re)load, so a
 * watcher's spurious events cost one folder read and publish nothing.
 */
export function createDatasetLoader(
  dir: string,
  options: {
    limits?: Partial<LoadLimits>;
    /** How long after its last change a file is trusted unchanged by its metadata (read.ts). */
    settledMs?: number;
  } = {},
) {
  const limits = { ...DEFAULT_LOAD_LIMITS, ...options.limits };
  const cache = new Map<string, CachedFile>();
  const memo = readMemo(options.settledMs);
  const references = referenceMemo();
  let lastSignature: string | undefined;
  const build = (read: Awaited<ReturnType<typeof readDatasetFolder>>): LoadResult => {
    // A folder that cannot be read says only that: no "manifest missing" on top of "no such folder".
    if (read.files.length === 0 && read.diagnostics.length > 0) return unreadable(read.diagnostics);
    const built = buildDataset(read.files, { limits, cache, folderLabel: '.', references });
    if (read.diagnostics.length === 0) return built;
    const diagnostics = [...read.diagnostics, ...built.diagnostics].sort(compareDiagnostics);
    return { ...built, ok: false, dataset: undefined, diagnostics };
  };
  const readAndSign = async () => {
    const read = await readDatasetFolder(dir, limits, memo);
    const signature = [
      ...read.files.map((f) => `${f.file}\0${f.hash}`),
      ...read.diagnostics.map((d) => d.message),
    ].join('\n');
    return { read, signature };
  };
  return {
    dir,
    async load(): Promise<LoadResult> {
      const { read, signature } = await readAndSign();
      lastSignature = signature;
      return build(read);
    },
    async reload(): Promise<LoadResult | typeof UNCHANGED> {
      const { read, signature } = await readAndSign();
      if (signature === lastSignature) return UNCHANGED;
      lastSignature = signature;
      return build(read);
    },
  };
}
