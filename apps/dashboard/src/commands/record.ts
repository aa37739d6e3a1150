import { join } from 'node:path';
import {
  formatDiagnostic,
  neutralizeText,
  type RecordRequest,
  type RecordResult,
  recordFact,
  safeJson,
} from '@pledgewatch/core';
import { readDatasetFolder } from '@pledgewatch/core/loading';
import { FileChangedMeanwhile, replaceFileAtomically, unifiedDiff } from '../record/record-file.js';
import { type OptionSpec, parseCommandArgs, UsageError } from './args.js';
import { resolveDatasetDir } from './dataset-dir.js';
import { type CommandIO, writeLines } from './io.js';

const COMMON = `  --dir DIR      the dataset folder (default: the bundled Ukraine dataset)
  --dry-run      print the change as a diff and write nothing
  --json         print {ok, id, file, summary, warnings} (or the problem) as JSON
  -h, --help     show this help`;

const EXIT = `Nothing is written unless the whole dataset still passes \`pledgewatch check\`.
Exit codes: 0 recorded, 1 it would break the dataset (the problems are listed), 2 a wrong option or name.`;

interface Subcommand {
  usage: string;
  about: string;
  options: OptionSpec;
  optionHelp: string;
  positionals: string[];
  request: (values: Record<string, string | boolean | undefined>, positionals: string[]) => RecordRequest;
}

const str = (v: string | boolean | undefined) => (typeof v === 'string' ? v : undefined);

function required(values: Record<string, string | boolean | undefined>, name: string, sub: string): string {
  const value = str(values[name]);
  if (value === undefined) throw new UsageError(`--${name} is required`, `run \`pledgewatch record ${sub} --help\``);
  return value;
}

const DATED = { date: { type: 'string' }, source: { type: 'string' }, note: { type: 'string' } } as const;
const DATED_HELP = `  --date DATE    the day it happened (YYYY-MM-DD)
  --source S     the source that says so: its id or unambiguous words of its title or outlet
  --note TEXT    a short note (optional)`;

