import { checkChanges } from './changes.js';
import type { ReferenceIndex } from './shared-index.js';

/** Scenarios: every change names something that exists. */
export function checkScenarios(index: ReferenceIndex): void {
  index.each('scenarios', 'scenarios', index.dataset.scenarios, (s, o) =>
    checkChanges(index, s.changes, o, ['changes']),
  );
}
