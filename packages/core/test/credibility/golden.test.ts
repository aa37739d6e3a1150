import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  assess,
  credibilityHistory,
  type Dataset,
  loadDataset,
  type Scenario,
  scenarioFromAnswer,
  sensitivity,
} from '@pledgewatch/core';
import { generateDataset } from '@pledgewatch/core/testing';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { datasetArb } from './arbitrary-dataset.js';

/**
 * Golden master for the credibility engine: assess, sensitivity and credibilityHistory, with
 * and without scenarios, under both built-in profiles, on the bundled dataset, on generated
 * datasets and on a fixed sample of the property tests' datasets, serialised with a stable
 * key order and hashed. Work on the engine's speed must leave every hash as it is.
 *
 * Each case records the hash of its input too, so a changed dataset or generator is told
 * apart from a changed engine. After a deliberate change to the rules or the data, and only
 * then, re-record: PLEDGEWATCH_GOLDEN=record npx vitest run --project core golden
 *
 * Re-recorded (issue 11) because the legal form is now counted once: every signed text engages its
 * signatories fully (TEXT_ENGAGEMENT all 1); how far the form ties hands counts only in
 * commitment.legal-form. The weighting below had counted it again in cohesion.share-committed and
 * capability.reinforcement-depth. Baseline points that moved (current-calculus): mfu 41 → 47,
 * uk-ukraine-2024 28 → 34, us-ukraine-2024 29 → 37; budapest-1994 (5), nato-article5 (0) unchanged.
 *
 * Re-recorded for engine v2's text engagement (TEXT_ENGAGEMENT in credibility/view.ts): a signed
 * text engages its guarantors as far as its legal form ties hands (Fearon 1997) — a ratified
 * treaty fully, a binding agreement 0.8, an executive agreement 0.6, a political declaration or an
 * unknown form 0.5, a statement 0.35 — where every signed text bound them in full. Baseline
 * scores (current-calculus, 2026-07-04) that moved, and why:
 * - mfu 46.8 → 41.1: the Paris Declaration is a political declaration, so its 19 signatories are
 *   half engaged by the text alone (cohesion.share-committed 100 → 70, depth halved) until a
 *   commitment of theirs is further along.
 * - uk-ukraine-2024 34.2 → 28.2 (legal form unknown) and us-ukraine-2024 36.5 → 29.3 (executive
 *   agreement): the same, through share-committed and depth.
 * - budapest-1994 (5), nato-article5 (0), us-backstop (23.4) and us-ukraine-draft (8.7) unchanged.
 *
 * Re-recorded for issue 12's source corrections (every source titled from the source itself; the
 * seed article identified and graded B2; the Élysée cited): no score, band or rule contribution
 * moves (pledgewatch diff: every guarantee unchanged). The bundled output hash changes only because
 * the US–Ukraine draft's Congress condition is reworded from its new source (a US official told CNN
 * on 28 Dec 2025 that Trump is willing to seek approval), and an unmet condition's explanation
 * quotes its description.
 */

const fixturePath = fileURLToPath(new URL('./golden.json', import.meta.url));
const bundledDir = fileURLToPath(new URL('../../../dataset-ukraine/data', import.meta.url));
const PROFILES = ['current-calculus', 'past-actions'] as const;

/**
 * A hash of the value's JSON with object keys sorted at every depth (undefined members and
 * functions dropped, non-finite numbers as null, as JSON.stringify does), written in chunks:
 * a history at 1,000 commitments is longer than a string can be.
 */
function hash(value: unknown): string {
  const h = createHash('sha256');
  let buffer = '';
  const write = (s: string) => {
    buffer += s;
    if (buffer.length > 1 << 20) {
      h.update(buffer);
      buffer = '';
    }
  };
  const visit = (v: unknown) => {
    if (v === null || typeof v !== 'object') {
      write(JSON.stringify(v) ?? 'null');
      return;
    }
    if (Array.isArray(v)) {
      write('[');
      v.forEach((x, i) => {
        if (i > 0) write(',');
        if (x === undefined || typeof x === 'function') write('null');
        else visit(x);
      });
      write(']');
      return;
    }
    write('{');
    let first = true;
    for (const k of Object.keys(v).sort()) {
      const x = (v as Record<string, unknown>)[k];
      if (x === undefined || typeof x === 'function') continue;
      write(`${first ? '' : ','}${JSON.stringify(k)}:`);
      first = false;
      visit(x);
    }
    write('}');
  };
  visit(value);
  h.update(buffer);
  return h.digest('hex').slice(0, 16);
}

