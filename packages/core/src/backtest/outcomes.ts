import * as z from 'zod';
import { idSchema, isoDateSchema } from '../model/common.js';

/**
 * What happened when each historical guarantee was tested: the answer key of the backtest.
 * It lives outside the dataset (`outcomes.yaml` beside `data/`) and the engine never reads
 * it; only the backtest pairs it with the assessments. The contract is docs/backtest.md.
 */

/** deterred (no attack came) · honoured (attacked, the guarantors acted) · mixed · not-honoured. */
export const OUTCOMES = ['deterred', 'honoured', 'mixed', 'not-honoured'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Success or failure for the concordance; a mixed outcome pairs with neither. */
export function outcomeClass(outcome: Outcome): 'success' | 'failure' | 'mixed' {
  return outcome === 'not-honoured' ? 'failure' : outcome === 'mixed' ? 'mixed' : 'success';
}

const outcomeSourceSchema = z.union([
  idSchema,
  z.strictObject({
    title: z.string().min(1),
    outlet: z.string().min(1).optional(),
    date: z.string().min(1).optional(),
    url: z.string().min(1).optional(),
  }),
]);

export const outcomeCaseSchema = z
  .strictObject({
    guarantee: idSchema.meta({ description: 'The id of the guarantee in the dataset.' }),
    asOf: isoDateSchema.meta({ description: 'The day before its test: the date it is assessed on.' }),
    test: z.string().min(1).meta({ description: 'What happened: the attack, crisis or demand that tested it.' }),
    outcome: z.enum(OUTCOMES),
    note: z.string().optional(),
    sources: z.array(outcomeSourceSchema).min(1),
  })
  .meta({ description: 'One historical test of a guarantee and its outcome.' });
export type OutcomeCase = z.infer<typeof outcomeCaseSchema>;

export const outcomesFileSchema = z
  .strictObject({
    cases: z.array(outcomeCaseSchema).min(1),
  })
  .meta({ title: 'pledgewatch backtest outcomes', description: 'The outcome of each historical case.' });
export type OutcomesFile = z.infer<typeof outcomesFileSchema>;
