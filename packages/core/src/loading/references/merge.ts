import { type Manifest, SECTION_NAMES, type SectionName } from '../../model/dataset.js';
import type { FileForReferences } from './check.js';
import type { EntityOrigin, OriginIndex, ReferenceReport } from './report.js';

/**
 * Merges the entities of every file into one list per section, keeping the first of any
 * duplicate id, and finds the one manifest.
 */

export interface MergedFiles {
  lists: Record<SectionName, unknown[]>;
  manifests: { manifest: Manifest; file: string }[];
  origins: OriginIndex;
}

/**
 * Each entity's key and place, made once per entity object: a reload keeps the entities of
 * unchanged files as the same objects, so merging again after a save makes no new keys or places.
 */
const placed = new WeakMap<object, { key: string; origin: EntityOrigin }>();

/** Where an entity that was merged is written (its first definition's place, as its key maps to). */
export function placeOf(entity: object): EntityOrigin | undefined {
  return placed.get(entity)?.origin;
}

export function mergeFiles(files: readonly FileForReferences[], report: ReferenceReport): MergedFiles {
  const origins: OriginIndex = new Map();
  const lists = Object.fromEntries(SECTION_NAMES.map((s) => [s, [] as unknown[]])) as Record<SectionName, unknown[]>;
  const manifests: { manifest: Manifest; file: string }[] = [];
  for (const { parsed, validated } of files) {
    if (validated.manifest) manifests.push({ manifest: validated.manifest, file: parsed.file });
    for (const { section, index, entity } of validated.entities) {
      const id = (entity as { id: string }).id;
      let place = placed.get(entity as object);
      if (!place) {
        place = { key: `${section}:${id}`, origin: { file: parsed.file, path: [section, index] } };
        placed.set(entity as object, place);
      }
      const { key, origin } = place;
      const first = origins.get(key);
      if (first) {
        report.add(
          'error',
          'duplicate-id',
          report.at(origin, ['id']),
          `the ${section.replace(/s$/, '')} id '${id}' is used twice`,
          `it is first defined at ${first.file}:${report.at(first).line ?? '?'}; rename one of them`,
        );
        continue;
      }
      origins.set(key, origin);
      lists[section].push(entity);
    }
  }
  return { lists, manifests, origins };
}

/** Exactly one manifest: none (unless a file that may hold it could not be read) or two is an error. */
export function checkManifests(
  manifests: MergedFiles['manifests'],
  unreadable: readonly string[],
  folderLabel: string,
  report: ReferenceReport,
): void {
  if (manifests.length === 0 && unreadable.length === 0) {
    report.add(
      'error',
      'missing-manifest',
      { file: folderLabel, path: ['dataset'] },
      'no file holds the dataset manifest (a `dataset:` section with id, title and asOf)',
      'add a file dataset.yaml with `dataset: {id: …, title: …, asOf: YYYY-MM-DD}`',
    );
  }
  for (const extra of manifests.slice(1)) {
    report.add(
      'error',
      'duplicate-manifest',
      report.at({ file: extra.file, path: ['dataset'] }),
      'a second file holds a `dataset:` manifest',
      `keep the one in ${manifests[0]!.file}`,
    );
  }
}
