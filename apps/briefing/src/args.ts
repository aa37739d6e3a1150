import { parseArgs } from 'node:util';
import type { EstimativeStandard } from '@pledgewatch/core';
import type { Paper } from './render.js';

/**
 * The command line of `pledgewatch-brief`, parsed into options or a {@link UsageError}.
 * The shape follows apps/dashboard/src/commands/args.ts (a copy of its two small helpers: the apps
 * share no package but core, and this is terminal plumbing, not domain logic).
 */

/** A mistake in how the command was called: one line and exit code 2, never a stack trace. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

export interface BriefArgs {
  help: boolean;
  version: boolean;
  dir?: string;
  /** A path, '-' for standard output, or undefined for the default name. */
  output?: string;
  asOf?: string;
  since?: string;
  /** An earlier PDF/A briefing whose attached dataset "what changed" compares with. */
  sinceBriefing?: string;
  profile?: string;
  scenarios?: string[];
  standard: EstimativeStandard;
  /** pdf (default) or md: the same content as Markdown. */
  format: 'pdf' | 'md';
  paper: Paper;
  marking?: string;
  pdfa: boolean;
}

export const HELP = `Usage: pledgewatch-brief [DIR] [options]

Prints a briefing of a security-guarantee dataset: a two-page core (bottom line,
key judgments, how to read the scores, the scores at a glance, base rates, what to
watch; what changed first with --since), then annexes (the guarantees and their
commitments, all judgments, open questions, how each score is built, scenarios,
timeline), numbered sources and method. As a PDF, or the same content as Markdown.
DIR is a dataset folder (default: the bundled Ukraine dataset).

Options:
  -o, --output FILE     write here ('-' for standard output); default for a PDF:
                        <dataset>-briefing-<as-of>.pdf in the current folder;
                        for Markdown: standard output
      --format FORMAT   pdf (default) or md (Markdown: for wikis, e-mail, diffs)
      --as-of DATE      assess as of this date (default: the data cut-off)
      --since DATE|REV  add "what changed" since this earlier date, or since the
                        dataset at this git revision (a commit, branch or tag)
      --since-briefing PDF  add "what changed" since an earlier briefing made with
                        --pdfa (it carries its dataset; no git needed)
      --profile ID      credibility profile (default: the dataset's, else current-calculus)
      --scenario ID     a scenario to set beside the baseline (repeatable;
                        default: every scenario in the dataset)
      --standard NAME   estimative language: icd203 (default) or phia
      --paper SIZE      a4 (default) or letter
      --marking TEXT    marking line (default: the dataset's, else UNCLASSIFIED // OPEN SOURCE)
      --pdfa            PDF/A-3b with the dataset attached as JSON
  -h, --help            show this help
  -v, --version         show the version

Exit codes: 0 written, 1 the data has errors (nothing written), 2 the command was
called wrongly.`;

function oneOf<T extends string>(value: string | undefined, name: string, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} '${value}' is not one of ${allowed.join(', ')}`);
}

export function parseBriefArgs(argv: string[]): BriefArgs {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    const message = (error instanceof Error ? error.message.split('\n')[0]! : String(error)).split('. ')[0]!;
    throw new UsageError(
      message.replace(/^Unknown option/, 'unknown option'),
      'run `pledgewatch-brief --help` for the options',
    );
  }
  const { values: v, positionals } = parsed;
  if (positionals.length > 1) {
    throw new UsageError(`expected at most one dataset folder, got ${positionals.length}: ${positionals.join(' ')}`);
  }
  // --as-of and --since are read as dates by date-options.ts, once core is loaded.
  const asOf = v['as-of'];
  const since = v.since;
  return {
    help: v.help ?? false,
    version: v.version ?? false,
    ...(positionals[0] !== undefined ? { dir: positionals[0] } : {}),
    ...(v.output !== undefined ? { output: v.output } : {}),
    // An empty value is a value: '' reaches the date reader and is refused, never ignored.
    ...(asOf !== undefined ? { asOf } : {}),
    ...(since !== undefined ? { since } : {}),
    ...(v['since-briefing'] !== undefined ? { sinceBriefing: v['since-briefing'] } : {}),
    ...(v.profile !== undefined ? { profile: v.profile } : {}),
    ...(v.scenario !== undefined ? { scenarios: v.scenario } : {}),
    standard: oneOf(v.standard, 'standard', ['icd203', 'phia'] as const, 'icd203'),
    format: oneOf(v.format, 'format', ['pdf', 'md'] as const, 'pdf'),
    paper: oneOf(v.paper, 'paper', ['a4', 'letter'] as const, 'a4'),
    ...(v.marking !== undefined ? { marking: v.marking } : {}),
    pdfa: v.pdfa ?? false,
  };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      output: { type: 'string', short: 'o' },
      'as-of': { type: 'string' },
      since: { type: 'string' },
      'since-briefing': { type: 'string' },
      profile: { type: 'string' },
      scenario: { type: 'string', multiple: true },
      standard: { type: 'string' },
      format: { type: 'string' },
      paper: { type: 'string' },
      marking: { type: 'string' },
      pdfa: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}
