import { fileURLToPath } from 'node:url';
import { loadDataset } from '@pledgewatch/core';
import { describe, expect, it } from 'vitest';
import { initialUiState, scenarioKey } from '../navigation/navigation.js';
import { scenarioItems } from './scenarios.js';

const BUNDLED = fileURLToPath(new URL('../../../../packages/dataset-ukraine/data', import.meta.url));

describe('contradictory scenarios on the bundled dataset', () => {
  it('"US air support confirmed" with "No US backstop" is flagged, on both items and in words', async () => {
    const loaded = await loadDataset(BUNDLED);
    if (!loaded.ok) throw new Error('the bundled dataset must load');
    const one = { ...initialUiState('scenarios'), toggles: [scenarioKey('no-us-backstop')] };
    const before = scenarioItems(loaded.dataset, one);
    // With one on, the item that would contradict it says so before it is turned on.
    expect(before.contradictions).toEqual([]);
    const usAir = before.items.find((i) => i.key === scenarioKey('us-air-confirmed'))!;
    expect(usAir).toMatchObject({ on: false, contradicts: 'No US backstop' });
    expect(before.items.find((i) => i.key === scenarioKey('italy-sends-1000'))!.contradicts).toBeUndefined();

    const both = { ...one, toggles: [...one.toggles, scenarioKey('us-air-confirmed')] };
    const after = scenarioItems(loaded.dataset, both);
    expect(after.contradictions).toEqual([
      {
        first: 'US air support confirmed',
        second: 'No US backstop',
        on: "usb-air's status (pledged ≠ declined) and 4 more",
      },
    ]);
    expect(after.items.filter((i) => i.on).map((i) => i.contradicts)).toEqual([
      'No US backstop',
      'US air support confirmed',
    ]);
  });

  it('scenarios that agree are not flagged', async () => {
    const loaded = await loadDataset(BUNDLED);
    if (!loaded.ok) throw new Error('the bundled dataset must load');
    const ui = {
      ...initialUiState('scenarios'),
      toggles: [scenarioKey('us-air-confirmed'), scenarioKey('italy-sends-1000')],
    };
    const { items, contradictions } = scenarioItems(loaded.dataset, ui);
    expect(contradictions).toEqual([]);
    expect(items.some((i) => i.contradicts === 'US air support confirmed')).toBe(true); // No US backstop, still off
    expect(items.filter((i) => i.on).every((i) => i.contradicts === undefined)).toBe(true);
  });
});
