import * as z from 'zod';
import { breachSchema, forceEstimateSchema, hedgeSchema, patronSchema } from './balance.js';
import { idSchema, isoDateSchema, partialDateSchema, sourceRefsShape, unknownSchema } from './common.js';

/**
 * A guarantee: an arrangement that guarantors offer a beneficiary against an adversary.
 * Obligation types follow the ATOP coding of alliance obligations (Leeds et al. 2002),
 * plus "assurance" for undertakings like the Budapest Memorandum's, and "guarantee-of-neutrality"
 * (the guarantors undertake to defend the beneficiary's neutrality: Belgium 1839, Luxembourg 1867),
 * which is not a neutrality pact (the parties undertake to stay out of each other's wars).
 */

export const OBLIGATION_TYPES = [
  'defence',
  'assistance',
  'consultation',
  'non-aggression',
  'neutrality',
  'assurance',
  'guarantee-of-neutrality',
] as const;
export type ObligationType = (typeof OBLIGATION_TYPES)[number];

/** Legal forms, strongest first: a ratified treaty ties hands more than a statement does. */
export const LEGAL_FORMS = [
  'ratified-treaty',
  'binding-agreement',
  'executive-agreement',
  'political-declaration',
  'statement',
] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

/**
 * automatic: act on attack; discretionary: "such action as it deems necessary" (each decides
 * whether and how); consultation: talk first; none.
 */
export const TRIGGER_KINDS = ['automatic', 'discretionary', 'consultation', 'none'] as const;
export type TriggerKind = (typeof TRIGGER_KINDS)[number];

export const CONDITION_KINDS = [
  'ceasefire',
  'third-party-backstop',
  'parliamentary-approval',
  'un-mandate',
  'adversary-consent',
  'scope',
  'other',
] as const;
export type ConditionKind = (typeof CONDITION_KINDS)[number];
export const CONDITION_STATUSES = ['met', 'unmet', 'unknown'] as const;
export type ConditionStatus = (typeof CONDITION_STATUSES)[number];

export const conditionSchema = z
  .strictObject({
    id: idSchema,
    kind: z.enum(CONDITION_KINDS).meta({
      description:
        'ceasefire · third-party-backstop (depends on another state, e.g. the US) · parliamentary-approval · un-mandate · adversary-consent (a veto in all but name) · scope (a specific place, party or adversary: narrow and clear; status unmet means the beneficiary is outside the scope, so not covered) · other',
    }),
    description: z.string().min(1),
    party: idSchema.optional().meta({ description: 'The actor whose act or consent the condition depends on.' }),
    status: z.enum(CONDITION_STATUSES).meta({ description: 'met, unmet or unknown, as of the dataset cut-off.' }),
    ...sourceRefsShape,
    limits: z.enum(['beneficiary', 'case']).optional().meta({
      description:
        'For a scope condition, what it limits: beneficiary (who is covered — unmet: the beneficiary is outside it, not covered; the default) or case (which attacks trigger one clause, e.g. nuclear ones only — unmet: this clause does not apply, the rest of the guarantee does).',
    }),
  })
  .meta({ description: 'A condition on a guarantee or commitment: met, unmet or unknown.' });
export type Condition = z.infer<typeof conditionSchema>;

export const triggerSchema = z.union([
  unknownSchema,
  z.strictObject({
    kind: z.enum(TRIGGER_KINDS).meta({
      description:
        'automatic (act on attack) · discretionary ("such action as it deems necessary") · consultation (talk first) · none',
    }),
    clockHours: z.number().positive().optional().meta({ description: 'Consult within this many hours, e.g. 24.' }),
    description: z.string().optional(),
    ...sourceRefsShape,
  }),
]);
export type Trigger = z.infer<typeof triggerSchema>;

export const guaranteeSchema = z
  .strictObject({
    id: idSchema,
    name: z.string().min(1),
    shortName: z.string().optional(),
    description: z.string().optional(),
    beneficiary: idSchema,
    adversary: idSchema,
    guarantors: z.array(idSchema).meta({ description: 'The actors offering the guarantee.' }),
    obligation: z.union([z.enum(OBLIGATION_TYPES), unknownSchema]).meta({
      description:
        'defence · assistance · consultation · non-aggression · neutrality (a neutrality pact) · assurance · guarantee-of-neutrality (the guarantors defend the beneficiary’s neutrality)',
    }),
    legalForm: z.union([z.enum(LEGAL_FORMS), unknownSchema]),
    trigger: triggerSchema,
    signed: z
      .union([partialDateSchema, unknownSchema])
      .optional()
      .meta({ description: 'When it was signed or declared.' }),
    durationYears: z.union([z.number().positive(), unknownSchema]).optional(),
    conditions: z.array(conditionSchema).optional(),
    changesSinceSigning: z
      .array(
        z.strictObject({
          date: isoDateSchema,
          description: z.string().min(1),
          ...sourceRefsShape,
        }),
      )
      .optional()
      .meta({
        description:
          'A new government or a power shift since signing (Leeds 2003): flags the guarantee for re-assessment.',
      }),
    ...sourceRefsShape,
    note: z.string().optional(),
    balance: z.array(forceEstimateSchema).optional().meta({
      description:
        "The local balance: the beneficiary's own forces, the adversary's forces in theatre, each guarantor's forces in theatre or within reach (with the days to bring them); each a range with a unit and a source.",
    }),
    adversaryPatrons: z
      .array(patronSchema)
      .optional()
      .meta({ description: "States backing the adversary; their nuclear status bears on the guarantors' risks." }),
    hedges: z
      .array(hedgeSchema)
      .optional()
      .meta({ description: 'Statements by a guarantor or an ally limiting the guarantee, public or private, dated.' }),
    breaches: z
      .array(breachSchema)
      .optional()
      .meta({ description: 'Times the adversary violated the guarantee, and what each guarantor did.' }),
  })
  .meta({ description: 'An arrangement guarantors offer a beneficiary against an adversary.' });
export type Guarantee = z.infer<typeof guaranteeSchema>;
