import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type BacktestResult,
  type Concordance,
  dataFreshness,
  ERAS,
  formatDiagnostic,
  formatScore,
  loadDataset,
  readOutcomes,
  runBacktest,
  safeJson,
} from '@pledgewatch/core';
import { datasetArgument, parseCommandArgs } from './args.js';
import { type CommandIO, writeLines } from './io.js';
import { readToday } from './today.js';

export const backtestHelp = `Usage: pledgewatch backtest [DIR] [--json]

Assesses every historical case of a backtest folder on the day before its test and
prints each case's credibility (under each profile) beside what happened, then the
concordance: over all pairs of a success (deterred, honoured) and a failure (not
honoured), the share where the success scores higher, ties counting half; mixed
outcomes are shown but left out of the pairs. Overall, before 1945 and from 1945.

DIR holds data/ (a dataset, one guarantee per case) and outcomes.yaml (what happened,
never read by the engine); the default is the bundled history dataset. See
docs/backtest.md.

Options:
  --json     print {freshness, cases, profiles} as JSON; freshness is the dataset's
             cut-off and how old it is today, as in check --json
  -h, --help show this help
PLEDGEWATCH_TODAY=YYYY-MM-DD sets "today" for the freshness.`;

/** `pledgewatch backtest`: scores beside outcomes, and how well they agree. */
export async function runBacktestCommand(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    'backtest',
  );
  if (values.help) {
    writeLines(io.stdout, [backtestHelp]);
    return 0;
  }
  const today = readToday(io.env);
  const given = datasetArgument(positionals, 'backtest');
  const history = given === undefined ? await import('@pledgewatch/dataset-history') : undefined;
  const dataDir = history ? history.datasetDir : join(given!, 'data');
  const outcomesPath = history ? history.outcomesFile : join(given!, 'outcomes.yaml');
  const loaded = await loadDataset(dataDir);
  if (!loaded.ok) {
    writeLines(io.stderr, [...loaded.diagnostics.map(formatDiagnostic), `the dataset in ${dataDir} has errors`]);
    return 1;
  }
  let text: string;
  try {
    text = await readFile(outcomesPath, 'utf8');
  } catch {
    writeLines(io.stderr, [`cannot read ${outcomesPath}: a backtest folder holds data/ and outcomes.yaml`]);
    return 1;
  }
  const outcomes = readOutcomes(text, outcomesPath, loaded.dataset);
  if (!outcomes.ok) {
    writeLines(io.stderr, outcomes.diagnostics.map(formatDiagnostic));
    return 1;
  }
  const result = runBacktest(loaded.dataset, outcomes.outcomes.cases);
  if (values.json) {
    const freshness = dataFreshness(loaded.dataset.manifest, { today });
    io.stdout.write(`${safeJson({ freshness, ...result }, 2)}\n`);
    return 0;
  }
  writeLines(io.stdout, backtestLines(result));
  return 0;
}

const figure = (c: Concordance) => (c.value === undefined ? 'n/a' : c.value.toFixed(2));

function backtestLines(result: BacktestResult): string[] {
  const ids = result.profiles.map((p) => p.profile);
  const width = Math.max(8, ...result.cases.map((c) => c.name.length));
  const header = ['CASE'.padEnd(width), 'AS OF     ', 'OUTCOME     ', ...ids.map((id) => id.padEnd(16))].join('  ');
  const rows = result.cases.map(
    (c) =>
      [
        c.name.padEnd(width),
        c.asOf,
        c.outcome.padEnd(12),
        ...ids.map((id) => {
          const s = c.credibility[id]!;
          return formatScore(s).padEnd(16);
        }),
      ].join('  ') + (c.problem ? `  [${c.problem}]` : ''),
  );
  const figures = result.profiles.map(
    (p) =>
      `  ${p.profile.padEnd(16)}  overall ${figure(p.overall)} (${p.overall.pairs} pairs)  ${ERAS.map((e) => `${e} ${figure(p.byEra[e])} (${p.byEra[e].pairs})`).join('  ')}`,
  );
  return [
    'Credibility on the day before each test (low ‹point› high), beside what happened',
    '',
    header,
    ...rows,
    '',
    'Concordance (success above failure, ties ½; mixed left out):',
    ...figures,
  ];
}
