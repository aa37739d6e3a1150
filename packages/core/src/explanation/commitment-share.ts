import { type AssessOptions, assess } from '../credibility/assess.js';
import type { RuleFiring, ScoreRange } from '../credibility/types.js';
import type { Id } from '../model/common.js';
import type { Dataset } from '../model/dataset.js';

/**
 * What one commitment contributes to its guarantee. The engine scores a guarantee from all
 * its commitments together (capability, commitment and cohesion read the coalition as a
 * whole), so no rule is "about" one commitment: its share is measured as the difference it
 * makes — the guarantee assessed as recorded, and again with this commitment withdrawn.
 */
export interface CommitmentShare {
  commitment: Id;
  guarantee: Id;
  withIt: { credibility: ScoreRange; viability: ScoreRange };
  withoutIt: { credibility: ScoreRange; viability: ScoreRange };
  /** Rules that name this commitment as their subject, when any do. */
  firings: RuleFiring[];
}

export function commitmentShare(
  dataset: Dataset,
  options: Pick<AssessOptions, 'asOf' | 'profile'>,
  commitment: Id,
): CommitmentShare | undefined {
  const c = dataset.commitments.find((x) => x.id === commitment);
  if (!c) return undefined;
  const withIt = assess(dataset, options);
  const withoutIt = assess(dataset, {
    ...options,
    scenarios: [
      {
        id: `without-${commitment}`,
        name: `without ${commitment}`,
        changes: [{ op: 'set-status', commitment, status: 'withdrawn' }],
      },
    ],
  });
  if (!withIt.ok || !withoutIt.ok) return undefined;
  const a = withIt.assessment.guarantees.find((g) => g.guarantee === c.guarantee);
  const b = withoutIt.assessment.guarantees.find((g) => g.guarantee === c.guarantee);
  if (!a || !b) return undefined;
  const firings = [...a.factors.flatMap((f) => f.reasons), ...a.viabilityReasons].filter(
    (r) => r.subject?.commitment === commitment,
  );
  return {
    commitment,
    guarantee: c.guarantee,
    withIt: { credibility: a.credibility, viability: a.viability },
    withoutIt: { credibility: b.credibility, viability: b.viability },
    firings,
  };
}
