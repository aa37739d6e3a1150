import { TEXT_ENGAGEMENT } from '../credibility/engagement.js';
import { LEGAL_FORM_POINTS } from '../credibility/rules/commitment.js';
import type { Dataset } from '../model/dataset.js';
import type { LegalForm } from '../model/guarantee.js';
import { type BacktestResult, type Concordance, runBacktest } from './backtest.js';
import type { OutcomeCase } from './outcomes.js';

/**
 * The backtest's sensitivity to the legal-form weights (docs/backtest.md). The points a legal form
 * earns (commitment.legal-form) and how far a signed text engages its signatories (TEXT_ENGAGEMENT)
 * are ordinal judgements, not findings: the literature says a ratified treaty ties hands more than
 * a declaration (Fearon 1997), not by how much. The sweep runs the backtest under reasonable
 * alternatives of both, so a reader can see whether the concordance rests on the chosen numbers.
 *
 * The alternatives replace the engine's tables for the duration of one backtest and are restored
 * before the next (and on any error): the run is synchronous, so nothing else reads them meanwhile.
 */

type FormTable = Record<LegalForm, number>;

export interface WeightScheme {
  id: string;
  label: string;
  weights: FormTable;
}

/** Text engagement by form: ratified, binding, executive, declaration, statement (and unknown). */
export const TEXT_ENGAGEMENT_SCHEMES: readonly (WeightScheme & { unknown: number })[] = [
  { id: 'once', label: 'counted once (all 1)', weights: forms(1, 1, 1, 1, 1), unknown: 1 },
  { id: 'earlier', label: '1 / 0.8 / 0.6 / 0.5 / 0.35', weights: forms(1, 0.8, 0.6, 0.5, 0.35), unknown: 0.5 },
  { id: 'flatter', label: '1 / 0.9 / 0.8 / 0.75 / 0.65', weights: forms(1, 0.9, 0.8, 0.75, 0.65), unknown: 0.75 },
  { id: 'steeper', label: '1 / 0.7 / 0.45 / 0.3 / 0.15', weights: forms(1, 0.7, 0.45, 0.3, 0.15), unknown: 0.3 },
];

/** Points by form for commitment.legal-form. */
export const LEGAL_FORM_SCHEMES: readonly WeightScheme[] = [
  { id: 'engine', label: '20 / 15 / 9 / 5 / 2', weights: forms(20, 15, 9, 5, 2) },
  { id: 'even', label: '20 / 15 / 10 / 5 / 0', weights: forms(20, 15, 10, 5, 0) },
  { id: 'flatter', label: '20 / 17 / 14 / 11 / 8', weights: forms(20, 17, 14, 11, 8) },
  { id: 'steeper', label: '20 / 12 / 6 / 3 / 1', weights: forms(20, 12, 6, 3, 1) },
  { id: 'none', label: 'none (0 for every form)', weights: forms(0, 0, 0, 0, 0) },
];

function forms(
  ratified: number,
  binding: number,
  executive: number,
  declaration: number,
  statement: number,
): FormTable {
  return {
    'ratified-treaty': ratified,
    'binding-agreement': binding,
    'executive-agreement': executive,
    'political-declaration': declaration,
    statement,
  };
}

export interface SweepRow {
  textEngagement: string;
  legalFormPoints: string;
  /** Whether this row is the engine's own choice. */
  current: boolean;
  figures: BacktestResult['profiles'];
}

/** Runs `run` with the given tables in place of the engine's, restoring them afterwards. */
function withWeights<T>(engagement: (typeof TEXT_ENGAGEMENT_SCHEMES)[number], points: WeightScheme, run: () => T): T {
  const savedEngagement = { ...TEXT_ENGAGEMENT };
  const savedPoints = { ...LEGAL_FORM_POINTS };
  try {
    Object.assign(TEXT_ENGAGEMENT, engagement.weights, { unknown: engagement.unknown });
    Object.assign(LEGAL_FORM_POINTS, points.weights);
    return run();
  } finally {
    Object.assign(TEXT_ENGAGEMENT, savedEngagement);
    Object.assign(LEGAL_FORM_POINTS, savedPoints);
  }
}

const sameTable = (a: Record<string, number>, b: Record<string, number>) => Object.keys(a).every((k) => a[k] === b[k]);

/** The backtest under every combination of the schemes above (the engine's own marked `current`). */
export function legalFormSweep(dataset: Dataset, cases: readonly OutcomeCase[]): SweepRow[] {
  const rows: SweepRow[] = [];
  for (const engagement of TEXT_ENGAGEMENT_SCHEMES) {
    for (const points of LEGAL_FORM_SCHEMES) {
      const current =
        sameTable({ ...engagement.weights, unknown: engagement.unknown }, TEXT_ENGAGEMENT) &&
        sameTable(points.weights, LEGAL_FORM_POINTS);
      const figures = withWeights(engagement, points, () => runBacktest(dataset, cases).profiles);
      rows.push({ textEngagement: engagement.label, legalFormPoints: points.label, current, figures });
    }
  }
  return rows;
}

/** The targets issue 11 set: 0.85 overall, 0.75 within each era. */
export const CONCORDANCE_TARGETS = { overall: 0.85, era: 0.75 } as const;

const cell = (c: Concordance, target: number) =>
  c.value === undefined ? '—' : `${c.value.toFixed(2)}${c.value < target ? ' ✗' : ''}`;

/** The sweep as a Markdown table: one row per combination, each profile's overall and per-era figures. */
export function sweepTable(rows: readonly SweepRow[]): string[] {
  const profiles = rows[0]?.figures.map((f) => f.profile) ?? [];
  const head = ['text engagement', 'legal-form points', ...profiles.flatMap((p) => [`${p}`, 'pre-1945', 'from 1945'])];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const r of rows) {
    const figures = r.figures.flatMap((f) => [
      cell(f.overall, CONCORDANCE_TARGETS.overall),
      cell(f.byEra['before-1945'], CONCORDANCE_TARGETS.era),
      cell(f.byEra['from-1945'], CONCORDANCE_TARGETS.era),
    ]);
    const mark = (s: string) => (r.current ? `**${s}**` : s);
    lines.push(`| ${[mark(r.textEngagement), mark(r.legalFormPoints), ...figures].join(' | ')} |`);
  }
  const met = rows.filter((r) =>
    r.figures.every(
      (f) =>
        (f.overall.value ?? 1) >= CONCORDANCE_TARGETS.overall &&
        (f.byEra['before-1945'].value ?? 1) >= CONCORDANCE_TARGETS.era &&
        (f.byEra['from-1945'].value ?? 1) >= CONCORDANCE_TARGETS.era,
    ),
  ).length;
  const values = rows.flatMap((r) => r.figures.map((f) => f.overall.value ?? 0));
  lines.push(
    '',
    `Every target met under both profiles in ${met} of ${rows.length} combinations; overall concordance ranges from ${Math.min(...values).toFixed(2)} to ${Math.max(...values).toFixed(2)}. ✗ marks a figure below its target (0.85 overall, 0.75 within an era); the engine's own choice is in bold.`,
  );
  return lines;
}
