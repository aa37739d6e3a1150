import type { Assessment, Citation, ScoreRange } from '../credibility/types.js';
import type { DataFreshness } from '../freshness/data-freshness.js';
import type { EstimativeStandard, EstimativeTerm } from '../language/estimative.js';
import type { Id, IsoDate } from '../model/common.js';
import type { Dataset } from '../model/dataset.js';
import type { ConfidenceLevel } from '../model/judgment.js';
import type { Factor } from '../model/profile.js';

/**
 * The briefing's content: which facts are known, which are unknown, which judgments and which
 * numbers — display-ready text (untrusted strings already neutralised) with endnote numbers,
 * and no layout. The PDF app lays it out; a dashboard or a Markdown export can reuse it.
 *
 * Longer than 300 lines on purpose: only types, one per section in the briefing's order, so a
 * renderer's author reads the whole content contract in one file.
 */

/** Endnote numbers (1-based) of the sources behind a statement. */
export type Notes = number[];

/**
 * How solid the sourcing of a fact is, after ISW's practice of keeping what is confirmed apart
 * from what is reported and what is merely claimed.
 */
export type Sourcing = 'confirmed' | 'reported' | 'claimed';

export interface BriefingCover {
  title: string;
  subtitle?: string;
  asOf: IsoDate;
  /** The dataset's data cut-off. */
  cutOff: IsoDate;
  /** How old the data is on the day the briefing is made, and whether `asOf` projects it forward. */
  freshness?: DataFreshness;
  marking: string;
  /**
   * Bottom line up front: three or four sentences stating the analytic line — who is in, on
   * what conditions, what it hinges on, what would change the picture — each from the data.
   */
  bottomLine: string[];
  /** Lines a reader must see on the first page before trusting it (e.g. how stale the data is). */
  notices?: string[];
}

/** The plain-language key to the scores, with anchor cases the engine scored on the same rules. */
export interface ScoreKey {
  /** What credibility 0–100 measures, and that it is not a probability. */
  credibility: string;
  /** What viability measures. */
  viability: string;
  /** How a score is written ("low ‹point› high") and what the point is. */
  form: string;
  /** Guarantees in the dataset that serve as reference points, scored by the engine. */
  anchors: { guarantee: Id; name: string; credibility: ScoreRange; why: string }[];
  /** One sentence naming the anchors with their points, or undefined when nothing was assessed. */
  anchorSentence?: string;
}

export interface KeyJudgment {
  id: Id;
  statement: string;
  /** The words of the chosen standard, e.g. "likely", and the range, e.g. "55–80%". */
  likelihood: { phrase: string; numbers: string; imprecise: boolean; note?: string };
  /** "Likelihood: likely (55–80%)." — never in the same sentence as the confidence (ICD 203). */
  likelihoodSentence: string;
  confidence: ConfidenceLevel;
  /** "We have low confidence in this judgment." */
  confidenceSentence: string;
  basis: string;
  date: IsoDate;
  /** When the judgment is about: taken from the statement ("through 2026"), else said to be unstated. */
  horizon: string;
  /** Why it ranks where it does: how far the open questions it bears on move the scores. */
  consequence: number;
  notes: Notes;
}

export interface KnownFact {
  /** One sentence. */
  text: string;
  /** The topic the fact belongs to: the guarantee's design, its conditions, or a stance on it. */
  topic: 'design' | 'conditions' | 'positions';
  date?: string;
  sourcing: Sourcing;
  /** The best Admiralty grade among its sources, e.g. "B2". */
  grade: string;
  notes: Notes;
}

export interface AnswerEffect {
  answer: Id;
  label: string;
  /** Per guarantee the answer moves: the scores were this the answer, and the move of each point from baseline. */
  effects: {
    guarantee: Id;
    name: string;
    credibility: ScoreRange;
    viability: ScoreRange;
    delta: number;
    viabilityDelta: number;
  }[];
}

export interface UnknownQuestion {
  id: Id;
  question: string;
  status: 'open' | 'partly-answered';
  why: string;
  indicators: string[];
  answers: AnswerEffect[];
  /** What is known so far, for a partly answered question (the latest note, with its date). */
  knownSoFar?: { text: string; date: IsoDate; notes: Notes };
  /** The largest spread, in points, its answers make in any guarantee's credibility or viability (0 when not assessed). */
  swing: number;
  notes: Notes;
}

/** A fact the data marks unknown: a scale, a condition's status, a guarantee's trigger. */
export interface KnownGap {
  text: string;
  notes: Notes;
}

export interface CommitmentRow {
  commitment: Id;
  guarantor: string;
  capability: string;
  status: string;
  /** When the status began (the first entry of its unbroken run), not its latest reconfirmation. */
  since?: IsoDate;
  /** The latest entry restating the same status, when later than `since`. */
  reconfirmed?: IsoDate;
  /** True for the sideways exits (declined, ruled out, withdrawn, lapsed). */
  exited: boolean;
  scale: string;
  location: string;
  conditions: string;
  /** The best Admiralty grade among the row's sources, e.g. "B2", and what it makes the row. */
  grade?: string;
  sourcing?: Sourcing;
  notes: Notes;
}

export interface CommitmentTable {
  guarantee: Id;
  name: string;
  rows: CommitmentRow[];
  /** "No source gives the size of 19 of the 24 commitments still in play." — said once, not per row. */
  sizeGap?: string;
}

/** The facts on one guarantee, by topic: its design and conditions, the stances on it. */
export interface GuaranteeFacts {
  guarantee: Id;
  name: string;
  facts: KnownFact[];
}

/** What to watch: an open question whose answers move the scores most, and its indicators. */
export interface WatchItem {
  question: Id;
  text: string;
  /** "Its answers move MFU's viability from 21 to 84." */
  stakes: string;
  indicators: string[];
  notes: Notes;
}

