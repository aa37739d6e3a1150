#!/usr/bin/env node
import { existsSync, readFileSync } from 'node:fs';
import { UsageError } from './commands/args.js';
import { type CommandIO, processIO, writeLines } from './commands/io.js';

/**
 * The `pledgewatch` command line. Each subcommand lives in commands/ and is imported only
 * when it runs, so `--help`, `check` and `--json` never pay for Ink and React.
 */

type Command = { summary: string; run: (argv: string[], io: CommandIO) => Promise<number> };

const COMMANDS: Record<string, Command> = {
  watch: {
    summary: 'open the live dashboard (the default command)',
    run: async (argv, io) => (await import('./commands/dashboard.js')).runDashboard(argv, io),
  },
  check: {
    summary: 'validate a dataset and list every problem with file:line:col',
    run: async (argv, io) => (await import('./commands/check.js')).runCheck(argv, io),
  },
  assess: {
    summary: 'score every guarantee: credibility and viability as ranges, and what moves them',
    run: async (argv, io) => (await import('./commands/assess.js')).runAssess(argv, io),
  },
  backtest: {
    summary: 'score historical guarantees on the day before their test, beside what happened (concordance)',
    run: async (argv, io) => (await import('./commands/backtest.js')).runBacktestCommand(argv, io),
  },
  record: {
    summary: 'add a fact (a status, source, stance, answer, commitment) without editing YAML by hand',
    run: async (argv, io) => (await import('./commands/record.js')).runRecord(argv, io),
  },
  diff: {
    summary: 'review a change by its effect: changed facts, scores before and after, rules that moved',
    run: async (argv, io) => (await import('./commands/diff.js')).runDiff(argv, io),
  },
};

/** The subcommand used when none is named. */
const DEFAULT_COMMAND = 'watch';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length));
  return [
    'Usage: pledgewatch [COMMAND] [DIR] [options]',
    '',
    'Tracks security guarantees: who has promised what to whom, under which conditions,',
    'how credible it is, and what is still unknown. DIR is a dataset folder (default: the',
    'bundled Ukraine dataset).',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  -h, --help     show help (also: pledgewatch COMMAND --help)',
    '  -v, --version  show the version',
    '',
    'Exit codes: 0 ok, 1 the data has errors, 2 the command was called wrongly.',
  ].join('\n');
}

export async function main(argv: string[], io: CommandIO = processIO()): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-v') {
    writeLines(io.stdout, [version()]);
    return 0;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    writeLines(io.stdout, [help()]);
    return 0;
  }
  const named = first !== undefined && Object.hasOwn(COMMANDS, first);
  const command = named ? COMMANDS[first]! : COMMANDS[DEFAULT_COMMAND]!;
  try {
    if (!named && first !== undefined) await refuseMistypedCommand(first);
    return await command.run(named ? rest : argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      // A usage error may quote what was typed: shown through the one sanitiser, never raw
      // (core loaded only here, so that --help and a clean start stay fast).
      const { neutralizeText } = await import('@pledgewatch/core');
      const shown = (text: string) => neutralizeText(text, { singleLine: true });
      writeLines(io.stderr, [
        `pledgewatch: ${shown(error.message)}`,
        ...(error.hint ? [`  ${shown(error.hint)}`] : []),
      ]);
      return 2;
    }
    throw error;
  }
}

/**
 * `pledgewatch chek` would otherwise open the dashboard on a folder named "chek" and report
 * that it does not exist. A first argument that is no path but a typo away from a command
 * name is taken for the command it nearly is.
 */
async function refuseMistypedCommand(first: string): Promise<void> {
  if (first.startsWith('-') || existsSync(first)) return;
  const { nearestWord } = await import('@pledgewatch/core/loading');
  const meant = nearestWord(first, [...Object.keys(COMMANDS), 'help']);
  if (meant) {
    throw new UsageError(
      `unknown command '${first}' — did you mean '${meant}'?`,
      'run `pledgewatch --help` for the commands',
    );
  }
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!);
/** Runs the command line as the process: exit code, EPIPE and internal errors handled. */
export function runAsProgram(): void {
  // `pledgewatch --json | head -1`: the reader has gone, so there is no one left to tell; stop
  // quietly and successfully, as `cat` and `grep` do, instead of an unhandled EPIPE stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // A bug, not a user mistake: say so plainly; the stack only on request.
      process.stderr.write(`pledgewatch: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      if (process.env.PLEDGEWATCH_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
      process.stderr.write('  please report it with the command you ran (set PLEDGEWATCH_DEBUG=1 for details)\n');
      process.exitCode = 70;
    },
  );
}

// Run directly (`node dist/cli.js …`, as the tests and benchmarks do); the committed bin
// launcher (bin/) imports this module and calls runAsProgram itself.
if (invokedDirectly) runAsProgram();
