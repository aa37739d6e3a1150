import * as z from 'zod';
import { type Actor, actorSchema } from './actor.js';
import { type Commitment, commitmentSchema } from './commitment.js';
import { idSchema, isoDateSchema } from './common.js';
import { type Event, eventSchema } from './event.js';
import { type Guarantee, guaranteeSchema } from './guarantee.js';
import { type Judgment, judgmentSchema } from './judgment.js';
import { type Position, positionSchema } from './position.js';
import { type Profile, profileSchema } from './profile.js';
import { type OpenQuestion, questionSchema } from './question.js';
import { type Scenario, scenarioSchema } from './scenario.js';
import { type Source, sourceSchema } from './source.js';

/**
 * A dataset is a folder of files. Each file holds any of the sections below as lists of
 * entities with ids; the loader merges them across files. Exactly one file holds the
 * `dataset` manifest.
 */

export const manifestSchema = z
  .strictObject({
    id: idSchema,
    title: z.string().min(1),
    description: z.string().optional(),
    asOf: isoDateSchema.meta({ description: 'The data cut-off: the default as-of date of assessments.' }),
    freshForDays: z.number().int().min(1).max(3650).optional().meta({
      description:
        'How many days after its cut-off the data may be read as current (default 30). Past that, every tool says the data is stale.',
    }),
    language: z.string().optional(),
    defaultProfile: idSchema.optional(),
    marking: z
      .string()
      .optional()
      .meta({ description: 'Default marking line for briefings, e.g. "UNCLASSIFIED // OPEN SOURCE".' }),
  })
  .meta({ description: 'What the dataset is about and its data cut-off.' });
export type Manifest = z.infer<typeof manifestSchema>;

/** Section name → entity schema, in the order files usually list them. */
export const SECTIONS = {
  sources: sourceSchema,
  actors: actorSchema,
  guarantees: guaranteeSchema,
  commitments: commitmentSchema,
  positions: positionSchema,
  events: eventSchema,
  questions: questionSchema,
  judgments: judgmentSchema,
  scenarios: scenarioSchema,
  profiles: profileSchema,
} as const;
export type SectionName = keyof typeof SECTIONS;
export const SECTION_NAMES = Object.keys(SECTIONS) as SectionName[];

export const datasetFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    dataset: manifestSchema.optional(),
    sources: z.array(sourceSchema).optional(),
    actors: z.array(actorSchema).optional(),
    guarantees: z.array(guaranteeSchema).optional(),
    commitments: z.array(commitmentSchema).optional(),
    positions: z.array(positionSchema).optional(),
    events: z.array(eventSchema).optional(),
    questions: z.array(questionSchema).optional(),
    judgments: z.array(judgmentSchema).optional(),
    scenarios: z.array(scenarioSchema).optional(),
    profiles: z.array(profileSchema).optional(),
  })
  .meta({
    title: 'pledgewatch dataset file',
    description: 'One file of a pledgewatch dataset: any of these sections, each a list of entities with ids.',
  });
export type DatasetFile = z.infer<typeof datasetFileSchema>;

/** A loaded, validated dataset with every reference resolved. */
export interface Dataset {
  manifest: Manifest;
  sources: Source[];
  actors: Actor[];
  guarantees: Guarantee[];
  commitments: Commitment[];
  positions: Position[];
  events: Event[];
  questions: OpenQuestion[];
  judgments: Judgment[];
  scenarios: Scenario[];
  profiles: Profile[];
}