export interface CredibilityReason {
  title: string;
  factor: Factor | 'viability';
  effect: ScoreRange;
  explanation: string;
  citations: string[];
}

export interface GuaranteeCredibility {
  guarantee: Id;
  name: string;
  /** The short name, for charts and tables. */
  label: string;
  credibility: ScoreRange;
  viability: ScoreRange;
  factors: { factor: Factor; weight: number; score: ScoreRange }[];
  baseRate: { label: string; low: number; high: number; citation: string };
  reasons: CredibilityReason[];
  flags: string[];
  /** Credibility at each dated change, oldest first; empty when no history was computed. */
  trend: { date: IsoDate; credibility: ScoreRange }[];
  /** The range in words: how wide, and which unknowns make it so. */
  rangeWords: string;
  /** Viability explained by its conditions: from 100, what each takes away. */
  viabilityWords: string;
  /** Alt text for the range chart. */
  alt: string;
}

export interface CredibilitySection {
  profile: { id: Id; name: string };
  guarantees: GuaranteeCredibility[];
  /** Why no assessment is shown, when there is none. */
  missing?: string;
}

/** The reference-class base rates, in their own panel (they are percentages, not scores). */
export interface BaseRatePanel {
  label: string;
  low: number;
  high: number;
  citation: string;
  /** The guarantees it applies to. */
  guarantees: string[];
}

export interface BriefingScenario {
  scenario: Id;
  name: string;
  description?: string;
  rows: {
    guarantee: Id;
    name: string;
    baseline: ScoreRange;
    scenario: ScoreRange;
    delta: number;
    viabilityDelta: number;
  }[];
}

export interface ChangesSince {
  since: IsoDate;
  statusChanges: { text: string; date: IsoDate; notes: Notes }[];
  stanceChanges: { text: string; date: IsoDate; notes: Notes }[];
  newSources: { text: string; date: string; notes: Notes }[];
  answeredQuestions: { text: string; date: IsoDate; notes: Notes }[];
  /** Key judgments added, changed or withdrawn — known only against an earlier dataset (`--since REV`). */
  judgmentChanges?: { text: string; date: IsoDate; notes: Notes }[];
  credibilityMoves: { guarantee: Id; name: string; before: ScoreRange; after: ScoreRange; delta: number }[];
}

export interface TimelineEntry {
  date: IsoDate;
  title: string;
  description?: string;
  notes: Notes;
}

export interface Endnote {
  number: number;
  source: Id;
  title: string;
  publisher: string;
  author?: string;
  date: string;
  kind: string;
  grade: string;
  gradeMeaning: string;
  via?: string;
  /** The link target (ASCII, percent-encoded), present only for http(s) and mailto addresses. */
  link?: string;
  /** The address as written, for printing. */
  address?: string;
  /** False for sources listed for completeness but not cited in the body. */
  cited: boolean;
}

export interface MethodSection {
  /** The profile the assessment used; absent when no assessment was computed. */
  profile?: { id: Id; name: string; description?: string; weights: Record<Factor, number> };
  rules: { rule: Id; title: string; factor: string; citations: Citation[] }[];
  standard: { id: EstimativeStandard; name: string; citation: string; terms: readonly EstimativeTerm[] };
  sourcing: string[];
  baseRates: string[];
}

export interface Briefing {
  /** Short hash of the dataset's content: the same data gives the same id. */
  documentId: string;
  datasetId: Id;
  title: string;
  asOf: IsoDate;
  since?: IsoDate;
  standard: EstimativeStandard;
  language: string;
  keywords: string[];
  cover: BriefingCover;
  scoreKey: ScoreKey;
  /** Every key judgment, ranked by consequence; the first `coreJudgments` lead the core. */
  judgments: KeyJudgment[];
  coreJudgments: number;
  /** The open questions that move the scores most (the core's "what to watch"). */
  watch: WatchItem[];
  /** Facts by topic, guarantee by guarantee (commitments are in `commitments`, once). */
  known: GuaranteeFacts[];
  unknown: { questions: UnknownQuestion[]; gaps: KnownGap[] };
  commitments: CommitmentTable[];
  credibility: CredibilitySection;
  baseRates: BaseRatePanel[];
  /** The scenarios that change something; `unchanged` names those that change nothing. */
  scenarios: BriefingScenario[];
  scenariosUnchanged: string[];
  changes?: ChangesSince;
  timeline: TimelineEntry[];
  sources: Endnote[];
  method: MethodSection;
}

/**
 * What else the credibility engine computed for this briefing; every part is optional. The
 * effect of each open question's answers comes with the assessment itself (`questions`).
 */
export interface BriefingEvidence {
  /** The assessment at `since`, for "what changed". */
  previous?: Assessment;
  /**
   * The earlier dataset "what changed" compares with (a git revision's, an old briefing's), as of
   * its date; without it, changes are the entries dated between `since` and the as-of date.
   */
  baseline?: { dataset: Dataset; asOf: IsoDate };
  /** Each selected scenario's assessment (its `scenarios` field names the scenario). */
  scenarios?: Assessment[];
  /** The assessment at each dated change, oldest first (the engine's `credibilityHistory`). */
  history?: Pick<Assessment, 'asOf' | 'guarantees'>[];
}

export interface BriefingOptions extends BriefingEvidence {
  asOf: IsoDate;
  since?: IsoDate;
  standard: EstimativeStandard;
  marking?: string;
  /** The engine's profile id and name, when no assessment is given. */
  profileId?: Id;
  /** The day the briefing is made: the cover then says how old the data is (see dataFreshness). */
  today?: IsoDate;
}
