import type { Assessment, LoadResult } from '@pledgewatch/core';
import type { DashboardSettings } from '../live/settings.js';
import { VIEWS, type ViewId } from '../navigation/keys.js';
import { letInkDrawLive } from '../terminal/live-even-in-ci.js';
import { showLoadingScreen } from '../terminal/loading-screen.js';
import type { ColorDepth } from '../views/theme.js';
import { datasetArgument, parseCommandArgs, UsageError } from './args.js';
import { resolveDatasetDir } from './dataset-dir.js';
import { type CommandIO, writeLines } from './io.js';

export const dashboardHelp = `Usage: pledgewatch [DIR] [options]
       pledgewatch watch [DIR] [options]

Opens the live dashboard on a dataset folder (default: the bundled Ukraine dataset).
It watches the folder: every save shows at once, with what it changed in credibility.
When the output is not a terminal it prints one frame and exits (as --once).

Options:
  --once            print one frame and exit
  --json            print the current assessment snapshot as JSON and exit
  --width N         the frame's width for --once (default: the terminal's, else 100)
  --height N        the frame's height for --once (default: the terminal's, else 40)
  --view NAME       start in a view: ${VIEWS.join(', ')}
  --as-of DATE      assess as of YYYY-MM-DD (default: the dataset's cut-off); a date
                    after the cut-off is shown as a projection of old data
  --profile ID      credibility profile (default: the dataset's, else current-calculus)
  --no-color        no colours (also NO_COLOR=1); symbols carry the meaning
  -h, --help        show this help

Keys: ? in the dashboard lists them all; q quits.
Data older than its freshness window is flagged in the header (PLEDGEWATCH_TODAY=YYYY-MM-DD
sets "today" for that count).`;

const OPTIONS = {
  once: { type: 'boolean' },
  json: { type: 'boolean' },
  width: { type: 'string' },
  height: { type: 'string' },
  view: { type: 'string' },
  'as-of': { type: 'string' },
  profile: { type: 'string' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function sizeOption(value: string | undefined, name: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > 1000) {
    throw new UsageError(`--${name} '${value}' is not a size`, `give a whole number from ${min} to 1000`);
  }
  return n;
}

function viewOption(value: string | undefined): ViewId | undefined {
  if (value === undefined) return undefined;
  if ((VIEWS as readonly string[]).includes(value)) return value as ViewId;
  throw new UsageError(`--view '${value}' is not a view`, `one of: ${VIEWS.join(', ')}`);
}

/** A --profile the dataset does not know is a usage error naming the ones it does. */
export async function checkProfile(result: LoadResult, settings: DashboardSettings): Promise<void> {
  const { profileIds } = await import('../live/settings.js');
  if (result.ok && settings.profile && !profileIds(result.dataset).includes(settings.profile)) {
    throw new UsageError(
      `--profile '${settings.profile}' is not a profile of this dataset`,
      `one of: ${profileIds(result.dataset).join(', ')}`,
    );
  }
}

/** The JSON snapshot `--json` prints: what is on screen, for scripts. */
async function jsonSnapshot(folder: string, settings: DashboardSettings, result: LoadResult) {
  if (!result.ok) return { ok: false, folder, diagnostics: result.diagnostics };
  const { assessState } = await import('../live/settings.js');
  const data = assessState(result.dataset, settings);
  const assessment: Assessment | undefined = data.assessment;
  return {
    ok: true,
    folder,
    dataset: data.dataset.manifest,
    asOf: data.asOf,
    profile: data.profile,
    freshness: data.freshness ?? null,
    commitments: data.snapshot.commitments.map((s) => ({
      id: s.commitment.id,
      guarantee: s.commitment.guarantee,
      guarantor: s.commitment.guarantor,
      capability: s.commitment.capability,
      status: s.status ?? null,
      since: s.began?.date ?? null,
      reconfirmed: s.since && s.began && s.since.date !== s.began.date ? s.since.date : null,
    })),
    assessment: assessment ?? null,
    ...(data.assessmentProblem ? { assessmentProblem: data.assessmentProblem } : {}),
    diagnostics: result.diagnostics,
  };
}

/** `pledgewatch [DIR]`: the live dashboard, or one frame, or the JSON snapshot. */
export async function runDashboard(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, 'watch');
  if (values.help) {
    writeLines(io.stdout, [dashboardHelp]);
    return 0;
  }
  const interactive = !values.json && !values.once && io.stdout.isTTY === true;
  // A person at a terminal sees a frame at once, before core, Ink and the dataset load (they
  // take a second or more on a busy machine); the loading screen is the session's alternate
  // screen, left again before any usage error is printed.
  const loading = interactive ? showLoadingScreen(io) : undefined;
  try {
    const { dir } = resolveDatasetDir(datasetArgument(positionals, 'watch'));
    const { parseDateOption } = await import('./date-option.js');
    const asOf = parseDateOption(values['as-of'], 'as-of');
    const { readToday } = await import('./today.js');
    const width = sizeOption(values.width, 'width', 20);
    const height = sizeOption(values.height, 'height', 5);
    const view = viewOption(values.view);
    const settings: DashboardSettings = { asOf, profile: values.profile, today: readToday(io.env) };
    const color = !values['no-color'] && !io.env.NO_COLOR;
    const { terminalColorDepth } = await import('../terminal/color-depth.js');
    const depth = terminalColorDepth();
    if (loading) {
      loading.say('loading the dataset …');
      letInkDrawLive();
      const { runInteractive } = await import('../terminal/interactive.js');
      return await runInteractive(dir, settings, { color, depth, view, io, screen: loading.screen });
    }
    return await printOnce(dir, settings, { json: values.json === true, width, height, view, color, depth, io });
  } catch (error) {
    loading?.screen.leave();
    throw error;
  }
}

/** `--once`, `--json`, or output that is not a terminal: one frame or the JSON snapshot. */
async function printOnce(
  dir: string,
  settings: DashboardSettings,
  options: {
    json: boolean;
    width?: number;
    height?: number;
    view?: ViewId;
    color: boolean;
    depth?: ColorDepth;
    io: CommandIO;
  },
): Promise<number> {
  const { io, width, height, view, color, depth } = options;
  const { formatDiagnostic, hasErrors, loadDataset, safeJson } = await import('@pledgewatch/core');
  const result = await loadDataset(dir);
  await checkProfile(result, settings);
  if (options.json) {
    io.stdout.write(`${safeJson(await jsonSnapshot(dir, settings, result), 2)}\n`);
    return result.ok ? 0 : 1;
  }
  const { applyLoad, initialLiveState } = await import('../live/live-state.js');
  const live = applyLoad(initialLiveState(dir), result, settings);
  const { renderFrame } = await import('../terminal/frame.js');
  const frame = renderFrame(live, {
    columns: width ?? io.stdout.columns ?? 100,
    rows: height ?? io.stdout.rows ?? 40,
    color,
    depth,
    view: view ?? (live.data ? 'overview' : 'diagnostics'),
  });
  io.stdout.write(`${frame}\n`);
  if (!result.ok || hasErrors(result.diagnostics)) {
    writeLines(io.stderr, result.diagnostics.map(formatDiagnostic));
    return 1;
  }
  return 0;
}
