import { admiraltyGrade, SOURCE_RELIABILITY, type Source } from '../model/source.js';
import type { Sourcing } from './types.js';

/**
 * Confirmed, reported or claimed — ISW's distinction, decided from the Admiralty grades
 * (STANAG 2511) and the kind of source:
 * - confirmed: information graded 1 (confirmed by other sources), or an official text or
 *   statement from a source graded A/B whose information is graded 1–2;
 * - claimed: a leak, or information graded 4–6, or a source graded D–F (not usually
 *   reliable or worse) — what one side says that no reliable source bears out;
 * - reported: everything else (news reports and analyses from fair-or-better sources).
 * A fact takes the strongest classification any of its sources gives it.
 */
export const SOURCING_RULES = [
  'Confirmed: information graded 1 (confirmed by other sources), or an official text or statement from a source graded A or B with information graded 1 or 2.',
  'Reported: a news report or analysis from a source graded A–C with information graded 2 or 3.',
  'Claimed: a leak, information graded 4–6, or a source graded D–F.',
] as const;

const RANK: Record<Sourcing, number> = { confirmed: 0, reported: 1, claimed: 2 };

export function sourcingOf(source: Source): Sourcing {
  const reliable = source.reliability === 'A' || source.reliability === 'B';
  const official = source.kind === 'official-text' || source.kind === 'official-statement';
  if (source.credibility === 1) return 'confirmed';
  if (official && reliable && source.credibility <= 2) return 'confirmed';
  if (source.kind === 'leak' || source.credibility >= 4 || ['D', 'E', 'F'].includes(source.reliability)) {
    return 'claimed';
  }
  return 'reported';
}

/** The strongest sourcing among the sources, and the best grade; undefined without sources. */
export function strongestSourcing(sources: readonly Source[]): { sourcing: Sourcing; grade: string } | undefined {
  if (sources.length === 0) return undefined;
  const best = [...sources].sort(
    (a, b) =>
      RANK[sourcingOf(a)] - RANK[sourcingOf(b)] ||
      SOURCE_RELIABILITY.indexOf(a.reliability) - SOURCE_RELIABILITY.indexOf(b.reliability) ||
      a.credibility - b.credibility,
  )[0]!;
  return { sourcing: sourcingOf(best), grade: admiraltyGrade(best) };
}
