import * as z from 'zod';
import { idSchema, isoDateSchema, sourceRefsShape } from './common.js';

/**
 * A key judgment. Likelihood (a probability range) and confidence (in the evidence and
 * reasoning) are separate properties, as ICD 203 requires; they are never merged.
 */

export const CONFIDENCE_LEVELS = ['high', 'moderate', 'low'] as const;
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

export const likelihoodSchema = z
  .strictObject({
    min: z.number().min(0).max(100).meta({ description: 'Lower bound, in percent.' }),
    max: z.number().min(0).max(100).meta({ description: 'Upper bound, in percent.' }),
  })
  .refine((l) => l.min <= l.max, { message: 'min must not exceed max', path: ['max'] });

export const judgmentSchema = z
  .strictObject({
    id: idSchema,
    statement: z
      .string()
      .min(1)
      .meta({ description: 'What is judged, without the likelihood words (they are generated).' }),
    likelihood: likelihoodSchema,
    confidence: z.enum(CONFIDENCE_LEVELS),
    basis: z.string().min(1).meta({ description: 'The reasoning and evidence in a sentence or two.' }),
    date: isoDateSchema,
    reviewBy: isoDateSchema.optional().meta({
      description:
        'The time horizon: the date by which the statement can be judged right or wrong, or must be reviewed. A judgment without one cannot be scored.',
    }),
    about: z
      .strictObject({ guarantees: z.array(idSchema).optional(), questions: z.array(idSchema).optional() })
      .optional(),
    ...sourceRefsShape,
  })
  .meta({ description: 'A key judgment with likelihood and, separately, confidence.' });
export type Judgment = z.infer<typeof judgmentSchema>;
