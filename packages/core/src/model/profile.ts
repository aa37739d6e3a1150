import * as z from 'zod';
import { idSchema } from './common.js';

/**
 * A credibility profile: how much each factor weighs. The engine ships "current-calculus"
 * (Press 2005: present power and interests decide) and "past-actions" (reputation weighs
 * more); a dataset may define its own.
 */

export const FACTORS = ['capability', 'commitment', 'resolve', 'cohesion'] as const;
export type Factor = (typeof FACTORS)[number];

export const profileSchema = z
  .strictObject({
    id: idSchema,
    name: z.string().min(1),
    description: z.string().optional(),
    weights: z
      .strictObject({
        capability: z.number().min(0).max(10),
        commitment: z.number().min(0).max(10),
        resolve: z.number().min(0).max(10),
        cohesion: z.number().min(0).max(10),
      })
      .meta({ description: 'Relative weight of each factor (0–10); they are normalised.' }),
    pastActions: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .meta({ description: 'How much a record of backing down counts within resolve, 0–1.' }),
  })
  .meta({ description: 'Weights of the credibility factors.' });
export type Profile = z.infer<typeof profileSchema>;

/** Ids of the profiles the engine ships; a dataset may refer to them without defining them. */
export const BUILTIN_PROFILE_IDS = ['current-calculus', 'past-actions'] as const;
