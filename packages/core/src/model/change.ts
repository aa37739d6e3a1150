import * as z from 'zod';
import { CAPABILITIES, COMMITMENT_STATUSES, LOCATIONS, scaleSchema } from './commitment.js';
import { idSchema, isoDateSchema, unknownSchema } from './common.js';
import { CONDITION_STATUSES, LEGAL_FORMS, OBLIGATION_TYPES, triggerSchema } from './guarantee.js';
import { STANCES } from './position.js';

/**
 * A change to the data: what a scenario or an open question's answer would make true.
 * Changes are values, applied by `applyChanges`; they never edit the files.
 */

export const changeSchema = z.discriminatedUnion('op', [
  z.strictObject({
    op: z.literal('set-status'),
    commitment: idSchema,
    status: z.enum(COMMITMENT_STATUSES),
    date: isoDateSchema
      .optional()
      .meta({ description: 'When the new status takes effect; the as-of date if omitted.' }),
  }),
  z.strictObject({ op: z.literal('set-scale'), commitment: idSchema, scale: scaleSchema }),
  z.strictObject({
    op: z.literal('set-location'),
    commitment: idSchema,
    location: z.union([z.enum(LOCATIONS), unknownSchema]),
  }),
  z.strictObject({
    op: z.literal('set-condition'),
    guarantee: idSchema.optional(),
    commitment: idSchema.optional(),
    condition: idSchema,
    status: z.enum(CONDITION_STATUSES),
  }),
  z.strictObject({ op: z.literal('set-stance'), position: idSchema, stance: z.enum(STANCES) }),
  z.strictObject({
    op: z.literal('set-guarantee'),
    guarantee: idSchema,
    obligation: z.union([z.enum(OBLIGATION_TYPES), unknownSchema]).optional(),
    legalForm: z.union([z.enum(LEGAL_FORMS), unknownSchema]).optional(),
    trigger: triggerSchema.optional(),
  }),
  z.strictObject({
    op: z.literal('add-commitment'),
    id: idSchema,
    guarantee: idSchema,
    guarantor: idSchema,
    capability: z.enum(CAPABILITIES),
    status: z.enum(COMMITMENT_STATUSES),
    scale: scaleSchema.optional(),
    location: z.union([z.enum(LOCATIONS), unknownSchema]).optional(),
    description: z.string().optional(),
  }),
]);
export type Change = z.infer<typeof changeSchema>;
