import { cp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIXTURE_DIR } from '../test-support/fixture.js';
import { DEPLOYING, liveCopies, PLEDGED } from '../test-support/live-copy.js';
import { FOLDER_GONE, type LiveDataset } from './live-dataset.js';

/**
 * The dataset folder itself goes away and comes back (`rm -rf` and a fresh copy, a script
 * that regenerates it, a move): the live loop keeps the last good data meanwhile and then
 * follows the new folder, including saves made after it came back.
 */

const copies = liveCopies();
afterEach(() => copies.cleanUp());
const openCopy = copies.open;

/**
 * The watch on the old folder is closed and the loop is looking for the folder: what comes
 * back after this is a new directory, seen only by that path (no fixed sleep, which under
 * load may end before the path has run at all).
 */
const gone = (live: LiveDataset) =>
  vi.waitFor(() => expect(live.getState().watchProblem).toBe(FOLDER_GONE), { timeout: 5000 });

const ukStatus = (live: LiveDataset) =>
  live.getState().data?.snapshot.commitments.find((c) => c.commitment.id === 'mfu-uk-ground')?.status;

async function setUkStatus(dir: string, deploying: boolean) {
  const file = join(dir, 'commitments.yaml');
  const text = await readFile(join(FIXTURE_DIR, 'commitments.yaml'), 'utf8');
  await writeFile(file, deploying ? text.replace(PLEDGED, DEPLOYING) : text);
}

describe('the live loop when the dataset folder goes away', () => {
  it('follows a folder deleted and made again, and the saves after it', async () => {
    const { live, dir } = await openCopy();
    await rm(dir, { recursive: true });
    await vi.waitFor(() => expect(live.getState().broken).toBe(true), { timeout: 5000 });
    expect(live.getState().diagnostics[0]?.message).toMatch(/does not exist/);
    expect(ukStatus(live), 'the last good data is kept').toBe('pledged');
    await gone(live);
    expect(ukStatus(live)).toBe('pledged');

    await cp(FIXTURE_DIR, dir, { recursive: true });
    await setUkStatus(dir, true);
    await vi.waitFor(() => expect(ukStatus(live)).toBe('deploying'), { timeout: 5000 });
    expect(live.getState().broken).toBe(false);
    expect(live.getState().watchProblem, 'the folder is back').toBeUndefined();

    await setUkStatus(dir, false);
    await vi.waitFor(() => expect(ukStatus(live)).toBe('pledged'), { timeout: 5000 });
  });

  it('follows a folder moved away and back', async () => {
    const { live, dir } = await openCopy();
    await rename(dir, `${dir}-away`);
    copies.defer(() => rm(`${dir}-away`, { recursive: true, force: true }));
    await vi.waitFor(() => expect(live.getState().broken).toBe(true), { timeout: 5000 });
    await gone(live);
    await setUkStatus(`${dir}-away`, true);
    await rename(`${dir}-away`, dir);
    await vi.waitFor(() => expect(ukStatus(live)).toBe('deploying'), { timeout: 5000 });
    await setUkStatus(dir, false);
    await vi.waitFor(() => expect(ukStatus(live)).toBe('pledged'), { timeout: 5000 });
  });
});
