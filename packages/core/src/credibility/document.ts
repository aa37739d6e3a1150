import type { Dataset } from '../model/dataset.js';
import { FACTORS } from '../model/profile.js';
import { shortLabel } from '../wording/labels.js';
import { formatPercentRange, formatSignedScore, formatScore as range } from '../wording/numbers.js';
import { assess } from './assess.js';
import { baseRate } from './base-rate.js';
import { CREDIBILITY_RULES } from './catalogue.js';
import { CITATIONS } from './citations.js';
import { BUILTIN_PROFILES, normalisedWeights } from './profiles.js';
import type { CredibilityRule } from './rule.js';
import { rankSensitivity, type SensitivityEntry } from './sensitivity.js';
import type { Assessment } from './types.js';

/**
 * docs/credibility.md, written from the rule catalogue itself so the documentation cannot
 * drift from the code: every rule with its rationale, inputs, effect and citations, the
 * method, a worked example, and the limits of the method. Pure: text in, text out.
 */

export interface WorkedExample {
  datasetTitle: string;
  assessment: Assessment;
  ranking: SensitivityEntry[];
  /** The guarantee whose reasons are shown in full. */
  focus: string;
}

const FAMILY_TITLES: Record<CredibilityRule['factor'], string> = {
  capability: 'Capability and the local balance',
  commitment: 'Commitment',
  resolve: 'Resolve',
  cohesion: 'Cohesion',
  viability: 'Viability (kept apart from credibility)',
};

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

