import type { Change } from '../model/change.js';
import type { Id } from '../model/common.js';
import type { Scenario } from '../model/scenario.js';

/**
 * Scenarios that contradict each other: two of them set the same thing (a commitment's status
 * on the same date, a condition, a stance, a guarantee's field, …) to different values.
 * Applied together, the later one silently overrides the earlier, so a reader combining
 * "US air support confirmed" with "No US backstop" would see a number for neither; callers
 * flag or prevent such a combination instead.
 */

/** One thing two scenarios disagree on. */
export interface ScenarioContradiction {
  /** The two scenarios, in the order given. */
  first: Id;
  second: Id;
  /** What both set, in words: "usb-air's status", "mfu's condition us-backstop". */
  subject: string;
  /** What each sets it to. */
  values: [string, string];
}

/** What a change sets, keyed so two changes to the same thing share a key, and its value. */
function settings(change: Change): { key: string; subject: string; value: string }[] {
  switch (change.op) {
    case 'set-status': {
      const when = change.date ? ` on ${change.date}` : '';
      return [
        {
          key: `status|${change.commitment}|${change.date ?? ''}`,
          subject: `${change.commitment}'s status${when}`,
          value: change.status,
        },
      ];
    }
    case 'set-scale':
      return [
        {
          key: `scale|${change.commitment}`,
          subject: `${change.commitment}'s scale`,
          value: JSON.stringify(change.scale),
        },
      ];
    case 'set-location':
      return [
        {
          key: `location|${change.commitment}`,
          subject: `${change.commitment}'s location`,
          value: JSON.stringify(change.location),
        },
      ];
    case 'set-condition': {
      const owner = change.guarantee ?? change.commitment ?? '';
      return [
        {
          key: `condition|${owner}|${change.condition}`,
          subject: `${owner}'s condition ${change.condition}`,
          value: change.status,
        },
      ];
    }
    case 'set-stance':
      return [{ key: `stance|${change.position}`, subject: `${change.position}'s stance`, value: change.stance }];
    case 'set-guarantee':
      return (['obligation', 'legalForm', 'trigger'] as const).flatMap((field) =>
        change[field] === undefined
          ? []
          : [
              {
                key: `guarantee|${change.guarantee}|${field}`,
                subject: `${change.guarantee}'s ${field}`,
                value: JSON.stringify(change[field]),
              },
            ],
      );
    case 'add-commitment': {
      const { op: _op, id, ...rest } = change;
      return [{ key: `add|${id}`, subject: `the added commitment ${id}`, value: JSON.stringify(rest) }];
    }
  }
}

/** Every pair of scenarios that set one thing to two values, one entry per thing. */
export function scenarioContradictions(scenarios: readonly Scenario[]): ScenarioContradiction[] {
  const seen = new Map<string, { scenario: Id; value: string }[]>();
  const out: ScenarioContradiction[] = [];
  for (const scenario of scenarios)
    for (const change of scenario.changes)
      for (const { key, subject, value } of settings(change)) {
        const earlier = seen.get(key) ?? [];
        for (const e of earlier)
          if (e.scenario !== scenario.id && e.value !== value)
            out.push({
              first: e.scenario,
              second: scenario.id,
              subject,
              values: [e.value.replace(/"/g, ''), value.replace(/"/g, '')],
            });
        earlier.push({ scenario: scenario.id, value });
        seen.set(key, earlier);
      }
  return out;
}
