import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brief, readPdf } from './support/briefing.js';

/**
 * Issue 12: data older than its freshness window is said plainly wherever a reader meets it —
 * `check` (a warning, exit code unchanged, and in --json), the dashboard's first frame and the
 * briefing's first page — and an as-of date after the cut-off is marked as a projection of old
 * data, never presented as current. "Today" is set with PLEDGEWATCH_TODAY, so this never depends
 * on the calendar. The fixture's cut-off is 28 Feb 2026; 30 Nov 2026 is 275 days later.
 */

const cli = join(import.meta.dirname, '..', 'apps', 'dashboard', 'dist', 'cli.js');
const fixture = join(import.meta.dirname, 'fixtures', 'briefing-basic');
const work = mkdtempSync(join(tmpdir(), 'pledgewatch-stale-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const STALE = 'Data last updated 28 Feb 2026 — 275 days ago, past its 30-day freshness window';
const PROJECTION = 'as of 30 Nov 2026 is a projection of data that stops on 28 Feb 2026, not a current assessment';

function pledgewatch(args: string[], today: string) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', PLEDGEWATCH_TODAY: today },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('pledgewatch check', () => {
  it('warns about stale data and names the cut-off, with the exit code unchanged', () => {
    const r = pledgewatch(['check', fixture], '2026-11-30');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ok: briefing-basic \(as of 2026-02-28\): /m);
    expect(r.stdout).toContain(`warning: ${STALE}`);
  });

  it('says how old fresh data is, without a warning', () => {
    const r = pledgewatch(['check', fixture], '2026-03-10');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('data last updated 28 Feb 2026 — 10 days ago (fresh for 30 days)');
    expect(r.stdout).not.toContain('warning');
  });

  it('carries the freshness in --json', () => {
    const r = pledgewatch(['check', fixture, '--json'], '2026-11-30');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { freshness: Record<string, unknown> };
    expect(out.freshness).toMatchObject({
      cutOff: '2026-02-28',
      today: '2026-11-30',
      freshForDays: 30,
      ageDays: 275,
      stale: true,
      projection: false,
    });
  });

  it('refuses a PLEDGEWATCH_TODAY that is not a date, saying what would be right', () => {
    const r = pledgewatch(['check', fixture], '2026-13-01');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("PLEDGEWATCH_TODAY='2026-13-01' is not a date");
    expect(r.stderr).toContain('YYYY-MM-DD');
  });
});

describe('the dashboard', () => {
  const frame = ['--once', '--width', '120', '--height', '30'];

  it("shows the data's age in its header on the first frame", () => {
    const r = pledgewatch([fixture, ...frame], '2026-11-30');
    expect(r.status).toBe(0);
    const header = r.stdout.split('\n').slice(0, 3).join('\n');
    expect(header).toContain('▲ Data last updated 28 Feb 2026 — 275 days ago: stale');
  });

  it('marks --as-of after the cut-off as a projection, even in its --json', () => {
    const r = pledgewatch([fixture, ...frame, '--as-of', '2026-11-30'], '2026-11-30');
    expect(r.stdout.split('\n').slice(0, 3).join('\n')).toContain('as of 30 Nov 2026 is a projection of old data');
    const json = pledgewatch([fixture, '--json', '--as-of', '2026-11-30'], '2026-11-30');
    expect(JSON.parse(json.stdout).freshness).toMatchObject({ stale: true, projection: true, asOf: '2026-11-30' });
  });

  it('adds no line when the data is fresh', () => {
    const r = pledgewatch([fixture, ...frame], '2026-03-01');
    expect(r.stdout).not.toContain('last updated');
  });
});

describe('the briefing', () => {
  const words = (text: string) => text.replace(/\s+/g, ' ');

  it('says on its first page that the data is stale, and that a later as-of date is a projection', async () => {
    const made = spawnSync(
      process.execPath,
      [
        join(import.meta.dirname, '..', 'apps', 'briefing', 'dist', 'cli.js'),
        fixture,
        '-o',
        'stale.pdf',
        '--as-of',
        '2026-11-30',
      ],
      {
        cwd: work,
        encoding: 'utf8',
        env: { ...process.env, PLEDGEWATCH_TODAY: '2026-11-30' },
      },
    );
    expect(made.status, made.stderr).toBe(0);
    const pdf = await readPdf(join(work, 'stale.pdf'));
    const first = words(pdf.pages[0]!.text);
    expect(first).toContain(STALE);
    expect(first).toContain(PROJECTION);
  });

  it('says nothing of the kind when the data is fresh', async () => {
    const r = brief([fixture, '-o', 'fresh.pdf'], work);
    expect(r.status, r.stderr).toBe(0);
    const pdf = await readPdf(join(work, 'fresh.pdf'));
    expect(words(pdf.pages[0]!.text)).not.toContain('last updated');
  });
});
