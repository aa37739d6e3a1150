#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { HELP, parseBriefArgs, UsageError } from './args.js';
import { completedWrites, installInterruptCleanup, ReadOnlyTarget, writeFileAtomic } from './write-atomic.js';

/**
 * `pledgewatch-brief`: load → assess → build the content → lay out → write atomically.
 * Heavy modules (core's loader, pdfkit) load only after the arguments are understood, so
 * `--help` and usage errors answer at once.
 */

export interface BriefIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  cwd: string;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function say(stream: NodeJS.WritableStream, lines: string[]): void {
  stream.write(`${lines.join('\n')}\n`);
}

/**
 * With PLEDGEWATCH_DEBUG set, each stage is said on stderr as it begins, with the time since
 * the process started: where a slow briefing spends its time, and a state tests can wait for.
 */
function stages(io: BriefIO): (name: string) => void {
  if (!process.env.PLEDGEWATCH_DEBUG) return () => undefined;
  return (name) => say(io.stderr, [`pledgewatch-brief: ${name} (${Math.round(performance.now())} ms)`]);
}

export async function main(argv: string[], io: BriefIO): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      // A usage error may quote what was typed: shown through the one sanitiser, never raw
      // (core loaded only here, so that --help and a clean start stay fast).
      const { neutralizeText } = await import('@pledgewatch/core');
      const shown = (text: string) => neutralizeText(text, { singleLine: true });
      say(io.stderr, [`pledgewatch-brief: ${shown(error.message)}`, ...(error.hint ? [`  ${shown(error.hint)}`] : [])]);
      return 2;
    }
    throw error;
  }
}

async function run(argv: string[], io: BriefIO): Promise<number> {
  const args = parseBriefArgs(argv);
  if (args.help) {
    say(io.stdout, [HELP]);
    return 0;
  }
  if (args.version) {
    say(io.stdout, [version()]);
    return 0;
  }
  const stage = stages(io);
  stage('loading');
  const core = await import('@pledgewatch/core');
  const since = await import('./since/since-baseline.js');
  const sinceDate = args.since !== undefined && since.looksLikeDate(args.since) ? args.since : undefined;
  const dates = (await import('./date-options.js')).readDateOptions({ ...args, since: sinceDate });
  const dir = args.dir ?? (await import('@pledgewatch/dataset-ukraine')).datasetDir;
  const loaded = await core.loadDataset(dir);
  if (!loaded.ok) {
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error').length;
    say(io.stderr, [
      ...loaded.diagnostics.map(core.formatDiagnostic),
      `${errors} ${errors === 1 ? 'error' : 'errors'} in ${core.neutralizeText(dir, { singleLine: true })}: no briefing written`,
    ]);
    return 1;
  }
  const dataset = loaded.dataset;
  const resolved = await since.resolveSince(args, dir, io.cwd);
  if (resolved.kind === 'broken') {
    say(io.stderr, [
      ...resolved.diagnostics.map(core.formatDiagnostic),
      `${resolved.label} does not load: no briefing written`,
    ]);
    return 1;
  }
  const baseline = resolved.kind === 'baseline' ? resolved.baseline : undefined;
  const today = core.todayFrom(process.env, new Date());
  if (!today.ok) throw new UsageError(today.problem);
  const asOf = dates.asOf ?? dataset.manifest.asOf;
  if (dates.since && dates.since >= asOf)
    throw new UsageError(`--since ${dates.since} must be before the as-of date ${asOf}`);

  const { composeBriefing } = await import('./compose.js');
  stage('composing');
  const composed = composeBriefing(dataset, {
    asOf,
    standard: args.standard,
    ...(dates.since ? { since: dates.since } : {}),
    ...(baseline ? { baseline } : {}),
    ...(args.profile ? { profile: args.profile } : {}),
    ...(args.scenarios ? { scenarios: args.scenarios } : {}),
    ...(args.marking !== undefined ? { marking: args.marking } : {}),
    today: today.today,
  });
  if (!composed.ok) {
    const [first, ...rest] = composed.problems;
    throw new UsageError(
      [first!.message, ...rest.map((p) => p.message)].join('; '),
      composed.problems.find((p) => p.hint)?.hint,
    );
  }
  if (args.format === 'md') {
    stage('writing Markdown');
    const markdown = core.renderBriefingMarkdown(composed.briefing);
    if (args.output === undefined || args.output === '-') {
      io.stdout.write(markdown);
      return 0;
    }
    const target = resolve(io.cwd, args.output);
    await writeOrExplain(target, Buffer.from(markdown, 'utf8'));
    say(io.stderr, [`wrote ${target} (${composed.briefing.documentId}, Markdown)`]);
    return 0;
  }
  const { renderBriefing } = await import('./render.js');
  stage('laying out');
  const bytes = await renderBriefing(composed.briefing, {
    paper: args.paper,
    pdfa: args.pdfa,
    // The canonical JSON is only attached under --pdfa; building it costs a full serialisation.
    ...(args.pdfa ? { snapshotJson: core.datasetSnapshotJson(dataset) } : {}),
  });
  stage('writing');
  if (args.output === '-') {
    io.stdout.write(bytes);
    return 0;
  }
  const target = resolve(io.cwd, args.output ?? `${dataset.manifest.id}-briefing-${asOf}.pdf`);
  await writeOrExplain(target, bytes);
  say(io.stderr, [`wrote ${target} (${composed.briefing.documentId}, ${Math.round(bytes.length / 1024)} KB)`]);
  return 0;
}

async function writeOrExplain(target: string, bytes: Buffer): Promise<void> {
  try {
    await writeFileAtomic(target, bytes);
  } catch (error) {
    if (error instanceof ReadOnlyTarget) {
      throw new UsageError(
        `${target} is read-only; it was kept as it is and no briefing was written`,
        'make it writable (chmod u+w) or choose another file with --output',
      );
    }
    const reason =
      error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : String(error);
    throw new UsageError(`cannot write ${target} (${reason})`, 'is the folder there and writable?');
  }
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!);
/** Runs the command line as the process: exit code, EPIPE and internal errors handled. */
export function runAsProgram(): void {
  // An interrupt that arrives once the briefing is renamed into place changes nothing: the
  // user has the whole file, so the process says so and exits 0 (see write-atomic.ts). Until
  // the first temporary file is made, an interrupt ends the process by its default action, at
  // once, even in the middle of long synchronous work.
  installInterruptCleanup((code) => {
    const written = completedWrites().at(-1);
    if (code === 0 && written) process.stderr.write(`wrote ${written} (complete before the interrupt)\n`);
  });
  // `pledgewatch-brief -o - | head -c 100`: the reader has gone, so there is no one left to tell;
  // stop quietly and successfully, as `cat` does, instead of an unhandled EPIPE stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `pledgewatch-brief: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      if (process.env.PLEDGEWATCH_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
      process.stderr.write('  please report it with the command you ran (set PLEDGEWATCH_DEBUG=1 for details)\n');
      process.exitCode = 70;
    },
  );
}

// Run directly (`node dist/cli.js …`, as the tests and benchmarks do); the committed bin
// launcher (bin/) imports this module and calls runAsProgram itself.
if (invokedDirectly) runAsProgram();
