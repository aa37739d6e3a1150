import {
  type Assessment,
  assess,
  dataFreshness,
  formatDiagnostic,
  formatPercentRange,
  formatScore,
  type GuaranteeAssessment,
  loadDataset,
  neutralizeText,
  rankSensitivity,
  safeJson,
  shortLabel,
} from '@pledgewatch/core';
import { datasetArgument, parseCommandArgs, UsageError } from './args.js';
import { resolveDatasetDir } from './dataset-dir.js';
import { parseDateOption } from './date-option.js';
import { type CommandIO, writeLines } from './io.js';
import { readToday } from './today.js';

export const assessHelp = `Usage: pledgewatch assess [DIR] [--as-of DATE] [--profile ID] [--scenario ID]... [--json]

Assesses every guarantee in a dataset (default: the bundled Ukraine dataset): deterrent
credibility and, apart, viability, each as low ‹point› high over what is unknown, the
reference-class base rate beside it, and the open questions that move the scores most.

Options:
  --as-of DATE     assess as of this date (YYYY-MM-DD; default: the dataset's cut-off)
  --profile ID     current-calculus, past-actions, or a profile the dataset defines
                   (default: the dataset's defaultProfile, else current-calculus)
  --scenario ID    apply a scenario of the dataset first (repeatable, applied in order)
  --json           print {assessment, sensitivity} as JSON: every factor, reason and citation
  -h, --help       show this help

Exit codes: 0 ok, 1 the data has errors (listed as by \`pledgewatch check\`), 2 a wrong option.`;

const text = (s: string) => neutralizeText(s, { singleLine: true });

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd(),
  );
}

function guaranteeRows(guarantees: GuaranteeAssessment[]): string[][] {
  return [
    ['GUARANTEE', 'CREDIBILITY', 'VIABILITY', 'BASE RATE', 'FACTORS cap/com/res/coh'],
    ...guarantees.map((g) => [
      text(shortLabel(g)).slice(0, 48),
      formatScore(g.credibility),
      formatScore(g.viability),
      formatPercentRange(g.baseRate.low, g.baseRate.high),
      g.factors.map((f) => Math.round(f.score.point)).join('/'),
    ]),
  ];
}

function readable(assessment: Assessment): string[] {
  const lines = [
    `Credibility as of ${assessment.asOf}, profile ${assessment.profile.id}${assessment.scenarios.length ? `, scenarios: ${assessment.scenarios.join(', ')}` : ''} (low ‹point› high, 0–100)`,
    '',
    ...table(guaranteeRows(assessment.guarantees)),
  ];
  const flagged = assessment.guarantees.filter((g) => g.flags.length > 0);
  if (flagged.length > 0) {
    lines.push('', 'Flags:');
    for (const g of flagged) for (const f of g.flags) lines.push(`  ${text(shortLabel(g))}: ${text(f)}`);
  }
  const ranking = rankSensitivity(assessment).filter((e) => e.swing.credibility > 0 || e.swing.viability > 0);
  if (ranking.length > 0) {
    lines.push('', 'Unknowns that move the scores most (swing in points):');
    lines.push(
      ...table([
        ['QUESTION', 'GUARANTEE', 'CRED', 'VIAB'],
        ...ranking
          .slice(0, 8)
          .map((e) => [
            text(e.text).slice(0, 60),
            text(e.guaranteeName).slice(0, 32),
            `${e.swing.credibility}`,
            `${e.swing.viability}`,
          ]),
      ]).map((l) => `  ${l}`),
    );
  }
  lines.push('', 'Base rates are context, not part of the score. Rules and citations: docs/credibility.md, or --json.');
  return lines;
}

/** `pledgewatch assess`: the credibility table, or the full assessment as JSON. */
export async function runAssess(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      'as-of': { type: 'string' },
      profile: { type: 'string' },
      scenario: { type: 'string', multiple: true },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    'assess',
  );
  if (values.help) {
    writeLines(io.stdout, [assessHelp]);
    return 0;
  }
  const asOf = parseDateOption(values['as-of'], 'as-of');
  const today = readToday(io.env);
  const { dir } = resolveDatasetDir(datasetArgument(positionals, 'assess'));
  const loaded = await loadDataset(dir);
  if (!loaded.ok) {
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error').length;
    writeLines(io.stderr, [
      ...loaded.diagnostics.map(formatDiagnostic),
      `${errors} ${errors === 1 ? 'error' : 'errors'} in ${neutralizeText(dir, { singleLine: true })}`,
    ]);
    return 1;
  }
  const result = assess(loaded.dataset, {
    ...(asOf ? { asOf } : {}),
    ...(values.profile ? { profile: values.profile } : {}),
    scenarios: values.scenario ?? [],
  });
  if (!result.ok) {
    const [first, ...others] = result.problems;
    throw new UsageError([first!.message, ...others.map((p) => p.message)].join('; '), first!.hint);
  }
  const freshness = dataFreshness(loaded.dataset.manifest, { today, ...(asOf ? { asOf } : {}) });
  if (values.json) {
    const out = { freshness, assessment: result.assessment, sensitivity: rankSensitivity(result.assessment) };
    io.stdout.write(`${safeJson(out, 2)}\n`);
    return 0;
  }
  writeLines(io.stdout, [
    ...(freshness.warning ? [`warning: ${freshness.warning}`, ''] : []),
    ...readable(result.assessment),
  ]);
  return 0;
}
