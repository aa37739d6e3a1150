import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '@pledgewatch/core';
import { generateDataset } from '@pledgewatch/core/testing';
import { beforeAll, describe, expect, test } from 'vitest';
import { resolveProfile } from '../../src/credibility/profiles.js';
import { buildSituation, deriveView, type Situation, viewOf } from '../../src/credibility/situation.js';
import type { GuaranteeView } from '../../src/credibility/view.js';
import { applyChanges } from '../../src/scenario/apply.js';
import { bundledUkraine } from './assess-helpers.js';

/**
 * The engine's data flow is one-way (docs/architecture.md, "The engine's data flow"):
 * scenarios applied to the dataset → the timeline folded once into a situation → each
 * guarantee's view built with its ground facts derived once (credibility/ground.ts) → rules
 * that read only the view. These tests fail when a rule reaches back up the flow.
 */

const src = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');
const credibility = join(src, 'credibility');

/** The modules the rules run on: the view and the arithmetic over it. */
const RULE_SIDE = ['view.ts', 'forces.ts', 'rule.ts', 'range.ts', 'types.ts', 'citations.ts'].map((f) =>
  join(credibility, f),
);

function ruleFiles(): string[] {
  const dir = join(credibility, 'rules');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => join(dir, f));
}

interface Import {
  file: string;
  target: string;
  typeOnly: boolean;
}

/** Every static and dynamic import of a file, resolved to a path under src/. */
function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const found: Import[] = [];
  const statement = /^\s*(import|export)\s+(type\s+)?[^;]*?\sfrom\s+'([^']+)'/gms;
  for (const m of text.matchAll(statement)) found.push(resolved(file, m[3]!, m[2] !== undefined));
  for (const m of text.matchAll(/import\(\s*'([^']+)'\s*\)/g)) found.push(resolved(file, m[1]!, false));
  return found;
}

function resolved(file: string, specifier: string, typeOnly: boolean): Import {
  const target = specifier.startsWith('.') ? resolve(dirname(file), specifier.replace(/\.js$/, '.ts')) : specifier;
  return { file: relative(src, file), target: target.startsWith(src) ? relative(src, target) : target, typeOnly };
}

/** Where the rules may reach: the model, the rule side and other rules; the folded states' shapes as types. */
function allowed(i: Import): boolean {
  if (i.target.startsWith('model/')) return true;
  if (i.target.startsWith('credibility/rules/')) return true;
  if (RULE_SIDE.some((f) => relative(src, f) === i.target)) return true;
  return i.typeOnly && i.target.startsWith('timeline/');
}

describe('rules read only the view', () => {
  test('no rule, nor what the rules run on, imports the timeline, a scenario or the folding', () => {
    const files = [...ruleFiles(), ...RULE_SIDE];
    expect(files.length).toBeGreaterThan(8);
    const offending = files.flatMap(importsOf).filter((i) => !allowed(i));
    expect(
      offending.map((i) => `${i.file} imports ${i.target}${i.typeOnly ? ' (type)' : ''}`),
      'a rule reads the view only: add what it needs to the ground facts (credibility/ground.ts, view.ts: GroundFacts)',
    ).toEqual([]);
  });

  test('no rule reads the date: the timeline is folded before the rules run', () => {
    const dated = [...ruleFiles(), join(credibility, 'forces.ts')].filter((f) =>
      /\basOf\b/.test(readFileSync(f, 'utf8')),
    );
    expect(
      dated.map((f) => relative(src, f)),
      'fold dated facts into the ground facts (timeline/, credibility/ground.ts), never in a rule',
    ).toEqual([]);
  });

  test('the import check catches what it should', () => {
    const probe = (target: string, typeOnly = false) => allowed({ file: 'credibility/rules/x.ts', target, typeOnly });
    expect(probe('timeline/snapshot.ts')).toBe(false);
    expect(probe('timeline/snapshot.ts', true)).toBe(true);
    expect(probe('scenario/apply.ts')).toBe(false);
    expect(probe('credibility/ground.ts')).toBe(false);
    expect(probe('credibility/situation.ts')).toBe(false);
    expect(probe('credibility/backstop.ts')).toBe(false);
    expect(probe('credibility/view.ts')).toBe(true);
    expect(probe('model/common.ts')).toBe(true);
  });
});

/** A view without object identity: what a rule can see of it. */
function seen(view: GuaranteeView) {
  const { actors: _a, sources: _s, ...rest } = view;
  return rest;
}

describe('an answer is a change to a view’s inputs, its ground derived again', () => {
  let bundled: Dataset;
  beforeAll(async () => {
    bundled = await bundledUkraine();
  });

  function situationOf(d: Dataset): Situation {
    const profile = resolveProfile(d, undefined);
    if (!profile.ok) throw new Error('no profile');
    return buildSituation(d, d.manifest.asOf, profile.profile);
  }

  /** For every answer of every question: the view derived from it equals the view of the dataset with it applied. */
  function checkAnswers(d: Dataset): number {
    const situation = situationOf(d);
    let compared = 0;
    for (const question of d.questions)
      for (const answer of question.answers) {
        if (answer.changes.length === 0) continue;
        const changed = situationOf(applyChanges(d, answer.changes, d.manifest.asOf));
        for (const [id, inputs] of situation.guarantees) {
          const derived = deriveView(viewOf(situation, inputs), answer.changes);
          const direct = changed.guarantees.get(id);
          if (!direct) continue;
          expect(seen(derived), `${question.id} → ${answer.id} on ${id}`).toEqual(seen(viewOf(changed, direct)));
          compared++;
        }
      }
    return compared;
  }

  test('on the bundled dataset, every answer of every question', () => {
    expect(checkAnswers(bundled)).toBeGreaterThan(20);
  });

  test('on a generated dataset', () => {
    expect(checkAnswers(generateDataset({ seed: 5, commitments: 150 }))).toBeGreaterThan(0);
  });

  test('the ground is derived when the view is built: the rules find every fact already there', () => {
    const situation = situationOf(bundled);
    for (const inputs of situation.guarantees.values()) {
      const view = viewOf(situation, inputs);
      expect(Object.keys(view.ground).sort()).toEqual(
        expect.arrayContaining([
          'actors',
          'backstops',
          'balance',
          'breaches',
          'changesSinceSigning',
          'engaged',
          'engagement',
          'guaranteeFirm',
          'hedges',
          'patrons',
          'signed',
          'weakCommitments',
        ]),
      );
      // The situation's actors, folded once for every view.
      expect(view.ground.actors).toBe(situation.actorStates);
    }
  });
});
