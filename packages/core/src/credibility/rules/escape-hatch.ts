import type { Condition } from '../../model/guarantee.js';
import { add, between, exactly } from '../range.js';
import { defineRule } from '../rule.js';
import { guarantorLabel, isLive } from '../view.js';

/**
 * A vague escape hatch — a condition of kind `other`, one the data cannot name as a ceasefire,
 * a vote, a mandate, a backstop or a scope — weakens the commitment itself, not only the odds
 * that the arrangement exists: it leaves the guarantor room to say the case has not arisen.
 * Narrow, clear conditions do not weaken a commitment within their scope (Leeds, Long &
 * Mitchell 2000); a loose one unties the hands a public commitment tied (Fearon 1997).
 *
 * Points: −5 for each such condition on the guarantee that is unmet (an unknown one −5 to 0, a
 * met one nothing: once met it no longer opens a way out); a guarantor's own on its live
 * commitments the same times its share of the engaged guarantors; −10 in all at most.
 */

const HATCH_POINTS = 5;
const HATCH_MAX = 10;

const cost = (c: Condition) =>
  c.status === 'met' ? exactly(0) : c.status === 'unmet' ? exactly(-HATCH_POINTS) : between(-HATCH_POINTS, 0);

export const escapeHatches = defineRule(
  {
    id: 'commitment.escape-hatches',
    title: 'Vague escape hatches',
    factor: 'commitment',
    kind: 'points',
    rationale: `A condition the data can only class as "other" — not a ceasefire, a vote, a mandate, a backstop or a narrow scope — is a vague escape hatch: it leaves the guarantor room to say the case has not arisen, so it weakens the commitment itself, not only viability. −${HATCH_POINTS} for each on the guarantee that is unmet (unknown: −${HATCH_POINTS} to 0; met: nothing), a guarantor's own on its live commitments the same times its share of the engaged guarantors, to −${HATCH_MAX} in all. Narrow, clear conditions (kind scope) cost nothing here.`,
    cites: ['leedsLongMitchell2000', 'fearon1997'],
    inputs: ['guarantee.conditions[kind=other].status', 'commitments.conditions[kind=other].status'],
    effect: `0 to −${HATCH_MAX} points`,
  },
  (view, fire) => {
    const hatches = (view.guarantee.conditions ?? []).filter((c) => c.kind === 'other');
    const parts = hatches.map(cost);
    // Who set which condition, worded only when the words are wanted.
    const own: [string, Condition][] = [];
    const engaged = new Set(view.ground.engaged);
    const seen = new Set<string>();
    for (const state of view.commitments) {
      const guarantor = state.commitment.guarantor;
      if (!isLive(state) || !engaged.has(guarantor)) continue;
      for (const c of state.commitment.conditions ?? []) {
        if (c.kind !== 'other') continue;
        const key = `${guarantor}\u0000${c.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const share = 1 / engaged.size;
        const r = cost(c);
        parts.push({ low: r.low * share, point: r.point * share, high: r.high * share });
        own.push([guarantor, c]);
      }
    }
    if (parts.length === 0) return undefined;
    const total = add(...parts);
    const capped = {
      low: Math.max(-HATCH_MAX, total.low),
      point: Math.max(-HATCH_MAX, total.point),
      high: Math.max(-HATCH_MAX, total.high),
    };
    return fire(
      capped,
      () => ({ escapeHatches: parts.length }),
      () =>
        `Vague conditions: ${[
          ...hatches.map((c) => `${c.description} (${c.status})`),
          ...own.map(([g, c]) => `${guarantorLabel(view, g)}: ${c.description} (${c.status})`),
        ].join('; ')}.`,
    );
  },
);