function ruleSection(rule: CredibilityRule): string {
  return [
    `#### ${rule.title}`,
    '',
    `\`${rule.id}\` · ${rule.kind === 'ceiling' ? 'ceiling' : 'points'} · effect: ${rule.effect}`,
    '',
    rule.rationale,
    '',
    `Reads: ${rule.inputs.map((i) => `\`${i}\``).join(', ')}.`,
    '',
    `Basis: ${rule.citations.map((c) => c.key).join('; ')}.`,
    '',
  ].join('\n');
}

function method(figures?: readonly ConcordanceFigures[]): string {
  const profiles = Object.values(BUILTIN_PROFILES);
  const header = `| Profile | ${FACTORS.join(' | ')} | past actions |`;
  const rows = profiles.map((p) => {
    const w = normalisedWeights(p);
    return `| \`${p.id}\` — ${p.description ?? p.name} | ${FACTORS.map((f) => `${Math.round(w[f] * 100)}%`).join(' | ')} | ${p.pastActions ?? 0.25} |`;
  });
  return [
    '## How a score is made',
    '',
    'For each guarantee, as of a date, under a profile:',
    '',
    '0. **Only what exists by then.** A guarantee is assessed from the first day it is on record: the earliest of its signing (or declaration), the first entry of any of its commitments or stances, and the publication of the sources it cites itself. Before that it is left out of the assessment, the history and the comparisons (not scored as zero): nothing had been offered. One whose data dates none of these is assessed on every date. A guarantee signed by the date engages every listed guarantor as far as its text obliges it to use its means — engagement is about means, not paper: a defence obligation or a guarantee of neutrality fully (each guarantor’s armed forces are within the promise), an assistance obligation half (help of the guarantor’s choosing, which may or may not be military), consultation, non-aggression, neutrality and an assurance not at all (they put no personnel within reach), an unknown obligation half (ATOP’s obligation types, Leeds et al. 2002). The legal form does not weigh it (how far the form ties hands is counted once, in commitment.legal-form), and what the text engages stands whatever its commitments record (a recorded force or a withdrawn entry never makes the text stop counting); beyond the text, a guarantor counts by its furthest live commitment where that is more; for one not signed, a guarantor counts as engaged by its furthest live commitment, weighted by what it commits (combat forces 1, enablers 0.75, training, weapons, money or monitoring 0.5, sanctions or diplomacy 0.35: a few trainers are not full commitment).',
    '1. **Factors.** Every rule below reads named inputs of the guarantee, its commitments (folded to the date), the positions on it and the actors involved, and returns points for its factor. A factor is the sum of its rules’ points, clamped to 0–100.',
    '2. **Deterrent credibility** is the factors weighted by the profile, then capped by any ceiling rule (the adversary’s consent).',
    '3. **Viability** is kept apart: it starts at 100 and the viability rules subtract. The adversary’s rejection lowers viability, never credibility.',
    '4. **Ranges, not points.** An unknown input (a scale, an indicator, a condition’s status, the obligation, the legal form, the trigger) contributes a range from its worst to its best case; rules add ranges end to end (interval arithmetic). Summing treats the unknowns as independent, so when one unknown feeds two rules the range can be wider than the truth, never narrower. The point is the as-recorded reading, an unknown counting as halfway — except a force of unknown size, whose point leans toward its best case by how far along it is: halfway for a deployed force (or several that together weigh as much), a tenth of that for a proposal, so a pledge of unknown size reads above a proposal of unknown size.',
    '5. **Third-party backstops.** When a guarantee, or a guarantor’s part of it, depends on another state’s backstop (the European force on the US), that state’s force commitments to the same beneficiary against the same adversary — under another guarantee in the data — count in the capability and commitment rules as if it were a guarantor: in full once the backstop is met (a condition naming the state is met, or it has pledged such forces), in the best case only while it is unknown, not at all once unmet. The dependence itself costs cohesion (little when met, much when unmet) and viability (when unmet or unknown).',
    '6. **Open questions.** An answered question’s answer is applied as fact. Each open (or partly answered) question that touches a guarantee is evaluated once per answer, applying that answer’s changes to that guarantee alone; when several questions touch it, the answers that pull hardest down (and up) are also applied together. The range is the hull of all of these. The cost is one evaluation per answer plus four, not the product of all answers; checked against every combination of answers (packages/core/test/credibility/joint-answers.test.ts): on generated datasets with open questions the range never leaves the hull of all combinations, and on the bundled dataset it equals it for every guarantee (mfu: 768 combinations; us-backstop and us-ukraine-draft: 12 each). It is not exact in general: the joint pulls combine answers only, so a combination that leaves one question as read and pushes the others to their extremes can be missed, as can one where two questions’ answers write the same input; and a partly answered question’s other answers are evaluated on top of its provisional answer’s changes, which can widen the range beyond any combination.',
    '7. **Base rate.** The reference-class rate of alliances honoured is shown beside the score as a band and never mixed into it.',
    '',
    '### Profiles',
    '',
    header,
    `|---|${FACTORS.map(() => '---').join('|')}|---|`,
    ...rows,
    '',
    'A dataset may define its own profiles (`profiles:`), which override a built-in of the same id.',
    '',
    '### Base rates',
    '',
    ...(['defence', 'consultation'] as const).map((o) => {
      const b = baseRate({ obligation: o });
      return `- ${o === 'defence' ? 'Defence obligations' : 'Every other obligation'}: ${formatPercentRange(b.low, b.high)} — ${b.label}. ${b.note ?? ''}`;
    }),
    '',
    '### Calibrated against history, and what the engine cannot see',
    '',
    'The directions of effect come from the literature each rule cites; the point values are a calibration. `pledgewatch backtest` scores the historical cases of `packages/dataset-history` on the day before each was tested and reports how often a guarantee that held scored above one that failed (concordance; figures, case by case and per era, in [backtest.md](backtest.md)). The engine sees only what a dataset records: not leaders’ private intentions, domestic politics on the day, the adversary’s own resolve and aims, or events between the as-of date and the test. A case is scored from its record, so a thin record gives a wide range, not a low score.',
    '',
    ...(figures ? backtestTable(figures) : []),
  ].join('\n');
}

/** A profile's concordance figures, as `pledgewatch backtest` reports them (backtest/backtest.ts). */
export interface ConcordanceFigures {
  profile: string;
  overall: { value?: number; pairs: number };
  byEra: Record<'before-1945' | 'from-1945', { value?: number; pairs: number }>;
}

