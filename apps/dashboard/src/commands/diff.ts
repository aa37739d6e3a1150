import { statSync } from 'node:fs';
import {
  buildDataset,
  compareDatasets,
  type DatasetText,
  type Diagnostic,
  dataFreshness,
  formatDiagnostic,
  hasErrors,
  type LoadResult,
  readDatasetAtRevision,
  safeJson,
} from '@pledgewatch/core';
import { readDatasetFolder } from '@pledgewatch/core/loading';
import { parseCommandArgs, UsageError } from './args.js';
import { formatDiffMarkdown, formatDiffText } from './diff-format.js';
import { type CommandIO, writeLines } from './io.js';
import { readToday } from './today.js';

export const diffHelp = `Usage: pledgewatch diff [DIR] [REV_A] [REV_B] [--format text|md] [--json]
       pledgewatch diff OLD_DIR NEW_DIR

Reviews a change to a dataset by what it does: every changed fact with its source, each
guarantee's credibility and viability before and after (low ‹point› high), and the rules
whose contributions moved.

  DIR     the dataset folder (default: the current folder)
  REV_A   the revision before (default: HEAD)
  REV_B   the revision after (default: the working tree, as it is on disk)
Revisions are read with your git, straight from the repository: nothing is checked out.
Two folders compare as they are on disk.

Examples:
  pledgewatch diff                               HEAD against your uncommitted edits
  pledgewatch diff data origin/main HEAD --format md   a pull request, as a Markdown comment

Options:
  --format F    text (default) or md (Markdown, for a pull-request comment)
  --json        print {freshness, before, after, facts, guarantees, rules} as JSON;
                freshness is the after side's cut-off and how old it is today (as in
                check --json), and before.freshness the same for the before side
  --profile ID  assess both sides under this profile (default: each dataset's own)
  -h, --help    show this help

Exit codes: 0 compared, 1 a side does not load (its problems are listed), 2 a wrong option,
no git, no repository or no such revision. PLEDGEWATCH_TODAY=YYYY-MM-DD sets "today".`;

type SideSpec = { kind: 'folder'; dir: string } | { kind: 'revision'; dir: string; revision: string };

const isFolder = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** DIR, REV_A and REV_B from the positionals: a folder is a folder, anything else a revision. */
export function diffSides(positionals: string[]): [SideSpec, SideSpec] {
  if (positionals.length > 3) throw new UsageError('too many arguments', 'pledgewatch diff [DIR] [REV_A] [REV_B]');
  const [first, second, third] = positionals;
  if (first !== undefined && second !== undefined && third === undefined && isFolder(first) && isFolder(second)) {
    return [
      { kind: 'folder', dir: first },
      { kind: 'folder', dir: second },
    ];
  }
  const dirGiven = first !== undefined && (isFolder(first) || positionals.length === 3);
  const dir = dirGiven ? first! : '.';
  const [a = 'HEAD', b] = dirGiven ? [second, third] : [first, second];
  return [
    { kind: 'revision', dir, revision: a },
    b === undefined ? { kind: 'folder', dir } : { kind: 'revision', dir, revision: b },
  ];
}

interface LoadedSide {
  label: string;
  result: LoadResult;
  readDiagnostics: Diagnostic[];
}

async function loadSide(spec: SideSpec, folderPair: boolean): Promise<LoadedSide> {
  let texts: DatasetText[];
  let readDiagnostics: Diagnostic[];
  let label: string;
  if (spec.kind === 'folder') {
    const read = await readDatasetFolder(spec.dir);
    [texts, readDiagnostics, label] = [read.files, read.diagnostics, folderPair ? spec.dir : 'working tree'];
  } else {
    const read = await readDatasetAtRevision(spec.dir, spec.revision);
    if (!read.ok) throw new UsageError(read.problem.message, read.problem.hint);
    const short = read.commit;
    [texts, readDiagnostics] = [read.files, read.diagnostics];
    label = spec.revision === short || short.startsWith(spec.revision) ? short : `${spec.revision} (${short})`;
  }
  return { label, result: buildDataset(texts, { folderLabel: '.' }), readDiagnostics };
}

function problemsOf(side: LoadedSide): Diagnostic[] {
  return [...side.readDiagnostics, ...side.result.diagnostics].filter((d) => d.severity === 'error');
}

/** `pledgewatch diff`: compare two states of a dataset and print what the change does. */
export async function runDiff(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      format: { type: 'string' },
      json: { type: 'boolean' },
      profile: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    'diff',
  );
  if (values.help) {
    writeLines(io.stdout, [diffHelp]);
    return 0;
  }
  const today = readToday(io.env);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'md') throw new UsageError(`unknown --format '${format}'`, 'text or md');
  const specs = diffSides(positionals);
  const folderPair = specs[0].kind === 'folder';
  const sides = [await loadSide(specs[0], folderPair), await loadSide(specs[1], folderPair)] as const;
  const broken = sides.filter((s) => !s.result.ok || hasErrors(s.readDiagnostics));
  if (broken.length > 0) {
    for (const side of broken) {
      const problems = problemsOf(side);
      writeLines(io.stderr, [
        `${side.label} does not load (${problems.length} ${problems.length === 1 ? 'error' : 'errors'}):`,
        ...problems.map((d) => `  ${formatDiagnostic(d)}`),
      ]);
    }
    return 1;
  }
  const [before, after] = sides.map((s) => s.result.dataset!);
  const compared = compareDatasets(before!, after!, values.profile ? { profile: values.profile } : {});
  if (!compared.ok)
    throw new UsageError(compared.problems.map((p) => p.message).join('; '), compared.problems[0]?.hint);
  const labels = { before: sides[0].label, after: sides[1].label };
  if (values.json) {
    const { comparison } = compared;
    const [beforeFreshness, afterFreshness] = [before!, after!].map((d) => dataFreshness(d.manifest, { today }));
    const out = {
      freshness: afterFreshness,
      before: { label: labels.before, asOf: comparison.before.asOf, freshness: beforeFreshness },
      after: { label: labels.after, asOf: comparison.after.asOf },
      facts: comparison.facts,
      guarantees: comparison.guarantees,
      rules: comparison.rules,
    };
    io.stdout.write(`${safeJson(out, 2)}\n`);
    return 0;
  }
  writeLines(
    io.stdout,
    format === 'md' ? formatDiffMarkdown(compared.comparison, labels) : formatDiffText(compared.comparison, labels),
  );
  return 0;
}
