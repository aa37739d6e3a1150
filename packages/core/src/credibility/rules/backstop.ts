import { exactly } from '../range.js';
import { type CredibilityRule, defineRule } from '../rule.js';

/**
 * A third party's backstop lends its forces. Finding: what deters is the force the defenders
 * can bring to bear on the spot and in the short term (Huth 1988; Huth & Russett 1984), and
 * forces too small to change that balance do not deter by themselves (Reiter & Poast 2021);
 * a nuclear-armed state's forces behind a commitment raise the stakes further (Fuhrmann &
 * Sechser 2014). A European force backed by US air power, air defence and surveillance is a
 * different force from the same troops alone — so once the backstop is met, its forces count.
 *
 * This rule adds no points of its own: it decides what the capability and commitment rules
 * read (evaluate.ts), and fires to say so. The dependence on the backstop is weighed by
 * cohesion.third-party-backstop; whether the arrangement exists, by the viability rules.
 */
export const backstopForces = defineRule(
  {
    id: 'capability.backstop-forces',
    title: 'A third party’s backstop lends its forces',
    factor: 'capability',
    kind: 'points',
    rationale:
      "When a guarantee, or a guarantor's part of it, depends on a third party's backstop, that party's force commitments (ground, air, air defence, naval, surveillance, logistics, command) to the same beneficiary against the same adversary count toward the guarantee's capability and commitment as if the party were a guarantor — in full once the backstop is met (a condition naming the party is met, or one of those commitments is pledged or further along), in the best case only while it is unknown (each rule's point then halfway), not at all once it is unmet (a condition is unmet, or every such commitment was dropped). No points of its own.",
    cites: ['huth1988', 'reiterPoast2021', 'fuhrmannSechser2014'],
    inputs: [
      'guarantee.conditions[kind=third-party-backstop].party',
      'commitments.conditions[kind=third-party-backstop].party',
      'commitments[guarantor=party, same beneficiary and adversary].status',
    ],
    effect: 'no points of its own: decides whether the backstop’s forces count in the capability and commitment rules',
  },
  (view, fire) =>
    view.ground.backstops.map((b) => {
      const name = view.actors.get(b.party)?.name ?? b.party;
      const forces = b.live.map((s) => `${s.commitment.capability} (${s.status})`).join(', ');
      const counted =
        b.live.length === 0
          ? 'there is no live force commitment to count'
          : b.status === 'met'
            ? `its ${forces} count in the capability and commitment rules above and below`
            : b.status === 'unknown'
              ? `its ${forces} count in the best case only`
              : 'its forces do not count';
      return fire(
        exactly(0),
        () => ({ party: b.party, status: b.status, forcesCounted: b.status === 'unmet' ? 0 : b.live.length }),
        () => `Backstop by ${name}: ${b.status}, as ${b.basis}; ${counted}.`,
        { actor: b.party },
      );
    }),
);

export const BACKSTOP_RULES: CredibilityRule[] = [backstopForces];
