import type { Capability, Commitment } from '../model/commitment.js';
import type { Id } from '../model/common.js';
import type { Condition, ConditionStatus, Guarantee } from '../model/guarantee.js';
import type { CommitmentState } from '../timeline/snapshot.js';
import {
  type Backstop,
  type GuaranteeInputs,
  type GuaranteeView,
  inputsWith,
  isLive,
  STATUS_WEIGHT,
  statusWeight,
} from './view.js';

/**
 * A third party's backstop, read from the data. A guarantee (or one guarantor's part of it)
 * can depend on another state's support — the European force on a US air and intelligence
 * backstop. That support is one party's choice, so every backstop condition naming the party
 * reads the same status, and the party's own commitments to the same beneficiary against the
 * same adversary (under another guarantee, e.g. `us-backstop`) are evidence of it:
 *
 * - **met** when a condition naming the party is met, or one of its force commitments is
 *   pledged or further along (a pledged backstop is a backstop, whatever older text says);
 * - **unmet** when a condition naming it is unmet, or every force commitment it has on record
 *   was declined, ruled out, withdrawn or lapsed;
 * - **unknown** otherwise.
 *
 * Once met, the party's live force commitments count toward the dependent guarantee's
 * capability and commitment factors as if it were a guarantor (ground.ts: the view's lent
 * readings); while unknown they count in the best case only. The dependence itself is weighed
 * by the cohesion and viability rules, which read the status from `view.ground.backstops`.
 */

/** What a backstop lends the guarantee it stands behind: forces, not money or words. */
export const BACKSTOP_FORCES: ReadonlySet<Capability> = new Set<Capability>([
  'ground-forces',
  'air-power',
  'air-defence',
  'naval',
  'isr',
  'logistics',
  'command',
]);

/** The backstop conditions of a guarantee and of its guarantors' live commitments. */
export function backstopConditions(
  guarantee: Guarantee,
  commitments: readonly { commitment: Commitment; status?: unknown }[],
): Condition[] {
  const out = (guarantee.conditions ?? []).filter((c) => c.kind === 'third-party-backstop');
  for (const state of commitments)
    for (const c of state.commitment.conditions ?? []) if (c.kind === 'third-party-backstop') out.push(c);
  return out;
}

/** The parties a guarantee's backstop conditions name (whatever their status). */
export function backstopParties(guarantee: Guarantee, commitments: readonly { commitment: Commitment }[]): Set<Id> {
  const parties = new Set<Id>();
  for (const c of backstopConditions(guarantee, commitments)) if (c.party !== undefined) parties.add(c.party);
  return parties;
}

/** The backstops of a guarantee as of its inputs' date: derived once per view (ground.ts), read as `view.ground.backstops`. */
export function backstopsOf(view: GuaranteeInputs): Backstop[] {
  const byParty = new Map<Id, Condition[]>();
  const live = view.commitments.filter(isLive);
  for (const c of backstopConditions(view.guarantee, live)) {
    if (c.party === undefined) continue;
    byParty.set(c.party, [...(byParty.get(c.party) ?? []), c]);
  }
  const name = (id: Id) => view.actors.get(id)?.name ?? id;
  return [...byParty].map(([party, conditions]) => {
    const forces = view.backstop.filter(
      (s) => s.commitment.guarantor === party && BACKSTOP_FORCES.has(s.commitment.capability),
    );
    const liveForces = party === view.guarantee.adversary ? [] : forces.filter(isLive);
    const pledged = liveForces.filter((s) => statusWeight(s) >= STATUS_WEIGHT.pledged);
    const onRecord = forces.filter((s) => s.status !== undefined);
    const list = (states: CommitmentState[]) => states.map((s) => `${s.commitment.capability} ${s.status}`).join(', ');
    let status: ConditionStatus;
    let basis: string;
    if (conditions.some((c) => c.status === 'met')) {
      status = 'met';
      basis = `a condition naming ${name(party)} is met`;
    } else if (pledged.length > 0) {
      status = 'met';
      basis = `${name(party)} has pledged forces or gone further (${list(pledged)})`;
    } else if (conditions.some((c) => c.status === 'unmet')) {
      status = 'unmet';
      basis = `a condition naming ${name(party)} is unmet`;
    } else if (onRecord.length > 0 && liveForces.length === 0) {
      status = 'unmet';
      basis = `${name(party)} has dropped every force commitment (${list(onRecord)})`;
    } else {
      status = 'unknown';
      basis = liveForces.length
        ? `the forces of ${name(party)} are short of a pledge (${list(liveForces)})`
        : `nothing on record from ${name(party)}`;
    }
    return { party, status, basis, conditions, forces, live: liveForces };
  });
}

/**
 * The inputs of the view with the given backstops' live forces counted as the guarantee's own
 * (their party among the guarantors), or undefined when they lend nothing. Only the capability
 * and commitment rules read the view built from them (ground.ts: lentViews).
 */
export function lendForces(view: GuaranteeView, counted: readonly Backstop[]): GuaranteeInputs | undefined {
  const forces = counted.filter((b) => !view.guarantee.guarantors.includes(b.party) && b.live.length > 0);
  if (forces.length === 0) return undefined;
  return inputsWith(view, {
    guarantee: { ...view.guarantee, guarantors: [...view.guarantee.guarantors, ...forces.map((b) => b.party)] },
    commitments: [...view.commitments, ...forces.flatMap((b) => b.live)],
    lentBy: new Set(forces.map((b) => b.party)),
  });
}
