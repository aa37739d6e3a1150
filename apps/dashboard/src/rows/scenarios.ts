import { type Dataset, type Id, type Scenario, scenarioContradictions, scenarioFromAnswer } from '@pledgewatch/core';
import { answerKey, scenarioKey, type UiState } from '../navigation/navigation.js';
import { clean } from '../terminal/text.js';
import type { ScenarioItem } from '../views/Scenarios.js';

/**
 * The Scenarios view's list: each scenario and each answer of each open question, what is
 * on, and which items contradict what is on. Answers of one question are exclusive already
 * (turning one on turns the others off); scenarios are not, so two that set the same thing
 * to different values ("US air support confirmed", "No US backstop") are flagged — on both
 * sides, and on an item that would contradict what is on before it is turned on.
 */

/** Every toggleable item as a scenario, keyed as the toggles are. */
function toggleables(
  dataset: Dataset,
): { key: string; kind: ScenarioItem['kind']; label: string; scenario: Scenario }[] {
  const out: { key: string; kind: ScenarioItem['kind']; label: string; scenario: Scenario }[] = [];
  for (const s of dataset.scenarios)
    out.push({ key: scenarioKey(s.id), kind: 'scenario', label: clean(s.name), scenario: s });
  for (const q of dataset.questions)
    for (const a of q.answers) {
      const scenario = scenarioFromAnswer(q, a.id);
      if (scenario)
        out.push({
          key: answerKey(q.id, a.id),
          kind: 'answer',
          label: `${clean(q.question)} → ${clean(a.label)}`,
          scenario,
        });
    }
  return out;
}

/** Two items that contradict each other, in words for the warning under the list. */
export interface Contradiction {
  first: string;
  second: string;
  /** What they disagree on: "usb-air's status (pledged ≠ declined)" and how many more. */
  on: string;
}

export function scenarioItems(
  dataset: Dataset,
  ui: UiState,
): { items: ScenarioItem[]; contradictions: Contradiction[] } {
  const all = toggleables(dataset);
  const on = all.filter((t) => ui.toggles.includes(t.key));
  const labelOf = new Map(all.map((t) => [t.scenario.id, t.label]));
  const contradictions = contradictionsAmong(
    on.map((t) => t.scenario),
    labelOf,
  );
  const items = all.map((t): ScenarioItem => {
    const isOn = ui.toggles.includes(t.key);
    const against = on.find((o) => o.key !== t.key && scenarioContradictions([o.scenario, t.scenario]).length > 0);
    return {
      key: t.key,
      kind: t.kind,
      label: t.label,
      on: isOn,
      ...(against ? { contradicts: against.label } : {}),
    };
  });
  return { items, contradictions };
}

function contradictionsAmong(scenarios: Scenario[], labelOf: Map<Id, string>): Contradiction[] {
  const byPair = new Map<string, { first: Id; second: Id; on: string[] }>();
  for (const c of scenarioContradictions(scenarios)) {
    const key = `${c.first}|${c.second}`;
    const pair = byPair.get(key) ?? { first: c.first, second: c.second, on: [] };
    pair.on.push(`${clean(c.subject)} (${clean(c.values[0])} ≠ ${clean(c.values[1])})`);
    byPair.set(key, pair);
  }
  return [...byPair.values()].map((p) => ({
    first: labelOf.get(p.first) ?? p.first,
    second: labelOf.get(p.second) ?? p.second,
    on: p.on.length > 1 ? `${p.on[0]} and ${p.on.length - 1} more` : p.on[0]!,
  }));
}

/** The scenario ids and question answers that are on. */
export function toggled(ui: UiState): { scenarios: Id[]; answers: { question: Id; answer: Id }[] } {
  const scenarios: Id[] = [];
  const answers: { question: Id; answer: Id }[] = [];
  for (const key of ui.toggles) {
    const [kind, a, b] = key.split(':');
    if (kind === 'scenario' && a) scenarios.push(a);
    if (kind === 'answer' && a && b) answers.push({ question: a, answer: b });
  }
  return { scenarios, answers };
}