const SUBCOMMANDS: Record<string, Subcommand> = {
  status: {
    usage: 'pledgewatch record status COMMITMENT STATUS --date DATE --source S [--note TEXT] [--scale SCALE]',
    about:
      'Adds a dated status to a commitment\'s history (in date order), e.g.\n  pledgewatch record status "uk ground" deploying --date 2026-03-02 --source reuters-2026-03-02',
    options: { ...DATED, scale: { type: 'string' } },
    optionHelp: `${DATED_HELP}\n  --scale SCALE  also set the commitment's scale: 'unknown', '3000 troops', '1000-9999 troops'`,
    positionals: ['COMMITMENT', 'STATUS'],
    request: (v, [commitment, status]) => ({
      kind: 'status',
      commitment: commitment!,
      status: status!,
      date: required(v, 'date', 'status'),
      source: required(v, 'source', 'status'),
      note: str(v.note),
      scale: str(v.scale),
    }),
  },
  source: {
    usage: 'pledgewatch record source --title T --outlet O --date DATE --grade B2 [--url URL] [--kind KIND]',
    about: 'Adds a source; its id is made of the outlet and the date (shown when recorded).',
    options: {
      title: { type: 'string' },
      outlet: { type: 'string' },
      date: { type: 'string' },
      grade: { type: 'string' },
      url: { type: 'string' },
      kind: { type: 'string' },
      author: { type: 'string' },
      id: { type: 'string' },
      note: { type: 'string' },
    },
    optionHelp: `  --title T      the headline or title
  --outlet O     who published it (the outlet actually read)
  --date DATE    publication date: YYYY-MM-DD, YYYY-MM or YYYY
  --grade B2     Admiralty grade: reliability A–F, credibility 1–6
  --url URL      where it can be read (optional)
  --kind KIND    official-text, official-statement, news-report (default), analysis, leak, dataset
  --author A     (optional)   --id ID  choose the id yourself   --note TEXT (optional)`,
    positionals: [],
    request: (v) => ({
      kind: 'source',
      title: required(v, 'title', 'source'),
      outlet: required(v, 'outlet', 'source'),
      date: required(v, 'date', 'source'),
      grade: required(v, 'grade', 'source'),
      url: str(v.url),
      sourceKind: str(v.kind),
      author: str(v.author),
      id: str(v.id),
      note: str(v.note),
    }),
  },
  stance: {
    usage: 'pledgewatch record stance POSITION STANCE --date DATE --source S [--quote TEXT] [--note TEXT]',
    about: "Adds a dated stance to an actor's position (supports, conditional, opposes, rejects, demands-veto).",
    options: { ...DATED, quote: { type: 'string' } },
    optionHelp: `${DATED_HELP}\n  --quote TEXT   the words used (optional)`,
    positionals: ['POSITION', 'STANCE'],
    request: (v, [position, stance]) => ({
      kind: 'stance',
      position: position!,
      stance: stance!,
      date: required(v, 'date', 'stance'),
      source: required(v, 'source', 'stance'),
      quote: str(v.quote),
      note: str(v.note),
    }),
  },
  answer: {
    usage: 'pledgewatch record answer QUESTION ANSWER --date DATE --source S [--partly] [--note TEXT]',
    about: 'Records that one of an open question\'s answers now holds (status "answered").',
    options: { ...DATED, partly: { type: 'boolean' } },
    optionHelp: `${DATED_HELP}\n  --partly       the question is only partly answered`,
    positionals: ['QUESTION', 'ANSWER'],
    request: (v, [question, answer]) => ({
      kind: 'answer',
      question: question!,
      answer: answer!,
      date: required(v, 'date', 'answer'),
      source: required(v, 'source', 'answer'),
      note: str(v.note),
      partly: v.partly === true,
    }),
  },
  commitment: {
    usage:
      'pledgewatch record commitment GUARANTEE GUARANTOR CAPABILITY STATUS --date DATE --source S [--scale S] [--location L]',
    about: "Adds a new commitment with its first status, beside the guarantor's other commitments to the guarantee.",
    options: {
      ...DATED,
      scale: { type: 'string' },
      location: { type: 'string' },
      description: { type: 'string' },
      id: { type: 'string' },
    },
    optionHelp: `${DATED_HELP.split('\n').slice(0, 2).join('\n')}
  --scale SCALE  'unknown', '3000 troops', '1000-9999 troops' (optional)
  --location L   beneficiary-territory, neighbouring-state, offshore, home, unknown (optional)
  --description TEXT (optional)   --id ID  choose the id yourself`,
    positionals: ['GUARANTEE', 'GUARANTOR', 'CAPABILITY', 'STATUS'],
    request: (v, [guarantee, guarantor, capability, status]) => ({
      kind: 'commitment',
      guarantee: guarantee!,
      guarantor: guarantor!,
      capability: capability!,
      status: status!,
      date: required(v, 'date', 'commitment'),
      source: required(v, 'source', 'commitment'),
      scale: str(v.scale),
      location: str(v.location),
      description: str(v.description),
      id: str(v.id),
    }),
  },
};

export const recordHelp = `Usage: pledgewatch record SUBCOMMAND … [--dir DIR] [--dry-run]

Adds one fact to a dataset without editing YAML by hand. The fact goes into the file where
its entity lives; comments, key order, quoting and layout stay as they were. Names may be ids
or unambiguous words ("uk ground"); an ambiguous name lists the candidates.

Subcommands:
${Object.entries(SUBCOMMANDS)
  .map(([name, s]) => `  ${name.padEnd(11)} ${s.about.split('\n')[0]}`)
  .join('\n')}

Run \`pledgewatch record SUBCOMMAND --help\` for its options.
${EXIT}`;

function subcommandHelp(s: Subcommand): string {
  return `Usage: ${s.usage} [--dir DIR] [--dry-run]\n\n${s.about}\n\nOptions:\n${s.optionHelp}\n${COMMON}\n\n${EXIT}`;
}

