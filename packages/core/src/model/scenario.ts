import * as z from 'zod';
import { changeSchema } from './change.js';
import { idSchema } from './common.js';

/** A named set of changes to the data, evaluated beside the baseline. */
export const scenarioSchema = z
  .strictObject({
    id: idSchema,
    name: z.string().min(1),
    description: z.string().optional(),
    changes: z.array(changeSchema).min(1),
  })
  .meta({ description: 'A named set of changes to the data.' });
export type Scenario = z.infer<typeof scenarioSchema>;
