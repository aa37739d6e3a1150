import { checkChanges } from './changes.js';
import type { ReferenceIndex } from './shared-index.js';

/** Scenarios: every change names something that exists. */
export function checkScenarios(index: ReferenceIndex): void {
  for (const s of index.dataset.scenarios) {
    checkChanges(index, s.changes, index.origin('scenarios', s.id), ['changes']);
  }
}
