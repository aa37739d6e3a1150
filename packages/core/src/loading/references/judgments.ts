import type { ReferenceIndex } from './shared-index.js';

/** Judgments: sourced, and about guarantees and questions that exist. */
export function checkJudgments(index: ReferenceIndex): void {
  index.each('judgments', 'judgments', index.dataset.judgments, (j, o) => {
    index.sourcesOf(j, o, []);
    index.requireSource(j, o, [], 'this judgment');
    j.about?.guarantees?.forEach((x, i) => index.ref('guarantees', x, o, ['about', 'guarantees', i], 'the guarantee'));
    j.about?.questions?.forEach((x, i) => index.ref('questions', x, o, ['about', 'questions', i], 'the question'));
  });
}
