import { type ChangeFeedEntry, describeChanges } from '../change-feed/change-feed.js';
import { formatChangeEntry } from '../change-feed/format.js';
import { type AssessOptions, assess } from '../credibility/assess.js';
import type { CredibilityProblem } from '../credibility/problems.js';
import type { Assessment, GuaranteeAssessment, RuleFiring, ScoreRange } from '../credibility/types.js';
import { citedSources, type Id, type IsoDate } from '../model/common.js';
import type { Dataset } from '../model/dataset.js';
import type { Judgment } from '../model/judgment.js';
import { admiraltyGrade } from '../model/source.js';
import { type Snapshot, snapshotAt } from '../timeline/snapshot.js';
import { shortLabel } from '../wording/labels.js';

/**
 * A change to a dataset reviewed by what it does: two states of the dataset (two git revisions,
 * two folders, the dataset an old briefing carried) → every changed fact in the change feed's
 * words with the source that states it, each guarantee's credibility and viability before and
 * after, and the rules whose contributions moved. Each side is assessed as of its own cut-off.
 */

export interface CitedSource {
  id: Id;
  title: string;
  publisher: string;
  date: string;
  /** The Admiralty grade, e.g. "B2". */
  grade: string;
}

/** One changed fact: the change feed's entry (or a new source), in words, with its sources. */
export interface ChangedFact {
  entry:
    | ChangeFeedEntry
    | { kind: 'source-added'; source: Id; label: string }
    | { kind: 'judgment-added' | 'judgment-changed' | 'judgment-removed'; judgment: Id; label: string };
  text: string;
  /** The date of the entry that made the change, when there is one. */
  date?: string;
  sources: CitedSource[];
}

export interface GuaranteeMove {
  guarantee: Id;
  label: string;
  before?: { credibility: ScoreRange; viability: ScoreRange };
  after?: { credibility: ScoreRange; viability: ScoreRange };
  moved: boolean;
}

export interface RuleMove {
  guarantee: Id;
  rule: Id;
  title: string;
  factor: RuleFiring['factor'];
  /** What the firing is about, e.g. a commitment's id. */
  subject?: string;
  /** The contribution in points; absent on the side where the rule did not fire. */
  before?: ScoreRange;
  after?: ScoreRange;
}

export interface DatasetComparison {
  before: { asOf: IsoDate; assessment: Assessment };
  after: { asOf: IsoDate; assessment: Assessment };
  facts: ChangedFact[];
  guarantees: GuaranteeMove[];
  rules: RuleMove[];
}

export type CompareResult = { ok: true; comparison: DatasetComparison } | { ok: false; problems: CredibilityProblem[] };

function cited(dataset: Dataset, entry: { source?: Id; sources?: Id[] } | undefined): CitedSource[] {
  return citedSources(entry).flatMap((id) => {
    const s = dataset.sources.find((x) => x.id === id);
    return s ? [{ id, title: s.title, publisher: s.publisher, date: String(s.date), grade: admiraltyGrade(s) }] : [];
  });
}

/** The dated, sourced entry behind a change-feed entry, read from the later snapshot. */
function evidenceOf(
  entry: ChangeFeedEntry,
  after: Snapshot,
): { date?: string; source?: Id; sources?: Id[] } | undefined {
  switch (entry.kind) {
    case 'commitment-status':
    case 'commitment-added':
    case 'commitment-edited':
      return after.commitments.find((c) => c.commitment.id === entry.commitment)?.since;
    case 'stance':
      return after.positions.find((p) => p.position.id === entry.position)?.since;
    case 'question-status':
      return after.questions.find((q) => q.question.id === entry.question)?.since;
    case 'event-added':
      return after.dataset.events.find((e) => e.id === entry.event);
    case 'guarantee-added':
      return after.dataset.guarantees.find((x) => x.id === entry.guarantee);
    default:
      return undefined;
  }
}

/** Every changed fact between two snapshots, with the sources that state it. */
export function changedFacts(before: Snapshot, after: Snapshot): ChangedFact[] {
  const facts: ChangedFact[] = describeChanges({ before, after }).map((entry) => {
    const evidence = evidenceOf(entry, after);
    return {
      entry,
      text: formatChangeEntry(entry),
      ...(evidence?.date ? { date: evidence.date } : {}),
      sources: cited(after.dataset, evidence),
    };
  });
  facts.push(...judgmentFacts(before.dataset, after.dataset));
  const known = new Set(before.dataset.sources.map((s) => s.id));
  for (const s of after.dataset.sources) {
    if (known.has(s.id)) continue;
    const label = `${s.publisher}: ${s.title}`;
    facts.push({
      entry: { kind: 'source-added', source: s.id, label },
      text: `new source ${label}`,
      sources: cited(after.dataset, { source: s.id }),
    });
  }
  return facts;
}

