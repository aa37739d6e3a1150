import {
  assess,
  type Dataset,
  type GuaranteeAssessment,
  rankSensitivity,
  type Scenario,
  scenarioFromAnswer,
} from '@pledgewatch/core';
import { beforeAll, describe, expect, test } from 'vitest';
import { bundledUkraine } from './assess-helpers.js';

/**
 * The bundled Ukraine dataset, with expectations argued from the rules — not copied from the
 * output. Each test names the rules that make it hold.
 */

let d: Dataset;
beforeAll(async () => {
  d = await bundledUkraine();
});

function guarantee(dataset: Dataset, id: string, scenarios: Scenario[] = []): GuaranteeAssessment {
  const result = assess(dataset, { scenarios });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  const g = result.assessment.guarantees.find((x) => x.guarantee === id);
  if (!g) throw new Error(`no guarantee ${id}`);
  return g;
}

const width = (g: GuaranteeAssessment) => g.credibility.high - g.credibility.low;

describe('the bundled Ukraine dataset', () => {
  test("NATO Article 5's design binds more than the Budapest Memorandum's, though it does not cover Ukraine", () => {
    // commitment.obligation-type: defence 30 against assurance 0; commitment.legal-form: ratified
    // treaty 20 against political declaration 5. Its credibility for Ukraine is nonetheless 0:
    // its members-only scope is unmet (commitment.out-of-scope; engine-v2-bundled.test.ts).
    const commitment = (g: GuaranteeAssessment) => g.factors.find((f) => f.factor === 'commitment')!.score;
    const nato = guarantee(d, 'nato-article5');
    const budapest = guarantee(d, 'budapest-1994');
    expect(commitment(nato).low).toBeGreaterThan(commitment(budapest).high);
  });

  test("the European-led force's range narrows when the US-backstop question is answered", () => {
    // While q-us-air is open its answers (US air pledged / enablers only / none) each count, and the
    // us-backstop condition is unknown, so cohesion.third-party-backstop spans −40 to −5. Answering it
    // applies one answer as fact: that answer's reading alone remains.
    const open = guarantee(d, 'mfu');
    const answered: Dataset = {
      ...d,
      questions: d.questions.map((q) =>
        q.id === 'q-us-air'
          ? {
              ...q,
              history: [
                ...q.history,
                { date: d.manifest.asOf, status: 'answered', answer: 'full-backstop', source: q.history[0]!.source },
              ],
            }
          : q,
      ),
    };
    const closed = guarantee(answered, 'mfu');
    expect(width(closed)).toBeLessThan(width(open));
    expect(closed.questions?.some((q) => q.question === 'q-us-air')).toBe(false);
  });

  test("Russia's rejection lowers the force's viability, not its deterrent credibility", () => {
    // viability.adversary-stance reads Russia's stance; no credibility rule reads the adversary's
    // positions (cohesion.declined reads only the guarantors').
    const stance = (s: 'supports' | 'rejects'): Scenario => ({
      id: `russia-${s}`,
      name: `Russia ${s}`,
      changes: [
        { op: 'set-stance', position: 'russia-mfu', stance: s },
        { op: 'set-stance', position: 'russia-mfu-veto', stance: s },
      ],
    });
    const accepting = guarantee(d, 'mfu', [stance('supports')]);
    const rejecting = guarantee(d, 'mfu', [stance('rejects')]);
    expect(rejecting.viability.point).toBeLessThan(accepting.viability.point);
    expect(rejecting.credibility).toEqual(accepting.credibility);
  });

  test('the US air question moves the force more than an unrelated question does', () => {
    // q-us-air touches the mfu us-backstop condition (cohesion −40..−5, viability −30..0); a question
    // about the US–Ukraine draft touches no part of the force at all.
    const mfu = guarantee(d, 'mfu');
    const air = mfu.questions?.find((q) => q.question === 'q-us-air');
    expect(air).toBeDefined();
    expect(air!.swing.credibility + air!.swing.viability).toBeGreaterThan(0);
    expect(mfu.questions?.some((q) => q.question === 'q-us-draft-signed')).toBe(false);
  });

  test("the article's unknowns rank where the rules put them in the force's ranking", () => {
    // q-us-air: its answers set the force's us-backstop condition met or unmet, and
    // viability.conditions weighs a third-party backstop at 30 — as much as the ceasefire that
    // q-russia-permit decides; for credibility, cohesion.third-party-backstop moves from −5 (met)
    // to −40 (unmet) and capability.backstop-forces counts the US's pledged air power,
    // surveillance and air defence as the force's own once met, none once refused. So it moves
    // both scores, and leads the ranking.
    // q-who-fields-troops: one answer has every contingent but the UK's and France's decline,
    // another has nine approve. That swings cohesion (the share of guarantors fully committed)
    // and the forces counted by the capability and commitment rules; it barely touches viability
    // (no condition of the force). q-force-function (what the force is for) now moves credibility
    // most: the force's text obliges assistance, which engages each guarantor's means only half
    // (OBLIGATION_ENGAGEMENT), so whether the contingents are combat forces or trainers decides
    // how far each is engaged — means, not paper.
    // q-russia-permit: the ceasefire condition (30) decides viability; credibility moves only
    // through the veto answer's obligation change. A viability question.
    const result = assess(d);
    if (!result.ok) throw new Error('assess failed');
    const mfu = rankSensitivity(result.assessment).filter((e) => e.guarantee === 'mfu');
    expect(mfu[0]?.question).toBe('q-us-air');
    // Engine v2 (engagement by capability, text engagement by obligation) puts q-force-function
    // and q-enough-for-kyiv (viability swing 15) ahead of q-who-fields-troops in the joint
    // ranking; each still moves the score the rules say it moves.
    expect(mfu.slice(0, 4).map((e) => e.question)).toEqual(
      expect.arrayContaining(['q-us-air', 'q-russia-permit', 'q-force-function']),
    );
    const swing = (id: string) => mfu.find((e) => e.question === id)!.swing;
    const credibilitySwings = mfu.map((e) => e.swing.credibility);
    expect(swing('q-force-function').credibility).toBe(Math.max(...credibilitySwings));
    expect(swing('q-who-fields-troops').credibility).toBeGreaterThan(swing('q-russia-permit').credibility);
    expect(swing('q-us-air').viability).toBeGreaterThanOrEqual(swing('q-russia-permit').viability);
    expect(swing('q-us-air').credibility).toBeGreaterThan(swing('q-russia-permit').credibility);
    expect(swing('q-russia-permit').viability).toBeGreaterThan(swing('q-russia-permit').credibility);
    expect(swing('q-who-fields-troops').viability).toBeLessThan(swing('q-who-fields-troops').credibility);
  });

  test('a confirmed US backstop lends the force its capability; a refused one costs cohesion', () => {
    // capability.backstop-forces: once the backstop is met, the US's 1.3 million active
    // personnel join the force's reinforcement depth and its surveillance and air defence its
    // enablers; refused, they count for nothing. cohesion.third-party-backstop: −5 met, −40 unmet.
    const q = d.questions.find((x) => x.id === 'q-us-air')!;
    const factor = (g: GuaranteeAssessment, f: string) => g.factors.find((x) => x.factor === f)!.score;
    const confirmed = guarantee(d, 'mfu', [scenarioFromAnswer(q, 'full-backstop')!]);
    const refused = guarantee(d, 'mfu', [scenarioFromAnswer(q, 'none')!]);
    expect(factor(confirmed, 'capability').point).toBeGreaterThan(factor(refused, 'capability').point);
    expect(factor(refused, 'cohesion').point).toBeLessThan(factor(confirmed, 'cohesion').point);
    const lent = confirmed.factors.flatMap((f) => f.reasons).find((r) => r.rule === 'capability.backstop-forces');
    expect(lent?.inputs.status).toBe('met');
  });

  test("a guarantor's own condition — Germany's Bundestag vote — weighs on viability, not credibility", () => {
    // viability.guarantor-conditions reads the conditions on engaged guarantors' commitments;
    // Germany's de-bundestag is unmet, so meeting it removes its share of the 15-point cost.
    // No credibility rule reads a parliamentary condition.
    const vote: Scenario = {
      id: 'bundestag-votes',
      name: 'The Bundestag votes',
      changes: [{ op: 'set-condition', commitment: 'mfu-germany-ground', condition: 'de-bundestag', status: 'met' }],
    };
    const before = guarantee(d, 'mfu');
    const after = guarantee(d, 'mfu', [vote]);
    expect(before.viabilityReasons.some((r) => r.rule === 'viability.guarantor-conditions')).toBe(true);
    expect(after.viability.point).toBeGreaterThan(before.viability.point);
    expect(after.credibility).toEqual(before.credibility);
  });
});
