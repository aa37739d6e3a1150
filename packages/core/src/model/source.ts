import * as z from 'zod';
import { idSchema, partialDateSchema, unknownSchema } from './common.js';

/**
 * A source and its grade in the NATO/Admiralty system (STANAG 2511 / AJP-2.1):
 * the reliability of the source and the credibility of the information are rated
 * separately, so an official (A) relaying an unconfirmed claim can still be A3.
 */

export const SOURCE_RELIABILITY = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const SOURCE_RELIABILITY_LABEL: Record<SourceReliability, string> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'reliability cannot be judged',
};
export const INFORMATION_CREDIBILITY = [1, 2, 3, 4, 5, 6] as const;
export const INFORMATION_CREDIBILITY_LABEL: Record<InformationCredibility, string> = {
  1: 'confirmed by other sources',
  2: 'probably true',
  3: 'possibly true',
  4: 'doubtful',
  5: 'improbable',
  6: 'truth cannot be judged',
};

export const SOURCE_KINDS = [
  'official-text',
  'official-statement',
  'news-report',
  'analysis',
  'leak',
  'dataset',
] as const;

export const sourceReliabilitySchema = z.enum(SOURCE_RELIABILITY);
export type SourceReliability = z.infer<typeof sourceReliabilitySchema>;
export const informationCredibilitySchema = z.union(
  [1, 2, 3, 4, 5, 6].map((n) => z.literal(n)) as unknown as [
    z.ZodLiteral<1>,
    z.ZodLiteral<2>,
    z.ZodLiteral<3>,
    z.ZodLiteral<4>,
    z.ZodLiteral<5>,
    z.ZodLiteral<6>,
  ],
);
export type InformationCredibility = z.infer<typeof informationCredibilitySchema>;

export const sourceSchema = z
  .strictObject({
    id: idSchema,
    title: z.string().min(1),
    publisher: z.string().min(1).meta({ description: 'Who published it (the outlet actually read).' }),
    author: z.string().optional(),
    date: z.union([partialDateSchema, unknownSchema]).meta({ description: 'Publication date, as precise as known.' }),
    url: z.string().min(1).optional(),
    kind: z.enum(SOURCE_KINDS),
    reliability: sourceReliabilitySchema.meta({
      description: 'Admiralty source reliability, A (completely reliable) to F (cannot be judged).',
    }),
    credibility: informationCredibilitySchema.meta({
      description: 'Admiralty information credibility, 1 (confirmed) to 6 (cannot be judged).',
    }),
    via: z.string().optional().meta({ description: 'The primary source, when this is a relay of it.' }),
    language: z.string().optional(),
    note: z.string().optional(),
  })
  .meta({ description: 'A document that states facts, with its Admiralty grade.' });
export type Source = z.infer<typeof sourceSchema>;
export type SourceKind = Source['kind'];

/** The grade as analysts write it, e.g. "B2". */
export function admiraltyGrade(source: Pick<Source, 'reliability' | 'credibility'>): string {
  return `${source.reliability}${source.credibility}`;
}
