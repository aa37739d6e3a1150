import { checkChanges } from './changes.js';
import { idHint, type ReferenceIndex } from './shared-index.js';

/**
 * Open questions: what they bear on exists; answer ids are unique and their changes resolve;
 * the history names answers the question has, is sourced once no longer open, and runs oldest first.
 */
export function checkQuestions(index: ReferenceIndex): void {
  index.each('questions', 'questions', index.dataset.questions, (q, o) => {
    q.bearsOn?.guarantees?.forEach((x, i) =>
      index.ref('guarantees', x, o, ['bearsOn', 'guarantees', i], 'the guarantee'),
    );
    q.bearsOn?.commitments?.forEach((x, i) =>
      index.ref('commitments', x, o, ['bearsOn', 'commitments', i], 'the commitment'),
    );
    q.bearsOn?.actors?.forEach((x, i) => index.ref('actors', x, o, ['bearsOn', 'actors', i], 'the actor'));
    const answerIds = new Set<string>();
    q.answers.forEach((a, i) => {
      if (answerIds.has(a.id))
        index.report.add(
          'error',
          'duplicate-id',
          index.report.at(o, ['answers', i, 'id']),
          `the answer id '${a.id}' is used twice in this question`,
        );
      answerIds.add(a.id);
      checkChanges(index, a.changes, o, ['answers', i, 'changes']);
    });
    q.history.forEach((h, i) => {
      index.sourcesOf(h, o, ['history', i]);
      if (h.status !== 'open') index.requireSource(h, o, ['history', i], `the status '${h.status}' of ${h.date}`);
      if (h.answer !== undefined && !answerIds.has(h.answer)) {
        index.report.add(
          'error',
          'dangling-reference',
          index.report.at(o, ['history', i, 'answer']),
          `this question has no answer '${h.answer}'`,
          idHint([...answerIds], h.answer),
        );
      }
      index.future(h.date, o, ['history', i, 'date']);
    });
    index.ordered(q.history, o, 'history', 'question status');
  });
}
