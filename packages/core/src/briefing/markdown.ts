import { ESTIMATIVE_STANDARDS } from '../language/estimative.js';
import { formatDisplayDate } from '../wording/dates.js';
import { formatPercentRange, formatScore, formatSignedDelta } from '../wording/numbers.js';
import {
  answerEffectText,
  COMMITMENT_COLUMNS,
  changeLists,
  changeMoveLines,
  commitmentCells,
  coreChanges,
  judgmentEstimate,
  judgmentEvidence,
  notesText,
  BRIEFING_SECTIONS as T,
  unchangedScenariosText,
} from './phrases.js';
import type { Briefing } from './types.js';

/**
 * The briefing as Markdown (CommonMark with GFM tables), for wikis, e-mail and diffs: the same
 * content, words and endnote numbers as the PDF, in the same order — the core, then the
 * annexes. Pure text; any tool (the briefing CLI, a future `diff --format md`) can print it.
 */
export function renderBriefingMarkdown(b: Briefing): string {
  const page = markdownPage();
  writeCore(page, b);
  writeGuaranteesAnnex(page, b);
  if (b.judgments.length > b.coreJudgments) {
    page.h(2, T.allJudgments);
    page.p(`Judgments 1–${b.coreJudgments} are in the core above.`);
    b.judgments.slice(b.coreJudgments).forEach((j, i) => judgment(page.out, j, i + b.coreJudgments));
  }
  writeUnknownsAnnex(page, b);
  writeScoresAnnex(page, b);
  writeScenariosAnnex(page, b);
  writeChangesAnnex(page, b);
  writeTimelineAndSources(page, b);
  writeMethod(page, b);
  return `${page.out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

/** Markdown blocks, each followed by a blank line; dataset text is escaped on the way in. */
interface MarkdownPage {
  out: string[];
  h(level: number, text: string): void;
  p(text: string): void;
  /** Text already in Markdown (its dataset parts escaped by the caller). */
  raw(text: string): void;
  list(items: string[]): void;
  table(head: readonly string[], rows: string[][]): void;
}

function markdownPage(): MarkdownPage {
  const out: string[] = [];
  return {
    out,
    h: (level, text) => out.push(`${'#'.repeat(level)} ${md(text)}`, ''),
    p: (text) => out.push(md(text), ''),
    raw: (text) => out.push(text, ''),
    list: (items) => {
      if (items.length > 0) out.push(...items.map((i) => `- ${md(i)}`), '');
    },
    table: (head, rows) => {
      out.push(`| ${head.map(cell).join(' | ')} |`, `|${head.map(() => '---').join('|')}|`);
      for (const r of rows) out.push(`| ${r.map(cell).join(' | ')} |`);
      out.push('');
    },
  };
}

/** The two-page core: cover line, bottom line, what changed, judgments, score key, what to watch, scores, base rates. */
function writeCore({ out, h, p, raw, list, table }: MarkdownPage, b: Briefing): void {
  h(1, b.cover.title);
  raw(
    `**${md(b.cover.marking)}** · As of ${formatDisplayDate(b.asOf)}${b.cover.cutOff !== b.asOf ? ` · data cut-off ${formatDisplayDate(b.cover.cutOff)}` : ''}${b.since ? ` · changes since ${formatDisplayDate(b.since)}` : ''} · document ${b.documentId}`,
  );
  if (b.cover.freshness?.warning) raw(`> **${md(b.cover.freshness.warning)}.**`);
  for (const n of b.cover.notices ?? []) raw(`> ${md(n)}`);

  h(2, T.bottomLine);
  for (const line of b.cover.bottomLine) p(line);

  if (b.changes) {
    h(2, `${T.changes} since ${formatDisplayDate(b.changes.since)}`);
    list(changeMoveLines(b.changes));
    list(coreChanges(b.changes).map((c) => `${formatDisplayDate(c.date)}: ${c.text}${notesText(c.notes)}`));
  }

  h(2, T.judgments);
  p(`Likelihood in the words of the ${ESTIMATIVE_STANDARDS[b.standard].name}, ranked by consequence.`);
  b.judgments.slice(0, b.coreJudgments).forEach((j, i) => judgment(out, j, i));

  h(2, T.scoreKey);
  list([
    b.scoreKey.credibility,
    b.scoreKey.viability,
    b.scoreKey.form,
    ...(b.scoreKey.anchorSentence ? [b.scoreKey.anchorSentence] : []),
  ]);

  h(2, T.watch);
  if (b.watch.length === 0) p('No open question moves a score.');
  b.watch.forEach((w, i) => {
    raw(`**${i + 1}. ${md(w.text)}**${notesText(w.notes)}`);
    list([w.stakes, ...(w.indicators.length > 0 ? [`Indicators: ${w.indicators.join('; ')}`] : [])]);
  });

  h(2, T.overview);
  if (b.credibility.missing) p(b.credibility.missing);
  else
    table(
      ['Guarantee', 'Credibility', 'Viability', 'Why the range is so wide'],
      b.credibility.guarantees.map((g) => [
        g.label,
        formatScore(g.credibility),
        formatScore(g.viability),
        g.rangeWords,
      ]),
    );

  if (b.baseRates.length > 0) {
    h(2, T.baseRates);
    p('Percentages of past cases, for context: they are not on the score scale and do not enter the scores.');
    table(
      ['Reference class', 'Kept', 'Study', 'Applies to'],
      b.baseRates.map((r) => [r.label, formatPercentRange(r.low, r.high), r.citation, r.guarantees.join(', ')]),
    );
  }
}

/** Each guarantee: what is known of it, then its commitments. */
function writeGuaranteesAnnex({ h, p, list, table }: MarkdownPage, b: Briefing): void {
  h(2, T.guarantees);
  const tables = new Map(b.commitments.map((t) => [t.guarantee, t]));
  const ids = [...new Set([...b.known.map((k) => k.guarantee), ...b.commitments.map((t) => t.guarantee)])];
  for (const id of ids) {
    const facts = b.known.find((k) => k.guarantee === id);
    const t = tables.get(id);
    h(3, facts?.name ?? t!.name);
    list((facts?.facts ?? []).map((f) => `${f.text} (${f.grade})${notesText(f.notes)}`));
    if (t) {
      if (t.sizeGap) p(t.sizeGap);
      table(
        [...COMMITMENT_COLUMNS, 'Sources'],
        t.rows.map((r) => [...commitmentCells(r), notesText(r.notes).trim()]),
      );
    }
  }
}

/** The open questions (a watched one by its number only) and what no source says. */
function writeUnknownsAnnex({ h, raw, list }: MarkdownPage, b: Briefing): void {
  h(2, T.unknowns);
  const watched = new Set(b.watch.map((w) => w.question));
  b.unknown.questions.forEach((q, i) => {
    const title = watched.has(q.id) ? `Q${i + 1} (see What to watch)` : `Q${i + 1}. ${q.question}${notesText(q.notes)}`;
    raw(`**${md(title)}**${q.status === 'partly-answered' ? ' — partly answered' : ''}`);
    list([
      `Why it matters: ${q.why}`,
      ...(q.knownSoFar
        ? [
            `Known so far (${formatDisplayDate(q.knownSoFar.date)}): ${q.knownSoFar.text}${notesText(q.knownSoFar.notes)}`,
          ]
        : []),
      ...(!watched.has(q.id) && q.indicators.length > 0 ? [`Indicators: ${q.indicators.join('; ')}`] : []),
      ...q.answers.map(answerEffectText),
    ]);
  });
  if (b.unknown.gaps.length > 0) {
    h(3, 'What no source says');
    list(b.unknown.gaps.map((g) => `${g.text}${notesText(g.notes)}`));
  }
}

/** How each score is built: its factors, weights and main reasons. */
function writeScoresAnnex({ h, p, list, table }: MarkdownPage, b: Briefing): void {
  h(2, T.scores);
  p(`Profile: ${b.credibility.profile.name}.`);
  for (const g of b.credibility.guarantees) {
    h(3, g.name);
    list([`Viability: ${g.viabilityWords}`, ...g.flags]);
    table(
      ['Factor', 'Weight', 'Score', 'Main reasons'],
      g.factors.map((f) => [
        f.factor,
        `${Math.round(f.weight * 100)}%`,
        formatScore(f.score),
        g.reasons
          .filter((r) => r.factor === f.factor)
          .map((r) => `${r.title} (${formatSignedDelta(r.effect.point)}): ${r.explanation} [${r.citations.join('; ')}]`)
          .join(' · ') || 'see Method for the rules',
      ]),
    );
  }
}

function writeScenariosAnnex({ h, p, table }: MarkdownPage, b: Briefing): void {
  h(2, T.scenarios);
  if (b.scenarios.length === 0 && b.scenariosUnchanged.length === 0) p('No scenario was assessed.');
  for (const s of b.scenarios) {
    h(3, s.name);
    if (s.description) p(s.description);
    table(
      ['Guarantee', 'Baseline', 'Scenario', 'Credibility', 'Viability'],
      s.rows.map((r) => [
        r.name,
        formatScore(r.baseline),
        formatScore(r.scenario),
        formatSignedDelta(r.delta),
        formatSignedDelta(r.viabilityDelta),
      ]),
    );
  }
  const unchanged = unchangedScenariosText(b);
  if (unchanged) p(unchanged);
}

/** Every change in the window that the core did not show. */
function writeChangesAnnex({ h, list }: MarkdownPage, b: Briefing): void {
  if (b.changes) {
    const shown = new Set(coreChanges(b.changes));
    h(2, `${T.allChanges} ${formatDisplayDate(b.changes.since)}`);
    for (const [title, items] of changeLists(b.changes)) {
      const rest = items.filter((x) => !shown.has(x));
      if (rest.length === 0) continue;
      h(3, title);
      list(rest.map((c) => `${formatDisplayDate(c.date)}: ${c.text}${notesText(c.notes)}`));
    }
  }
}

function writeTimelineAndSources({ out, h, list }: MarkdownPage, b: Briefing): void {
  h(2, T.timeline);
  list(
    b.timeline.map(
      (e) =>
        `${formatDisplayDate(e.date)}: ${e.title}${e.description ? ` — ${e.description}` : ''}${notesText(e.notes)}`,
    ),
  );

  h(2, T.sources);
  out.push(
    ...b.sources.map(
      (s) =>
        `${s.number}. ${md(s.publisher)}: ${md(s.title)}${s.author ? `, ${md(s.author)}` : ''} (${s.date}; ${s.kind}; graded ${s.grade}: ${s.gradeMeaning})${s.via ? `, via ${md(s.via)}` : ''}${s.link ? ` <${s.link}>` : s.address ? ` ${md(s.address)}` : ''}${s.cited ? '' : ' — not cited above'}`,
    ),
    '',
  );
}

function writeMethod({ h, p, list, table }: MarkdownPage, b: Briefing): void {
  h(2, T.method);
  const m = b.method;
  if (b.cover.subtitle) {
    h(3, 'The dataset');
    p(b.cover.subtitle);
  }
  p(`${m.standard.name} — ${m.standard.citation}. Likelihood and confidence are never stated in one sentence.`);
  table(
    ['Term', 'Synonyms', 'Probability'],
    m.standard.terms.map((t) => [t.term, t.synonyms.join(', ') || '—', formatPercentRange(t.min, t.max)]),
  );
  list(m.sourcing);
  if (m.profile) p(`Profile “${m.profile.name}”${m.profile.description ? `: ${m.profile.description}` : '.'}`);
  if (m.rules.length > 0)
    table(
      ['Rule', 'Factor', 'Basis'],
      m.rules.map((r) => [r.title, r.factor, r.citations.map((c) => `${c.key}: ${c.reference}`).join(' · ')]),
    );
}

function judgment(out: string[], j: Briefing['judgments'][number], i: number): void {
  out.push(
    `**${i + 1}. ${md(j.statement)}**`,
    '',
    md(judgmentEstimate(j)),
    '',
    `${md(judgmentEvidence(j))}${notesText(j.notes)}`,
    '',
  );
}

/** Dataset text as Markdown text: characters Markdown would read as markup are escaped. */
function md(text: string): string {
  return text.replace(/([\\`*_<>])/g, '\\$1').replace(/^([#>+-]|\d+\.)(?=\s)/, '\\$1');
}

function cell(text: string): string {
  return md(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
