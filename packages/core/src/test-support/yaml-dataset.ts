import { buildDataset } from '../loading/load.js';
import type { Dataset } from '../model/dataset.js';

/**
 * Small datasets written as the YAML a person would write, for unit tests that compare two
 * versions of one dataset (the change feed, dataset diff, the coalition matrix). Test support:
 * not built into `dist/`, not part of the package.
 */

/** The dataset in one YAML text, loaded through the real loader; a test's own mistake throws. */
export function datasetFromYaml(text: string): Dataset {
  const result = buildDataset([{ file: 'd.yaml', text, hash: text }]);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.dataset;
}

/**
 * One guarantee, Multinational Force Ukraine (MFU), with Ukraine, Russia and the United
 * Kingdom, and the UK's ground forces at `status` since 6 Jan 2026 — the commitments list
 * last, so a test can append one.
 */
export function oneGuaranteeYaml(options: { status: string; source?: string }): string {
  const source =
    options.source ??
    '{ id: s1, title: S, publisher: P, date: 2026-01-06, kind: news-report, reliability: B, credibility: 2 }';
  return `
dataset: { id: t, title: T, asOf: 2026-02-10 }
sources:
  - ${source}
actors:
  - { id: ua, name: Ukraine, kind: state }
  - { id: ru, name: Russia, kind: state }
  - { id: uk, name: United Kingdom, kind: state }
guarantees:
  - { id: mfu, name: Multinational Force Ukraine, shortName: MFU, beneficiary: ua, adversary: ru, guarantors: [uk],
      obligation: unknown, legalForm: political-declaration, trigger: unknown, source: s1 }
commitments:
  - id: mfu-uk-ground
    guarantee: mfu
    guarantor: uk
    capability: ground-forces
    history:
      - { date: 2026-01-06, status: ${options.status}, source: s1 }
`;
}
