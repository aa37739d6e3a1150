import * as z from 'zod';
import { idSchema, isoDateSchema, partialDateSchema, sourceRefsShape, unknownSchema } from './common.js';

/**
 * The local balance as data, and what happened to a guarantee since it was given: the
 * forces each side has where the test would come, how fast the guarantors could bring theirs
 * (Huth 1988; Mearsheimer 1983), statements that limit the guarantee (hedges), the
 * adversary's breaches and what the guarantors did about them. Every entry is dated where the
 * source dates it and sourced; what no source says is left out (unknown), never zero.
 */

/** Units a force estimate may be given in; the engine converts to troops (or aircraft, ships) as documented. */
export const FORCE_UNITS = [
  'troops',
  'companies',
  'battalions',
  'brigades',
  'divisions',
  'corps',
  'aircraft',
  'ships',
] as const;
export type ForceUnit = (typeof FORCE_UNITS)[number];

/** Where a guarantor's force stands relative to the beneficiary. */
export const FORCE_POSTURES = ['in-theatre', 'within-reach'] as const;
export type ForcePosture = (typeof FORCE_POSTURES)[number];

const dayRangeSchema = z
  .strictObject({
    min: z.number().min(0),
    max: z.number().min(0),
  })
  .refine((r) => r.min <= r.max, { message: 'min must not exceed max', path: ['max'] });

export const forceEstimateSchema = z
  .strictObject({
    party: idSchema.meta({
      description:
        "Whose force: the guarantee's beneficiary, its adversary or one of its guarantors (the role follows from the id).",
    }),
    min: z.number().min(0),
    max: z.number().min(0),
    unit: z.enum(FORCE_UNITS),
    posture: z.enum(FORCE_POSTURES).optional().meta({
      description:
        "For a guarantor: in-theatre (already where the fight would be) or within-reach (could be brought; say how fast in `days`). The beneficiary's and the adversary's forces are in theatre.",
    }),
    days: z.union([dayRangeSchema, unknownSchema]).optional().meta({
      description: 'For a force within reach: how many days to bring it into theatre, as a range; or unknown.',
    }),
    date: isoDateSchema
      .optional()
      .meta({ description: 'The day the figure holds from; the latest estimate on or before the as-of date counts.' }),
    description: z.string().optional().meta({ description: 'The words of the source, e.g. "two divisions".' }),
    ...sourceRefsShape,
    note: z.string().optional(),
  })
  .refine((f) => f.min <= f.max, { message: 'min must not exceed max', path: ['max'] })
  .meta({ description: 'One side’s forces in (or within reach of) the theatre, as a range with a unit and a source.' });
export type ForceEstimate = z.infer<typeof forceEstimateSchema>;

export const HEDGE_KINDS = ['limits', 'disclaims'] as const;
export type HedgeKind = (typeof HEDGE_KINDS)[number];
export const HEDGE_VISIBILITIES = ['public', 'private'] as const;

export const hedgeSchema = z
  .strictObject({
    actor: idSchema.meta({
      description: "Who said it: a guarantor, or an ally whose support the guarantors' action needs.",
    }),
    date: isoDateSchema,
    kind: z.enum(HEDGE_KINDS).meta({
      description:
        'limits (adds a condition or narrows the case: "only if…", "not over X") · disclaims (says the guarantee will not be enforced by force, or not at all)',
    }),
    visibility: z.enum(HEDGE_VISIBILITIES).meta({
      description:
        'public (said or published openly) · private (a signal to the adversary or an ally, known from the record)',
    }),
    description: z.string().min(1),
    quote: z.string().optional(),
    ...sourceRefsShape,
  })
  .meta({ description: "A guarantor's or ally's statement limiting the guarantee, dated and sourced." });
export type Hedge = z.infer<typeof hedgeSchema>;

/** What a guarantor did about a breach, strongest first. */
export const BREACH_RESPONSES = ['fought', 'military-aid', 'sanctions', 'protest', 'nothing'] as const;
export type BreachResponse = (typeof BREACH_RESPONSES)[number];

export const breachSchema = z
  .strictObject({
    date: isoDateSchema.meta({ description: 'When the adversary violated the guarantee.' }),
    description: z.string().min(1),
    responses: z
      .array(
        z.strictObject({
          guarantor: idSchema,
          response: z.enum(BREACH_RESPONSES).meta({
            description:
              'fought (used force in the beneficiary’s defence) · military-aid (arms, training, money for war) · sanctions · protest (words, a UN appeal) · nothing',
          }),
          date: isoDateSchema.optional(),
          description: z.string().optional(),
          ...sourceRefsShape,
        }),
      )
      .optional()
      .meta({ description: 'What each guarantor did; a guarantor not listed is unknown.' }),
    ...sourceRefsShape,
  })
  .meta({ description: 'The adversary violated the guarantee on a date; what the guarantors did.' });
export type Breach = z.infer<typeof breachSchema>;

export const patronSchema = z
  .strictObject({
    actor: idSchema.meta({ description: 'A state backing the adversary (its nuclear status is read from the actor).' }),
    since: partialDateSchema.optional(),
    description: z.string().min(1),
    ...sourceRefsShape,
  })
  .meta({ description: "A patron of the adversary whose backing bears on the guarantors' risks." });
export type Patron = z.infer<typeof patronSchema>;

export const MEANS_LOSSES = ['defeated', 'lost-means'] as const;

export const meansLossSchema = z
  .strictObject({
    date: isoDateSchema,
    kind: z.enum(MEANS_LOSSES).meta({
      description:
        'defeated (beaten or occupied: cannot act for anyone) · lost-means (its forces are tied down or gone, e.g. at war elsewhere)',
    }),
    until: isoDateSchema.optional().meta({ description: 'When it regained the means, if it did.' }),
    description: z.string().min(1),
    ...sourceRefsShape,
  })
  .meta({ description: 'A guarantor that lost the means to act, dated and sourced.' });
export type MeansLoss = z.infer<typeof meansLossSchema>;