const text = (s: string) => neutralizeText(s, { singleLine: true });

function reportRefusal(result: Extract<RecordResult, { ok: false }>, io: CommandIO): number {
  const { problem } = result;
  const lines = [
    ...result.diagnostics.map(formatDiagnostic),
    `pledgewatch record: ${text(problem.message)}`,
    ...(problem.candidates ?? []).map((c) => `  ${text(c.id)}  ${text(c.label)}`),
    ...(problem.hint ? [`  ${text(problem.hint)}`] : []),
  ];
  writeLines(io.stderr, lines);
  return problem.code === 'would-break' || problem.code === 'dataset-invalid' ? 1 : 2;
}

/** `pledgewatch record …`: validate, then write the one changed file atomically (or print the diff). */
export async function runRecord(argv: string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    writeLines(io.stdout, [recordHelp]);
    return name === undefined ? 2 : 0;
  }
  const sub = Object.hasOwn(SUBCOMMANDS, name) ? SUBCOMMANDS[name]! : undefined;
  if (!sub) {
    throw new UsageError(`unknown record subcommand '${name}'`, `one of: ${Object.keys(SUBCOMMANDS).join(', ')}`);
  }
  const options = {
    ...sub.options,
    dir: { type: 'string' },
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  } as const satisfies OptionSpec;
  const { values, positionals } = parseCommandArgs(rest, options, `record ${name}`);
  if (values.help) {
    writeLines(io.stdout, [subcommandHelp(sub)]);
    return 0;
  }
  if (positionals.length !== sub.positionals.length) {
    throw new UsageError(
      `record ${name} takes ${sub.positionals.length ? sub.positionals.join(' ') : 'no names'}, got ${positionals.length ? positionals.join(' ') : 'nothing'}`,
      sub.usage,
    );
  }
  const request = sub.request(values as Record<string, string | boolean | undefined>, positionals);
  return record(request, values, io);
}

async function record(
  request: RecordRequest,
  values: { dir?: string; 'dry-run'?: boolean; json?: boolean },
  io: CommandIO,
): Promise<number> {
  const { dir } = resolveDatasetDir(values.dir);
  const read = await readDatasetFolder(dir);
  if (read.diagnostics.length > 0) {
    writeLines(io.stderr, [...read.diagnostics.map(formatDiagnostic), `pledgewatch record: cannot read ${dir}`]);
    return 1;
  }
  const result = recordFact(read.files, request);
  if (values.json) io.stdout.write(`${safeJson(jsonOf(result), 2)}\n`);
  if (!result.ok) return values.json ? exitOf(result) : reportRefusal(result, io);
  if (values['dry-run']) {
    if (!values.json) writeLines(io.stdout, [unifiedDiff(result.edit.file, result.edit.before, result.edit.after)]);
    return 0;
  }
  try {
    await replaceFileAtomically(join(dir, result.edit.file), result.edit.before, result.edit.after);
  } catch (error) {
    if (!(error instanceof FileChangedMeanwhile)) throw error;
    writeLines(io.stderr, [`pledgewatch record: ${error.message}; nothing was written — run it again`]);
    return 1;
  }
  if (!values.json) {
    writeLines(io.stdout, [
      `recorded: ${text(result.summary)}`,
      `  in ${text(result.edit.file)}${request.kind === 'source' ? ` — cite it as ${result.id}` : ''}`,
      ...result.warnings.map(formatDiagnostic),
    ]);
  }
  return 0;
}

function exitOf(result: Extract<RecordResult, { ok: false }>): number {
  return result.problem.code === 'would-break' || result.problem.code === 'dataset-invalid' ? 1 : 2;
}

function jsonOf(result: RecordResult) {
  if (!result.ok) return { ok: false, problem: result.problem, diagnostics: result.diagnostics };
  return { ok: true, id: result.id, file: result.edit.file, summary: result.summary, warnings: result.warnings };
}
