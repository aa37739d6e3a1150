import * as z from 'zod';
import { idSchema, isoDateSchema, sourceRefsShape } from './common.js';

/** A dated happening on the timeline: a summit, a statement, a deployment. */
export const eventSchema = z
  .strictObject({
    id: idSchema,
    date: isoDateSchema,
    title: z.string().min(1),
    description: z.string().optional(),
    actors: z.array(idSchema).optional(),
    guarantees: z.array(idSchema).optional(),
    ...sourceRefsShape,
  })
  .meta({ description: 'A dated, sourced happening.' });
export type Event = z.infer<typeof eventSchema>;