/** The targets engine v2 was set (issue 11): 0.85 overall, 0.75 within each era. */
const CONCORDANCE_TARGET = { overall: 0.85, era: 0.75 };

function backtestTable(figures: readonly ConcordanceFigures[]): string[] {
  const cell = (c: { value?: number; pairs: number }, target: number) =>
    c.value === undefined
      ? `n/a (${c.pairs} pairs)`
      : `${c.value.toFixed(2)} (${c.pairs} pairs)${c.value >= target ? '' : ' — **not met**'}`;
  return [
    `Concordance on the bundled history dataset, computed when this page was generated; the targets are ${CONCORDANCE_TARGET.overall} overall and ${CONCORDANCE_TARGET.era} within each era, and a figure below its target says so:`,
    '',
    '| Profile | Overall | Before 1945 | From 1945 |',
    '|---|---|---|---|',
    ...figures.map(
      (f) =>
        `| \`${f.profile}\` | ${cell(f.overall, CONCORDANCE_TARGET.overall)} | ${cell(f.byEra['before-1945'], CONCORDANCE_TARGET.era)} | ${cell(f.byEra['from-1945'], CONCORDANCE_TARGET.era)} |`,
    ),
    '',
  ];
}

function worked(example: WorkedExample): string {
  const { assessment } = example;
  const lines = [
    '## Worked example: the bundled dataset',
    '',
    `${example.datasetTitle}, as of ${assessment.asOf}, profile \`${assessment.profile.id}\`. Scores read low ‹point› high: the point is the most likely reading of the record, the ends what the unknowns and open questions allow; a rule's points read the same way, signed.`,
    '',
    '| Guarantee | Credibility | Viability | Base rate (alliances honoured) |',
    '|---|---|---|---|',
    ...assessment.guarantees.map(
      (g) =>
        `| ${cell(g.name)} | ${range(g.credibility)} | ${range(g.viability)} | ${formatPercentRange(g.baseRate.low, g.baseRate.high)} |`,
    ),
    '',
    'Flags for the reader:',
    '',
    ...assessment.guarantees
      .filter((g) => g.flags.length > 0)
      .map((g) => `- **${cell(shortLabel(g))}:** ${cell(g.flags.join(' '))}`),
    '',
  ];
  const focus = assessment.guarantees.find((g) => g.guarantee === example.focus);
  if (focus) {
    lines.push(
      `### Why: ${focus.name}`,
      '',
      `Credibility ${range(focus.credibility)}, viability ${range(focus.viability)}. Each factor is the sum of its rules’ points; credibility is the factors weighted by the profile.`,
      '',
      '| Factor | Weight | Score | Rules that fired (points) |',
      '|---|---|---|---|',
    );
    for (const f of focus.factors) {
      const reasons = f.reasons.map((r) => `${r.rule} (${formatSignedScore(r.effect)})`).join('; ');
      lines.push(`| ${f.factor} | ${Math.round(f.weight * 100)}% | ${range(f.score)} | ${cell(reasons)} |`);
    }
    lines.push(
      `| viability | — | ${range(focus.viability)} | ${cell(focus.viabilityReasons.map((r) => `${r.rule} (${formatSignedScore(r.effect)})`).join('; '))} |`,
      '',
      'In words:',
      '',
      ...[...focus.factors.flatMap((f) => f.reasons), ...focus.viabilityReasons].map(
        (r) => `- **${r.title}** (${formatSignedScore(r.effect)}): ${cell(r.explanation)}`,
      ),
      '',
    );
    if (focus.questions?.length) {
      lines.push(
        `### What each answer would do to the ${cell(shortLabel(focus))}`,
        '',
        'Each open question’s answers applied one at a time to the record; the swing is the largest minus the smallest point.',
        '',
        '| Question | Answer | Credibility | Viability |',
        '|---|---|---|---|',
        ...[...focus.questions]
          .sort((a, b) => b.swing.credibility + b.swing.viability - (a.swing.credibility + a.swing.viability))
          .flatMap((q) =>
            q.answers.map(
              (a, i) =>
                `| ${i === 0 ? `${cell(q.text)} (swing ${q.swing.credibility} / ${q.swing.viability})` : ''} | ${cell(a.label)} | ${range(a.credibility)} | ${range(a.viability)} |`,
            ),
          ),
        '',
      );
    }
  }
  lines.push(
    '### Which unknowns matter most',
    '',
    'Every open question and guarantee it touches, ranked by the larger of its two swings, then by its credibility swing.',
    '',
    '| Question | Guarantee | Credibility swing | Viability swing |',
    '|---|---|---|---|',
    ...example.ranking
      .slice(0, 10)
      .map((e) => `| ${cell(e.text)} | ${cell(e.guaranteeName)} | ${e.swing.credibility} | ${e.swing.viability} |`),
    '',
  );
  return lines.join('\n');
}

