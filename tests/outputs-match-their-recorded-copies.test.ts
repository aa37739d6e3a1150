import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { credibilityHistory, loadDataset } from '@pledgewatch/core';
import { datasetDir } from '@pledgewatch/dataset-ukraine';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Speed work must not move a number: the assessment JSON, the credibility history and the PDF
 * briefing of the bundled dataset, from the built commands, are byte for byte the copies
 * recorded before it. An issue that changes them on purpose (the engine, the dataset, the
 * briefing's layout) re-records them in a commit of its own that names the issue:
 *   npm run build && PLEDGEWATCH_OUTPUTS=record npx vitest run --project e2e outputs-match
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RECORDED = join(ROOT, 'tests/fixtures/recorded-outputs');
const RECORD = process.env.PLEDGEWATCH_OUTPUTS === 'record';
const work = mkdtempSync(join(tmpdir(), 'pledgewatch-outputs-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(cli: string, args: string[]): Buffer {
  const r = spawnSync(process.execPath, [join(ROOT, cli), ...args], {
    cwd: work,
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (r.status !== 0) throw new Error(`${cli} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

/** `name.gz` files are kept compressed (the history is megabytes of JSON) and compared unpacked. */
function matchesRecorded(name: string, bytes: Buffer): void {
  const path = join(RECORDED, name);
  const packed = name.endsWith('.gz');
  if (RECORD) writeFileSync(path, packed ? gzipSync(bytes, { level: 9 }) : bytes);
  const recorded = packed ? gunzipSync(readFileSync(path)) : readFileSync(path);
  // Compared as text first where it is text, so a difference is shown as one.
  if (!name.endsWith('.pdf')) expect(bytes.toString('utf8')).toBe(recorded.toString('utf8'));
  expect(
    bytes.equals(recorded),
    `${name} differs from its recorded copy (${bytes.length} vs ${recorded.length} bytes)`,
  ).toBe(true);
}

describe('the outputs of the bundled dataset', () => {
  it('assessment JSON (`pledgewatch assess --json`) is byte-identical to its recorded copy', () => {
    matchesRecorded('assessment.json', run('apps/dashboard/dist/cli.js', ['assess', '--json']));
  });

  it('credibility history is byte-identical to its recorded copy', async () => {
    const loaded = await loadDataset(datasetDir);
    if (!loaded.ok) throw new Error('the bundled dataset does not load');
    const history = credibilityHistory(loaded.dataset);
    if (!history.ok) throw new Error('the bundled dataset has no credibility history');
    matchesRecorded('history.json.gz', Buffer.from(`${JSON.stringify(history.history, null, 2)}\n`));
  });

  it('PDF briefing (`pledgewatch-brief`) is byte-identical to its recorded copy', () => {
    run('apps/briefing/dist/cli.js', ['-o', 'briefing.pdf']);
    matchesRecorded('briefing.pdf', readFileSync(join(work, 'briefing.pdf')));
  });
});
