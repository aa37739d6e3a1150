import * as z from 'zod';
import { meansLossSchema } from './balance.js';
import { factSchema, idSchema, partialDateSchema, sourceRefsShape } from './common.js';

/**
 * An actor: a state, an organisation, a coalition or a non-state party, with what the
 * credibility rules need to know about it. A missing indicator is unknown, not zero.
 */

export const ACTOR_KINDS = ['state', 'organisation', 'coalition', 'non-state'] as const;

/** Capacity indicators the rules may read; each is a sourced {@link Fact}. */
export const INDICATORS = [
  'activePersonnel',
  'deployableBrigades',
  'combatAircraft',
  'mainBattleTanks',
  'defenceSpendingPctGdp',
  'defenceSpendingUsdBn',
  'nuclearWarheads',
  'forcesInTheatre',
] as const;
export type Indicator = (typeof INDICATORS)[number];

const countFact = factSchema(z.number().min(0));

export const RECORD_OUTCOMES = ['backed-down', 'stood-firm', 'honoured', 'abandoned'] as const;
export const TIE_KINDS = [
  'alliance',
  'bilateral-agreement',
  'military-aid',
  'economic',
  'border',
  'diaspora',
  'other',
] as const;

export const actorSchema = z
  .strictObject({
    id: idSchema,
    name: z.string().min(1),
    names: z
      // Keys are language codes; anything else (`__proto__` in a JSON file among them) is reported, not dropped.
      .record(
        z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'a language code such as uk, ru or fr' }),
        z.string(),
      )
      .optional()
      .meta({ description: 'The name in other languages, by language code (uk, ru, fr, …).' }),
    kind: z.enum(ACTOR_KINDS),
    members: z.array(idSchema).optional().meta({ description: 'For an organisation or coalition: its member actors.' }),
    nato: factSchema(z.boolean()).optional(),
    eu: factSchema(z.boolean()).optional(),
    nuclearArmed: factSchema(z.boolean()).optional(),
    landBorders: factSchema(z.array(z.string()))
      .optional()
      .meta({ description: 'Ids of the states this actor shares a land border with.' }),
    indicators: z
      .strictObject({
        activePersonnel: countFact.optional(),
        deployableBrigades: countFact.optional(),
        combatAircraft: countFact.optional(),
        mainBattleTanks: countFact.optional(),
        defenceSpendingPctGdp: countFact.optional(),
        defenceSpendingUsdBn: countFact.optional(),
        nuclearWarheads: countFact.optional(),
        forcesInTheatre: countFact
          .optional()
          .meta({ description: 'Forces the actor has in or against the beneficiary (for an adversary).' }),
      })
      .optional()
      .meta({ description: 'Capacity indicators, each sourced; a missing one is unknown.' }),
    record: z
      .array(
        z.strictObject({
          date: partialDateSchema.meta({
            description:
              'When, as precisely as the source says: YYYY, YYYY-MM or YYYY-MM-DD ("early in the war" is a year).',
          }),
          adversary: idSchema,
          outcome: z.enum(RECORD_OUTCOMES),
          description: z.string().min(1),
          ...sourceRefsShape,
        }),
      )
      .optional()
      .meta({ description: 'Past behaviour in crises: backing down or standing firm against an adversary.' }),
    ties: z
      .array(
        z.strictObject({
          with: idSchema,
          kind: z.enum(TIE_KINDS),
          description: z.string().min(1),
          ...sourceRefsShape,
        }),
      )
      .optional()
      .meta({ description: 'Interests and ties binding this actor to another (treaties, aid, borders).' }),
    note: z.string().optional(),
    nuclearSince: z
      .strictObject({ date: partialDateSchema, description: z.string().optional(), ...sourceRefsShape })
      .optional()
      .meta({
        description:
          'When it became nuclear-armed (first test or acquisition): before this date it counts as not nuclear-armed, so one actor serves cases a century apart.',
      }),
    meansLost: z
      .array(meansLossSchema)
      .optional()
      .meta({ description: 'Times this actor was defeated or lost the means to act for others, dated and sourced.' }),
  })
  .meta({ description: 'A state, organisation, coalition or non-state party.' });
export type Actor = z.infer<typeof actorSchema>;
