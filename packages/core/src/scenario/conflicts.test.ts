import { describe, expect, it } from 'vitest';
import type { Scenario } from '../model/scenario.js';
import { scenarioContradictions } from './conflicts.js';

const usAir: Scenario = {
  id: 'us-air-confirmed',
  name: 'US air support confirmed',
  changes: [
    { op: 'set-status', commitment: 'usb-air', status: 'pledged' },
    { op: 'set-condition', guarantee: 'mfu', condition: 'us-backstop', status: 'met' },
    { op: 'set-stance', position: 'us-mfu-backstop', stance: 'supports' },
  ],
};
const noUs: Scenario = {
  id: 'no-us-backstop',
  name: 'No US backstop',
  changes: [
    { op: 'set-status', commitment: 'usb-air', status: 'declined' },
    { op: 'set-condition', guarantee: 'mfu', condition: 'us-backstop', status: 'unmet' },
    { op: 'set-stance', position: 'us-mfu-backstop', stance: 'opposes' },
  ],
};
const ceasefire: Scenario = {
  id: 'ceasefire',
  name: 'Ceasefire',
  changes: [
    { op: 'set-condition', guarantee: 'mfu', condition: 'ceasefire', status: 'met' },
    { op: 'set-status', commitment: 'usb-air', status: 'pledged' },
  ],
};

describe('scenarios that contradict each other', () => {
  it('"US air support confirmed" and "No US backstop" disagree on a status, a condition and a stance', () => {
    expect(scenarioContradictions([usAir, noUs])).toEqual([
      {
        first: 'us-air-confirmed',
        second: 'no-us-backstop',
        subject: "usb-air's status",
        values: ['pledged', 'declined'],
      },
      {
        first: 'us-air-confirmed',
        second: 'no-us-backstop',
        subject: "mfu's condition us-backstop",
        values: ['met', 'unmet'],
      },
      {
        first: 'us-air-confirmed',
        second: 'no-us-backstop',
        subject: "us-mfu-backstop's stance",
        values: ['supports', 'opposes'],
      },
    ]);
  });

  it('scenarios that agree, or touch different things, do not contradict; nor does one scenario alone', () => {
    expect(scenarioContradictions([usAir, ceasefire])).toEqual([]);
    expect(scenarioContradictions([noUs])).toEqual([]);
    expect(scenarioContradictions([])).toEqual([]);
  });

  it('statuses set for different dates are a sequence, not a contradiction', () => {
    const later: Scenario = {
      id: 'later',
      name: 'Later',
      changes: [{ op: 'set-status', commitment: 'usb-air', status: 'withdrawn', date: '2027-01-01' }],
    };
    expect(scenarioContradictions([usAir, later])).toEqual([]);
    const sameDay: Scenario = {
      ...later,
      id: 'same',
      changes: [{ ...later.changes[0]!, status: 'deployed' } as never],
    };
    expect(scenarioContradictions([later, sameDay])).toHaveLength(1);
  });
});
