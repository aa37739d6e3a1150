import {
  type ChangedFact,
  type DatasetComparison,
  formatScore,
  formatSignedDelta,
  type GuaranteeMove,
  neutralizeText,
  type RuleMove,
  type ScoreRange,
} from '@pledgewatch/core';

/**
 * `pledgewatch diff` as text for a terminal and as Markdown for a pull-request comment. Every
 * string from the dataset is untrusted: neutralised for the terminal, escaped for Markdown.
 */

export interface DiffSides {
  before: string;
  after: string;
}

const plain = (s: string) => neutralizeText(s, { singleLine: true });
const md = (s: string) => plain(s).replace(/([\\`*_{}[\]<>|#!~])/g, '\\$1');

function move(before: ScoreRange | undefined, after: ScoreRange | undefined): string {
  if (!before) return `new: ${formatScore(after!)}`;
  if (!after) return `was ${formatScore(before)}, gone`;
  if (formatScore(before) === formatScore(after)) return `${formatScore(after)} (unchanged)`;
  return `${formatScore(before)} → ${formatScore(after)} (${formatSignedDelta(after.point - before.point)})`;
}

function sourceLine(fact: ChangedFact, quote: (s: string) => string): string {
  if (fact.sources.length === 0) return 'no source cited';
  return fact.sources.map((s) => `${quote(s.id)} — ${quote(s.title)} (${quote(s.publisher)}, ${s.grade})`).join('; ');
}

function ruleSubject(r: RuleMove): string {
  return r.subject ? ` [${r.subject}]` : '';
}

function labelOf(comparison: DatasetComparison, guarantee: string): string {
  return comparison.guarantees.find((g) => g.guarantee === guarantee)?.label ?? guarantee;
}

export function formatDiffText(comparison: DatasetComparison, sides: DiffSides): string[] {
  const { facts, guarantees, rules } = comparison;
  const lines = [
    `pledgewatch diff: ${sides.before} → ${sides.after} (as of ${comparison.before.asOf} → ${comparison.after.asOf})`,
    '',
    facts.length === 0 ? 'No fact changed.' : `Changed facts (${facts.length}):`,
  ];
  for (const f of facts) {
    lines.push(`  ${f.date ? `${f.date}  ` : ''}${plain(f.text)}`, `      source: ${sourceLine(f, plain)}`);
  }
  lines.push('', 'Guarantees — credibility and viability, low ‹point› high:');
  const width = Math.min(40, Math.max(...guarantees.map((g) => plain(g.label).length)));
  for (const g of guarantees) lines.push(...guaranteeText(g, width));
  lines.push(
    '',
    rules.length === 0 ? 'No rule contribution moved.' : `Rules whose contributions moved (${rules.length}):`,
  );
  for (const r of rules) {
    lines.push(
      `  ${plain(labelOf(comparison, r.guarantee))}  ${r.rule}${plain(ruleSubject(r))} ${plain(r.title)}: ${move(r.before, r.after)}`,
    );
  }
  return lines;
}

function guaranteeText(g: GuaranteeMove, width: number): string[] {
  const name = plain(g.label).slice(0, width).padEnd(width);
  if (!g.moved) {
    return [
      `  ${name}  unchanged: credibility ${formatScore(g.after!.credibility)}, viability ${formatScore(g.after!.viability)}`,
    ];
  }
  return [
    `  ${name}  credibility ${move(g.before?.credibility, g.after?.credibility)}`,
    `  ${''.padEnd(width)}  viability   ${move(g.before?.viability, g.after?.viability)}`,
  ];
}

export function formatDiffMarkdown(comparison: DatasetComparison, sides: DiffSides): string[] {
  const { facts, guarantees, rules } = comparison;
  const lines = [
    `### pledgewatch diff: ${md(sides.before)} → ${md(sides.after)}`,
    '',
    `As of ${comparison.before.asOf} → ${comparison.after.asOf}. Scores are low ‹point› high, 0–100.`,
    '',
    facts.length === 0 ? '**No fact changed.**' : `**Changed facts (${facts.length})**`,
    '',
    ...facts.map((f) => `- ${f.date ? `${f.date}: ` : ''}${md(f.text)} — source: ${sourceLine(f, md)}`),
    '',
    '| Guarantee | Credibility | Viability |',
    '| --- | --- | --- |',
    ...guarantees.map(
      (g) =>
        `| ${g.moved ? `**${md(g.label)}**` : md(g.label)} | ${move(g.before?.credibility, g.after?.credibility)} | ${move(g.before?.viability, g.after?.viability)} |`,
    ),
  ];
  if (rules.length > 0) {
    lines.push(
      '',
      `<details><summary>Rules whose contributions moved (${rules.length})</summary>`,
      '',
      '| Guarantee | Rule | Contribution (points) |',
      '| --- | --- | --- |',
      ...rules.map(
        (r) =>
          `| ${md(labelOf(comparison, r.guarantee))} | \`${r.rule}\`${md(ruleSubject(r))} ${md(r.title)} | ${move(r.before, r.after)} |`,
      ),
      '',
      '</details>',
    );
  } else lines.push('', 'No rule contribution moved.');
  return lines;
}
