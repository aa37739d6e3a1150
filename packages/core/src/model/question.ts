import * as z from 'zod';
import { changeSchema } from './change.js';
import { idSchema, isoDateSchema, sourceRefsShape } from './common.js';

/**
 * An open question — a key unknown. Each possible answer is written as changes to the
 * data, so the tools can compute what each answer would do to credibility.
 */

export const QUESTION_STATUSES = ['open', 'partly-answered', 'answered'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

export const answerSchema = z.strictObject({
  id: idSchema,
  label: z.string().min(1),
  changes: z.array(changeSchema).meta({ description: 'What would be true of the data if this were the answer.' }),
});
export type Answer = z.infer<typeof answerSchema>;

export const questionStatusEntrySchema = z.strictObject({
  date: isoDateSchema,
  status: z.enum(QUESTION_STATUSES),
  answer: idSchema.optional().meta({ description: 'The id of the answer that is now known to hold.' }),
  note: z.string().optional(),
  ...sourceRefsShape,
});

export const questionSchema = z
  .strictObject({
    id: idSchema,
    question: z.string().min(1),
    why: z.string().min(1).meta({ description: 'Why it matters.' }),
    bearsOn: z
      .strictObject({
        guarantees: z.array(idSchema).optional(),
        commitments: z.array(idSchema).optional(),
        actors: z.array(idSchema).optional(),
      })
      .optional(),
    indicators: z.array(z.string().min(1)).optional().meta({ description: 'What to watch that would answer it.' }),
    answers: z.array(answerSchema).min(1),
    history: z.array(questionStatusEntrySchema).min(1),
  })
  .meta({ description: 'A key unknown, its possible answers and its status.' });
export type OpenQuestion = z.infer<typeof questionSchema>;