interface Golden {
  input: string;
  output: string;
}

/**
 * Everything the engine says about one dataset, in one value: assess and sensitivity under
 * every profile and scenario set, the history under those `history` picks (a profile, an
 * index into the scenario sets).
 */
function engineOutput(
  d: Dataset,
  scenarioSets: readonly (readonly Scenario[])[],
  history: 'all' | readonly [(typeof PROFILES)[number], number][],
) {
  const out: Record<string, unknown> = {};
  for (const profile of PROFILES) {
    for (const [i, scenarios] of scenarioSets.entries()) {
      const key = `${profile}/${i}`;
      out[`assess/${key}`] = assess(d, { profile, scenarios });
      out[`sensitivity/${key}`] = sensitivity(d, { profile, scenarios });
      if (history === 'all') out[`history/${key}`] = credibilityHistory(d, { profile, scenarios });
    }
  }
  if (history !== 'all')
    for (const [profile, i] of history)
      out[`history/${profile}/${i}`] = credibilityHistory(d, { profile, scenarios: scenarioSets[i]! });
  return out;
}

/** No scenario; each of the dataset's scenarios; all of them; one open question's first answer. */
function scenarioSets(d: Dataset): Scenario[][] {
  const sets: Scenario[][] = [[], ...d.scenarios.map((s) => [s])];
  if (d.scenarios.length > 1) sets.push([...d.scenarios]);
  const q = d.questions.find((x) => x.answers.length > 0);
  const fromAnswer = q ? scenarioFromAnswer(q, q.answers[0]!.id) : undefined;
  if (fromAnswer) sets.push([fromAnswer]);
  return sets;
}

async function cases(): Promise<Record<string, () => Golden>> {
  const loaded = await loadDataset(bundledDir);
  if (!loaded.ok) throw new Error('the bundled dataset does not load');
  const bundled = loaded.dataset;
  const all: Record<string, () => Golden> = {
    bundled: () => ({ input: hash(bundled), output: hash(engineOutput(bundled, scenarioSets(bundled), 'all')) }),
  };
  for (const [seed, commitments] of [
    [1, 200],
    [2, 500],
    [42, 1000],
  ] as const) {
    all[`generated-${seed}-${commitments}`] = () => {
      const d = generateDataset({ seed, commitments });
      const sets = scenarioSets(d);
      // The history costs seconds at these sizes: a few profile and scenario picks, fewer at 1,000.
      const last = sets.length - 1;
      const picks: [(typeof PROFILES)[number], number][] =
        commitments >= 1000
          ? [['current-calculus', 0]]
          : [
              ['current-calculus', 0],
              ['current-calculus', last],
              ['past-actions', 0],
            ];
      return { input: hash(d), output: hash(engineOutput(d, sets, picks)) };
    };
  }
  const sample = fc.sample(datasetArb, { seed: 20250904, numRuns: 60 });
  for (const [i, d] of sample.entries()) {
    all[`arbitrary-${i}`] = () => ({ input: hash(d), output: hash(engineOutput(d, scenarioSets(d), 'all')) });
  }
  return all;
}

const recording = process.env.PLEDGEWATCH_GOLDEN === 'record';

describe('the credibility engine’s output is unchanged (golden master)', async () => {
  const all = await cases();
  const recorded: Record<string, Golden> = recording ? {} : JSON.parse(readFileSync(fixturePath, 'utf8'));

  if (recording) {
    test('records the golden hashes', () => {
      const fresh = Object.fromEntries(Object.entries(all).map(([name, run]) => [name, run()]));
      writeFileSync(fixturePath, `${JSON.stringify(fresh, null, 2)}\n`);
      expect(Object.keys(fresh).length).toBe(Object.keys(all).length);
    }, 600_000);
    return;
  }

  test('every recorded case is still produced', () => {
    expect(Object.keys(all).sort()).toEqual(Object.keys(recorded).sort());
  });

  for (const [name, run] of Object.entries(all)) {
    test(name, () => {
      const golden = recorded[name];
      expect(golden, `no golden for ${name}`).toBeDefined();
      const now = run();
      expect(now.input, `the input of ${name} changed (dataset or generator), not the engine: re-record`).toBe(
        golden!.input,
      );
      expect(now.output).toBe(golden!.output);
    }, 120_000);
  }
});