const LIMITS = `## Limits of the method

- **The weights are judgments.** The literature supports the *direction* of each effect — a defence pact deters more than consultation, forces on the spot more than promises — not the number of points. The numbers here are this project's calibration, chosen so that the directions hold; two reasonable analysts could weight them differently, and the profiles exist so readers can see how much the lens matters.
- **A score is not a probability.** 60 does not mean a 60% chance that the guarantors would fight. The base-rate band is the only number here with a frequency behind it, and it describes other alliances in other times.
- **Only what is on record counts.** Ties, records of backing down and positions count only when the dataset lists them with a source. A missing indicator is unknown and widens the range; a missing tie simply does not count.
- **Ranges are conservative, answers are one at a time.** Interval arithmetic can make a range wider than the truth when one unknown feeds several rules. Open questions are evaluated one by one plus their strongest joint pulls, not in every combination; on the bundled dataset that equals every combination, but not always (step 6).
- **Deterrence is in the adversary's mind.** The rules model what the literature says adversaries weigh; they cannot see what a particular leader believes.
- **Viability is not a forecast** of whether the guarantee will be signed; it counts the obstacles on record.
`;

/** The worked example on a dataset at its cut-off, focused on `focus` (else its first guarantee). */
export function workedExample(dataset: Dataset, focus = 'mfu'): WorkedExample | undefined {
  const result = assess(dataset);
  if (!result.ok) return undefined;
  const ids = result.assessment.guarantees.map((g) => g.guarantee);
  return {
    datasetTitle: dataset.manifest.title,
    assessment: result.assessment,
    ranking: rankSensitivity(result.assessment),
    focus: ids.includes(focus) ? focus : (ids[0] ?? focus),
  };
}

export function credibilityDocument(example?: WorkedExample, figures?: readonly ConcordanceFigures[]): string {
  const families = (['capability', 'commitment', 'resolve', 'cohesion', 'viability'] as const).map((family) =>
    [`### ${FAMILY_TITLES[family]}`, '', ...CREDIBILITY_RULES.filter((r) => r.factor === family).map(ruleSection)].join(
      '\n',
    ),
  );
  return [
    '# Credibility: how pledgewatch scores a guarantee',
    '',
    '<!-- Generated by packages/core/scripts/write-credibility-doc.mjs from the rule catalogue; do not edit by hand. -->',
    '',
    'Deterrent credibility (0–100) is how likely the adversary is to believe the guarantors would act if the trigger came. Viability, kept apart, is whether the arrangement will exist at all. Both are ranges over what is unknown, with the rules that fired and the literature behind them.',
    '',
    method(figures),
    '## The rules',
    '',
    ...families,
    example ? worked(example) : '',
    LIMITS,
    '## References',
    '',
    ...Object.values(CITATIONS).map((c) => `- ${c.reference}`),
    '',
  ].join('\n');
}
