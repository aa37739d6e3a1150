import { type LiveDataset, openLiveDataset } from '../live/live-dataset.js';
import { fixtureCopy } from './fixture.js';

/** The fixture's UK ground-forces history line, and the same with a later step to deploying. */
export const PLEDGED = '{ date: 2026-01-06, status: pledged, source: wiredgov-2026-01-08 }';
export const DEPLOYING = `${PLEDGED}\n      - { date: 2026-02-01, status: deploying, source: wiredgov-2026-01-08 }`;

/**
 * Throwaway copies of the fixture, with or without a live loop on them, undone newest first
 * by `cleanUp` (call it from afterEach).
 */
export function liveCopies() {
  let undo: (() => Promise<void>)[] = [];
  return {
    /** A copy of the fixture; its folder name. */
    async copy(): Promise<string> {
      const copy = await fixtureCopy();
      undo.push(copy.remove);
      return copy.dir;
    },
    /** A copy of the fixture with the live loop open on it. */
    async open(): Promise<{ live: LiveDataset; dir: string }> {
      const copy = await fixtureCopy();
      const live = await openLiveDataset(copy.dir, {});
      undo.push(copy.remove, () => live.close());
      return { live, dir: copy.dir };
    },
    /** Something else to undo at the end of the test. */
    defer(step: () => Promise<void>): void {
      undo.push(step);
    },
    async cleanUp(): Promise<void> {
      const steps = undo.reverse();
      undo = [];
      for (const step of steps) await step();
    },
  };
}
