import {
  dataFreshness,
  formatDiagnostic,
  formatFollowers,
  groupKnockOnDiagnostics,
  hasErrors,
  loadDataset,
  neutralizeText,
  safeJson,
  summarizeDataset,
} from '@pledgewatch/core/loading';
import { datasetArgument, parseCommandArgs } from './args.js';
import { resolveDatasetDir } from './dataset-dir.js';
import { type CommandIO, writeLines } from './io.js';
import { readToday } from './today.js';

export const checkHelp = `Usage: pledgewatch check [DIR] [--json]

Validates a dataset folder (default: the bundled Ukraine dataset).
Exit 0 and a one-line summary naming the data cut-off when it is valid; exit 1
and every problem as
  file:line:col  message  (hint)
when it is not. Errors that follow from another (references to ids a file that
could not be read may define) are listed under it, by id, not as mistakes of
their own. Data older than its freshness window (the manifest's
freshForDays, default 30 days) is reported as a warning; the exit code is
unchanged. PLEDGEWATCH_TODAY=YYYY-MM-DD sets "today" for that count.

Options:
  --json     print {ok, summary, freshness, diagnostics} as JSON
  -h, --help show this help`;

/** `pledgewatch check`: validate a dataset, print every diagnostic, exit 0/1. */
export async function runCheck(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    'check',
  );
  if (values.help) {
    writeLines(io.stdout, [checkHelp]);
    return 0;
  }
  const today = readToday(io.env);
  const { dir } = resolveDatasetDir(datasetArgument(positionals, 'check'));
  const result = await loadDataset(dir);
  const freshness = result.ok ? dataFreshness(result.dataset.manifest, { today }) : undefined;
  if (values.json) {
    const out = {
      ok: result.ok,
      folder: dir,
      summary: result.ok ? summarizeDataset(result.dataset) : undefined,
      freshness,
      errors: result.diagnostics.filter((d) => d.severity === 'error').length,
      warnings: result.diagnostics.filter((d) => d.severity === 'warning').length,
      diagnostics: result.diagnostics,
    };
    io.stdout.write(`${safeJson(out, 2)}\n`);
    return result.ok ? 0 : 1;
  }
  if (result.ok && freshness) {
    writeLines(io.stdout, [
      ...result.diagnostics.map(formatDiagnostic),
      `ok: ${summarizeDataset(result.dataset)}`,
      freshness.warning
        ? `warning: ${freshness.warning}`
        : `${freshness.summary} (fresh for ${freshness.freshForDays} days)`,
    ]);
    return 0;
  }
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  // An error that makes a file unreadable comes with the references that fail because of it
  // grouped under it, not as mistakes of their own with hints to fix the wrong thing.
  const groups = groupKnockOnDiagnostics(result.diagnostics);
  const following = groups.reduce((n, g) => n + g.followers.length, 0);
  const because = following
    ? ` (${following} of them follow from ${errors - following === 1 ? 'the first' : 'others'})`
    : '';
  writeLines(io.stderr, [
    ...groups.flatMap((g) => [
      formatDiagnostic(g.cause),
      ...formatFollowers(g).map((l) => neutralizeText(l, { singleLine: true })),
    ]),
    `${errors} ${errors === 1 ? 'error' : 'errors'}${because} in ${neutralizeText(dir, { singleLine: true })}${hasErrors(result.diagnostics) ? '' : ' (see above)'}`,
  ]);
  return 1;
}