function judgmentWords(j: Judgment): string {
  return `${j.likelihood.min}–${j.likelihood.max}%, ${j.confidence} confidence`;
}

/** Key judgments added, removed, or whose likelihood, confidence or statement changed. */
function judgmentFacts(before: Dataset, after: Dataset): ChangedFact[] {
  const old = new Map(before.judgments.map((j) => [j.id, j]));
  const facts: ChangedFact[] = [];
  for (const j of after.judgments) {
    const prev = old.get(j.id);
    old.delete(j.id);
    const base = { date: j.date, sources: cited(after, j) };
    if (!prev) {
      const text = `new judgment: ${j.statement} (${judgmentWords(j)})`;
      facts.push({ entry: { kind: 'judgment-added', judgment: j.id, label: j.statement }, text, ...base });
    } else if (JSON.stringify(prev) !== JSON.stringify(j)) {
      const moved =
        judgmentWords(prev) === judgmentWords(j) ? 'reworded' : `${judgmentWords(prev)} → ${judgmentWords(j)}`;
      const text = `judgment: ${j.statement}: ${moved}`;
      facts.push({ entry: { kind: 'judgment-changed', judgment: j.id, label: j.statement }, text, ...base });
    }
  }
  for (const j of old.values()) {
    const entry = { kind: 'judgment-removed' as const, judgment: j.id, label: j.statement };
    facts.push({ entry, text: `judgment withdrawn: ${j.statement}`, sources: [] });
  }
  return facts;
}

const rounded = (r: ScoreRange) => `${Math.round(r.low)}/${Math.round(r.point)}/${Math.round(r.high)}`;

function firings(g: GuaranteeAssessment): Map<string, RuleFiring> {
  const all = [...g.factors.flatMap((f) => f.reasons), ...g.viabilityReasons, ...(g.ceilings ?? [])];
  const byKey = new Map<string, RuleFiring>();
  for (const f of all) byKey.set(`${f.rule}|${f.factor}|${subjectOf(f) ?? ''}`, f);
  return byKey;
}

function subjectOf(f: RuleFiring): string | undefined {
  const s = f.subject;
  return s?.commitment ?? s?.position ?? s?.condition ?? s?.actor;
}

function ruleMoves(before: GuaranteeAssessment, after: GuaranteeAssessment): RuleMove[] {
  const old = firings(before);
  const now = firings(after);
  const moves: RuleMove[] = [];
  for (const key of new Set([...old.keys(), ...now.keys()])) {
    const b = old.get(key);
    const a = now.get(key);
    if (b && a && rounded(b.effect) === rounded(a.effect)) continue;
    const f = (a ?? b)!;
    const subject = subjectOf(f);
    moves.push({
      guarantee: after.guarantee,
      rule: f.rule,
      title: f.title,
      factor: f.factor,
      ...(subject ? { subject } : {}),
      ...(b ? { before: b.effect } : {}),
      ...(a ? { after: a.effect } : {}),
    });
  }
  return moves;
}

function guaranteeMoves(before: Assessment, after: Assessment): { guarantees: GuaranteeMove[]; rules: RuleMove[] } {
  const old = new Map(before.guarantees.map((g) => [g.guarantee, g]));
  const guarantees: GuaranteeMove[] = [];
  const rules: RuleMove[] = [];
  const scores = (g: GuaranteeAssessment) => ({ credibility: g.credibility, viability: g.viability });
  for (const g of after.guarantees) {
    const b = old.get(g.guarantee);
    old.delete(g.guarantee);
    const moved =
      !b || rounded(b.credibility) !== rounded(g.credibility) || rounded(b.viability) !== rounded(g.viability);
    guarantees.push({
      guarantee: g.guarantee,
      label: shortLabel(g),
      ...(b ? { before: scores(b) } : {}),
      after: scores(g),
      moved,
    });
    if (b) rules.push(...ruleMoves(b, g));
  }
  for (const b of old.values()) {
    guarantees.push({ guarantee: b.guarantee, label: shortLabel(b), before: scores(b), moved: true });
  }
  return { guarantees, rules };
}

/** Compares two states of a dataset: what changed, and what it did to every guarantee's scores. */
export function compareDatasets(
  before: Dataset,
  after: Dataset,
  options: Pick<AssessOptions, 'profile'> = {},
): CompareResult {
  const a = assess(before, options);
  const b = assess(after, options);
  if (!a.ok || !b.ok) return { ok: false, problems: [...(a.ok ? [] : a.problems), ...(b.ok ? [] : b.problems)] };
  const facts = changedFacts(snapshotAt(before), snapshotAt(after));
  return {
    ok: true,
    comparison: {
      before: { asOf: before.manifest.asOf, assessment: a.assessment },
      after: { asOf: after.manifest.asOf, assessment: b.assessment },
      facts,
      ...guaranteeMoves(a.assessment, b.assessment),
    },
  };
}
