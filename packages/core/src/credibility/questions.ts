import type { Change } from '../model/change.js';
import type { Id, IsoDate } from '../model/common.js';
import type { OpenQuestion } from '../model/question.js';
import { questionAsOf } from '../timeline/snapshot.js';
import { type Situation, touchedGuarantees } from './situation.js';

/**
 * Open questions as the engine reads them on a date. An answered question's answer is fact:
 * its changes are applied to the reading. A partly-answered question with a provisional
 * answer shapes the most-likely reading but its other answers stay possible. An open
 * question's answers are all possible. Only the questions that touch a guarantee are
 * evaluated for it, and each answer once: no cartesian product of answers.
 */
export interface QuestionReading {
  question: OpenQuestion;
  status: 'open' | 'partly-answered' | 'answered';
  /** The answer recorded as holding (answered) or provisionally holding (partly answered). */
  answer?: Id;
  /** Guarantees its answers touch, plus those it says it bears on. */
  guarantees: Set<Id>;
}

/** Each question with the guarantees it touches: independent of the date, so built once. */
export interface QuestionReach {
  question: OpenQuestion;
  guarantees: Set<Id>;
}

export function questionReach(situation: Situation): QuestionReach[] {
  return situation.dataset.questions.map((question) => {
    const guarantees = touchedGuarantees(
      situation,
      question.answers.flatMap((a) => a.changes),
    );
    for (const g of question.bearsOn?.guarantees ?? []) if (situation.guarantees.has(g)) guarantees.add(g);
    for (const c of question.bearsOn?.commitments ?? []) {
      const g = situation.commitmentGuarantee.get(c);
      if (g !== undefined) guarantees.add(g);
    }
    return { question, guarantees };
  });
}

export function readQuestions(situation: Situation, reach = questionReach(situation)): QuestionReading[] {
  return readQuestionsAt(reach, situation.asOf);
}

export function readQuestionsAt(reach: readonly QuestionReach[], asOf: IsoDate): QuestionReading[] {
  const readings: QuestionReading[] = [];
  for (const { question, guarantees } of reach) {
    const state = questionAsOf(question, asOf);
    if (state.status === undefined) continue;
    const answer =
      state.answer !== undefined && question.answers.some((a) => a.id === state.answer) ? state.answer : undefined;
    readings.push({ question, status: state.status, ...(answer !== undefined ? { answer } : {}), guarantees });
  }
  return readings;
}

export function answerChanges(reading: QuestionReading, answerId: Id | undefined): Change[] {
  if (answerId === undefined) return [];
  return reading.question.answers.find((a) => a.id === answerId)?.changes ?? [];
}

/** Changes that make the most-likely reading: answered questions' answers, then provisional ones. */
export function readingChanges(readings: readonly QuestionReading[]): Change[] {
  const withAnswer = readings.filter((r) => r.answer !== undefined);
  return [
    ...withAnswer.filter((r) => r.status === 'answered').flatMap((r) => answerChanges(r, r.answer)),
    ...withAnswer.filter((r) => r.status !== 'answered').flatMap((r) => answerChanges(r, r.answer)),
  ];
}

/** Changes established as fact: answered questions' answers only. */
export function settledChanges(readings: readonly QuestionReading[]): Change[] {
  return readings
    .filter((r) => r.status === 'answered' && r.answer !== undefined)
    .flatMap((r) => answerChanges(r, r.answer));
}

/** Questions still open for the engine: their answers span the range. */
export function isOpen(reading: QuestionReading): reading is QuestionReading & { status: 'open' | 'partly-answered' } {
  return reading.status !== 'answered';
}
