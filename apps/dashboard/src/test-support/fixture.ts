import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataset } from '@pledgewatch/core';
import { applyLoad, initialLiveState, type LiveState } from '../live/live-state.js';

/** The small real dataset the dashboard's tests run on. */
export const FIXTURE_DIR = fileURLToPath(new URL('../../../../tests/fixtures/dashboard-basic', import.meta.url));

export async function fixtureState(): Promise<LiveState> {
  return applyLoad(initialLiveState(FIXTURE_DIR), await loadDataset(FIXTURE_DIR), {});
}

/** A throwaway copy of the fixture, to edit. */
export async function fixtureCopy(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'pledgewatch-dashboard-'));
  await cp(FIXTURE_DIR, dir, { recursive: true });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
