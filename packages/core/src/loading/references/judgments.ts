import type { ReferenceIndex } from './shared-index.js';

/** Judgments: sourced, and about guarantees and questions that exist. */
export function checkJudgments(index: ReferenceIndex): void {
  for (const j of index.dataset.judgments) {
    const o = index.origin('judgments', j.id);
    index.sourcesOf(j, o, []);
    index.requireSource(j, o, [], 'this judgment');
    j.about?.guarantees?.forEach((x, i) => index.ref('guarantees', x, o, ['about', 'guarantees', i], 'the guarantee'));
    j.about?.questions?.forEach((x, i) => index.ref('questions', x, o, ['about', 'questions', i], 'the question'));
  }
}
