import * as z from 'zod';
import { idSchema, isoDateSchema, sourceRefsShape } from './common.js';

/**
 * An actor's stated stance on a guarantee or on one of its conditions, dated and sourced.
 * The adversary's rejection or its demand for a veto bears on whether the guarantee can
 * exist at all (viability), not on whether it would be believed once in place.
 */

export const STANCES = ['supports', 'conditional', 'opposes', 'rejects', 'demands-veto'] as const;
export type Stance = (typeof STANCES)[number];

export const stanceEntrySchema = z.strictObject({
  date: isoDateSchema,
  stance: z.enum(STANCES),
  quote: z.string().optional(),
  note: z.string().optional(),
  ...sourceRefsShape,
});

export const positionSchema = z
  .strictObject({
    id: idSchema,
    actor: idSchema,
    guarantee: idSchema,
    condition: idSchema
      .optional()
      .meta({ description: 'The id of one condition of the guarantee, if the stance is on it.' }),
    summary: z.string().min(1),
    history: z.array(stanceEntrySchema).min(1),
  })
  .meta({ description: "An actor's stated stance on a guarantee or condition." });
export type Position = z.infer<typeof positionSchema>;
