import type { SectionName } from '../../model/dataset.js';
import type { FileForReferences } from './check.js';
import type { ReferenceIndex } from './shared-index.js';

/**
 * Entries that failed validation still get their plain references checked, so one pass over
 * the file reports a misspelt status and a dangling actor in the same entry.
 */
export function checkLooseReferences(index: ReferenceIndex, files: readonly FileForReferences[]): void {
  for (const { parsed, validated } of files) {
    for (const { section, index: at, entity } of validated.invalidEntities) {
      const raw = entity as Record<string, unknown>;
      const o = { file: parsed.file, path: [section, at] };
      for (const [field, target, what] of LOOSE_REFERENCES[section] ?? []) {
        if (typeof raw[field] === 'string') index.ref(target, raw[field] as string, o, [field], what);
      }
      if (Array.isArray(raw.history)) {
        raw.history.forEach((h, i) => {
          const s = h !== null && typeof h === 'object' ? (h as { source?: unknown }).source : undefined;
          if (typeof s === 'string') index.ref('sources', s, o, ['history', i, 'source'], 'the source');
        });
      }
    }
  }
}

const LOOSE_REFERENCES: Partial<Record<SectionName, [string, SectionName, string][]>> = {
  guarantees: [
    ['beneficiary', 'actors', 'the beneficiary'],
    ['adversary', 'actors', 'the adversary'],
  ],
  commitments: [
    ['guarantee', 'guarantees', 'the guarantee'],
    ['guarantor', 'actors', 'the guarantor'],
  ],
  positions: [
    ['actor', 'actors', 'the actor'],
    ['guarantee', 'guarantees', 'the guarantee'],
  ],
};
