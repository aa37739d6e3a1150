import { fileURLToPath } from 'node:url';
import { type AssessOptions, assess, type Dataset, type GuaranteeAssessment, loadDataset } from '@pledgewatch/core';

/** The bundled Ukraine dataset, loaded from its folder; its diagnostics, if any, fail the test. */
export async function bundledUkraine(): Promise<Dataset> {
  const loaded = await loadDataset(fileURLToPath(new URL('../../../dataset-ukraine/data', import.meta.url)));
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((x) => `${x.file}:${x.line} ${x.message}`).join('\n'));
  return loaded.dataset;
}

/** Assesses and returns one guarantee, failing the test on a problem. */
export function assessed(d: Dataset, id = 'g', options: AssessOptions = {}): GuaranteeAssessment {
  const result = assess(d, options);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  const g = result.assessment.guarantees.find((x) => x.guarantee === id);
  if (!g) throw new Error(`no guarantee ${id}`);
  return g;
}

export function factor(g: GuaranteeAssessment, name: string) {
  const f = g.factors.find((x) => x.factor === name);
  if (!f) throw new Error(`no factor ${name}`);
  return f;
}

export function firing(g: GuaranteeAssessment, rule: string) {
  return [...g.factors.flatMap((f) => f.reasons), ...g.viabilityReasons, ...(g.ceilings ?? [])].find(
    (r) => r.rule === rule,
  );
}
