import type { OpenQuestion } from '../model/question.js';
import type { Scenario } from '../model/scenario.js';

/**
 * A scenario built on the fly from one possible answer to an open question: "what if the
 * answer were this?" Its id is `<question>:<answer>`, which no dataset id can collide with
 * (ids never contain a colon).
 */
export function scenarioFromAnswer(question: OpenQuestion, answerId: string): Scenario | undefined {
  const answer = question.answers.find((a) => a.id === answerId);
  if (!answer) return undefined;
  return {
    id: `${question.id}:${answer.id}`,
    name: `${question.question} — ${answer.label}`,
    description: `If the answer to "${question.question}" were: ${answer.label}.`,
    changes: answer.changes,
  };
}
