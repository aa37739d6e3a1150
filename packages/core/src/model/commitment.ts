import * as z from 'zod';
import { idSchema, isoDateSchema, sourceRefsShape, unknownSchema } from './common.js';
import { conditionSchema } from './guarantee.js';

/**
 * One guarantor's contribution to a guarantee, with its dated, sourced status history.
 * Like the Kiel Institute's Ukraine Support Tracker, it keeps what was promised apart
 * from what was approved and what was delivered: users care about the gap.
 */

export const CAPABILITIES = [
  'ground-forces',
  'air-power',
  'air-defence',
  'naval',
  'isr',
  'training',
  'weapons',
  'financing',
  'logistics',
  'command',
  'monitoring',
  'sanctions',
  'diplomatic',
] as const;
export type Capability = (typeof CAPABILITIES)[number];

/** Forward progress, weakest first. */
export const PROGRESS_STATUSES = [
  'proposed',
  'under-discussion',
  'conditional',
  'pledged',
  'approved',
  'deploying',
  'deployed',
] as const;
/** Sideways exits from the progression. */
export const EXIT_STATUSES = ['declined', 'ruled-out', 'withdrawn', 'lapsed'] as const;
export const COMMITMENT_STATUSES = [...PROGRESS_STATUSES, ...EXIT_STATUSES] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

export const LOCATIONS = ['beneficiary-territory', 'neighbouring-state', 'offshore', 'home'] as const;
export type Location = (typeof LOCATIONS)[number];

export const SCALE_UNITS = [
  'troops',
  'companies',
  'battalions',
  'brigades',
  'aircraft',
  'ships',
  'systems',
  'missiles',
  'usd-m',
  'eur-m',
  'gbp-m',
] as const;
export type ScaleUnit = (typeof SCALE_UNITS)[number];

export const scaleSchema = z.union([
  unknownSchema,
  z
    .strictObject({
      min: z.number().min(0),
      max: z.number().min(0),
      unit: z.enum(SCALE_UNITS),
      description: z.string().optional().meta({ description: 'The words of the source, e.g. "thousands of troops".' }),
      ...sourceRefsShape,
    })
    .refine((s) => s.min <= s.max, { message: 'min must not exceed max', path: ['max'] }),
]);
export type Scale = z.infer<typeof scaleSchema>;

export const statusEntrySchema = z.strictObject({
  date: isoDateSchema,
  status: z.enum(COMMITMENT_STATUSES),
  note: z.string().optional(),
  ...sourceRefsShape,
});
export type StatusEntry = z.infer<typeof statusEntrySchema>;

export const commitmentSchema = z
  .strictObject({
    id: idSchema,
    guarantee: idSchema,
    guarantor: idSchema,
    capability: z.enum(CAPABILITIES),
    description: z.string().optional(),
    scale: scaleSchema.optional(),
    location: z.union([z.enum(LOCATIONS), unknownSchema]).optional(),
    conditions: z.array(conditionSchema).optional(),
    history: z
      .array(statusEntrySchema)
      .min(1)
      .meta({ description: 'Dated status changes, oldest first, each sourced.' }),
  })
  .meta({ description: "One guarantor's contribution to a guarantee." });
export type Commitment = z.infer<typeof commitmentSchema>;
