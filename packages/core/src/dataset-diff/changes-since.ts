import type { EndnoteRegister } from '../briefing/endnotes.js';
import type { ChangesSince } from '../briefing/types.js';
import { clean } from '../briefing/wording.js';
import type { Assessment } from '../credibility/types.js';
import type { Dataset } from '../model/dataset.js';
import { type Snapshot, snapshotAt } from '../timeline/snapshot.js';
import { shortLabel } from '../wording/labels.js';
import { type ChangedFact, changedFacts } from './compare-datasets.js';

/**
 * "What changed" against an earlier dataset — the one a git revision held, or the one an old
 * PDF/A briefing carries — rather than against an earlier date of the same data: corrections,
 * back-dated entries, new sources and changed judgments show too, each with its sources.
 */

const KIND_OF: Record<string, keyof Omit<ChangesSince, 'since' | 'credibilityMoves'>> = {
  'commitment-status': 'statusChanges',
  'commitment-added': 'statusChanges',
  'commitment-removed': 'statusChanges',
  'commitment-edited': 'statusChanges',
  stance: 'stanceChanges',
  'question-status': 'answeredQuestions',
  'source-added': 'newSources',
  'judgment-added': 'judgmentChanges',
  'judgment-changed': 'judgmentChanges',
  'judgment-removed': 'judgmentChanges',
};

export function changesSinceDataset(
  snapshot: Snapshot,
  baseline: { dataset: Dataset; asOf: string },
  previous: Assessment | undefined,
  assessment: Assessment | undefined,
  notes: EndnoteRegister,
): ChangesSince {
  const changes: ChangesSince = {
    since: baseline.asOf,
    statusChanges: [],
    stanceChanges: [],
    newSources: [],
    answeredQuestions: [],
    judgmentChanges: [],
    credibilityMoves: [],
  };
  const facts = changedFacts(snapshotAt(baseline.dataset, baseline.asOf), snapshot);
  for (const fact of facts) {
    const list = KIND_OF[fact.entry.kind];
    if (list) changes[list]!.push(itemOf(fact, snapshot, notes));
  }
  const old = new Map((previous?.guarantees ?? []).map((g) => [g.guarantee, g]));
  for (const g of assessment?.guarantees ?? []) {
    const b = old.get(g.guarantee);
    if (!b) continue;
    changes.credibilityMoves.push({
      guarantee: g.guarantee,
      name: clean(shortLabel(g)),
      before: b.credibility,
      after: g.credibility,
      delta: g.credibility.point - b.credibility.point,
    });
  }
  return changes;
}

function itemOf(fact: ChangedFact, snapshot: Snapshot, notes: EndnoteRegister) {
  const text = clean(`${fact.text.charAt(0).toUpperCase()}${fact.text.slice(1)}.`);
  return { text, date: fact.date ?? snapshot.asOf, notes: notes.cite(fact.sources.map((s) => s.id)) };
}
