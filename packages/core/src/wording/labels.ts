import type { Capability } from '../model/commitment.js';
import type { Id } from '../model/common.js';
import type { Dataset } from '../model/dataset.js';

/**
 * Names and the model's words as a reader reads them: the short name a guarantee is known by,
 * an actor's name with the article English gives it ("the Netherlands", "the United Kingdom"),
 * possessives ("the Netherlands'", "France's"), articles ("an executive agreement") and the
 * model's hyphenated enums as words ("under discussion"). Untrusted dataset text is not
 * neutralised here: each output does that its own way.
 */

const ENUM_WORDS: Record<string, string> = {
  isr: 'intelligence and surveillance',
  'air-power': 'air power',
  'air-defence': 'air defence',
  'un-mandate': 'UN mandate',
  'third-party-backstop': 'third-party backstop',
  'beneficiary-territory': 'in the beneficiary',
  'neighbouring-state': 'in a neighbouring state',
  'partly-answered': 'partly answered',
  'usd-m': 'USD m',
  'eur-m': 'EUR m',
  'gbp-m': 'GBP m',
  unknown: 'not known',
};

/** A model enum as words: "under-discussion" → "under discussion", "unknown" → "not known". */
export function enumWords(value: string): string {
  return ENUM_WORDS[value] ?? value.replace(/-/g, ' ');
}

/** "ground-forces" → "ground forces". */
export function capabilityLabel(capability: Capability): string {
  return enumWords(capability);
}

/** The short name a reader knows a guarantee by, e.g. "MFU"; the id when there is no such guarantee. */
export function guaranteeLabel(dataset: Pick<Dataset, 'guarantees'>, id: Id): string {
  const g = dataset.guarantees.find((x) => x.id === id);
  return g ? shortLabel(g) : id;
}

/** A guarantee's (or anything's) short name, else its name. */
export function shortLabel(named: { name: string; shortName?: string | undefined }): string {
  return named.shortName ?? named.name;
}

/** An actor's name as written in the data; the id when there is no such actor. */
export function actorLabel(dataset: Pick<Dataset, 'actors'>, id: Id): string {
  return dataset.actors.find((a) => a.id === id)?.name ?? id;
}

/** "United Kingdom ground forces". */
export function commitmentLabel(
  dataset: Pick<Dataset, 'actors'>,
  commitment: { guarantor: Id; capability: Capability },
): string {
  return `${actorLabel(dataset, commitment.guarantor)} ${capabilityLabel(commitment.capability)}`;
}

// Names English writes with "the": plural names and names that are descriptions.
const PLURAL_NAME = /(?:s|Islands|States|Emirates|Netherlands|Philippines)$/;
const PLURAL_NAMES =
  /^(?:Netherlands|Philippines|Bahamas|Maldives|Comoros|Seychelles|United States|United Arab Emirates|.* Islands)$/;
const DESCRIPTIVE_NAME =
  /^(?:United |Republic |Kingdom |Federation |Coalition |European |Czech Republic|Russian Federation|Holy See|Democratic |People's |Central African|Dominican Republic|Gambia)/;

/** "Netherlands" → "the Netherlands", "United Kingdom" → "the United Kingdom", "France" → "France". */
export function theName(name: string): string {
  if (/^the /i.test(name)) return name;
  return PLURAL_NAMES.test(name) || DESCRIPTIVE_NAME.test(name) ? `the ${name}` : name;
}

/**
 * The possessive of a name, with its article: "the Netherlands'", "the United States'",
 * "France's", "Belarus's" (a singular name keeps 's even after an s).
 */
export function possessive(name: string): string {
  const named = theName(name);
  return PLURAL_NAMES.test(name) && PLURAL_NAME.test(name) ? `${named}’` : `${named}’s`;
}

/** "executive agreement" → "an executive agreement", "defence obligation" → "a defence obligation". */
export function withArticle(phrase: string): string {
  // The sound decides, not the letter: "a UN mandate", "a unilateral pledge", "an hour".
  const consonantSound = /^(?:one\b|once|uni|use|usu|eu|U[NSK]\b)/i;
  const vowelSound = /^(?:[aeiou]|hour|honest|heir)/i;
  return vowelSound.test(phrase) && !consonantSound.test(phrase) ? `an ${phrase}` : `a ${phrase}`;
}

/** "a", "a and b", "a, b and c". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "a, b or c". */
export function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** The first letter upper-cased: for a name or phrase that opens a sentence ("The Netherlands"). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
