import {
  formatPercentRange,
  formatScore,
  formatSignedScore,
  type GuaranteeExplanation,
  type RuleFiring,
} from '@pledgewatch/core';
import { clean } from '../terminal/text.js';
import { Pane, type PaneLine } from './Pane.js';

function inputsText(inputs: RuleFiring['inputs']): string {
  const parts = Object.entries(inputs).map(([k, v]) => `${clean(k)} ${v === null ? 'unknown' : clean(String(v))}`);
  return parts.length ? parts.join(', ') : 'none';
}

function ruleLines(r: RuleFiring): PaneLine[] {
  return [
    { text: `  ${formatSignedScore(r.effect)}  ${clean(r.title)}: ${clean(r.explanation)}`, indent: 6 },
    { text: `      read: ${inputsText(r.inputs)}`, look: 'dim', indent: 8 },
    ...(r.citations.length
      ? [
          {
            text: `      cites: ${r.citations.map((c) => clean(c.reference)).join('; ')}`,
            look: 'dim' as const,
            indent: 8,
          },
        ]
      : []),
  ];
}

/** Why a guarantee scores what it does, in the order a sceptic asks. */
export function whyLines(e: GuaranteeExplanation): PaneLine[] {
  const lines: PaneLine[] = [
    {
      text: `Credibility ${formatScore(e.credibility)} · viability ${formatScore(e.viability)} (0–100; low ‹most likely› high)`,
      look: 'heading',
    },
    { text: 'Factors (weight × score = points of credibility), largest first:', look: 'heading' },
  ];
  for (const f of e.factors) {
    lines.push({
      text: `${f.factor}: weight ${Math.round(f.weight * 100)}% × ${formatScore(f.score)} = ${f.contribution} points`,
    });
    for (const r of f.rules) lines.push(...ruleLines(r));
    if (f.rules.length === 0) lines.push({ text: '  no rule fired for this factor', look: 'dim' });
  }
  if (e.ceilings.length) {
    lines.push({ text: 'Caps (the most credibility can be, whatever the factors say):', look: 'heading' });
    for (const c of e.ceilings)
      lines.push(
        { text: `  capped at ${c.ceiling}: ${clean(c.title)}: ${clean(c.explanation)}`, indent: 4 },
        ...ruleLines(c).slice(1),
      );
  }
  if (e.viabilityRules.length) {
    lines.push({ text: 'Viability (can it be put in place at all), from 100:', look: 'heading' });
    for (const r of e.viabilityRules) lines.push(...ruleLines(r));
  }
  lines.push(
    { text: 'Base rate (context, never mixed into the score):', look: 'heading' },
    {
      text: `  ${clean(e.baseRate.label)}: ${formatPercentRange(e.baseRate.low, e.baseRate.high)} — ${clean(e.baseRate.citation.reference)}`,
      indent: 4,
    },
  );
  if (e.baseRate.note) lines.push({ text: `  ${clean(e.baseRate.note)}`, look: 'dim', indent: 4 });
  lines.push({ text: `Flags${e.flags.length ? ':' : ': none'}`, look: 'heading' });
  for (const f of e.flags) lines.push({ text: `  ▲ ${clean(f)}`, indent: 4 });
  const width = Math.round(e.credibility.high - e.credibility.low);
  lines.push({
    text: `Why the range is ${width} points wide${e.widening.length || e.uncertainRules.length ? ':' : ': nothing unknown moves it'}`,
    look: 'heading',
  });
  for (const w of e.widening)
    lines.push({
      text: `  Δ${w.swing} ${clean(w.text)} (open question: its answers move the point ${w.swing} points)`,
      indent: 6,
    });
  for (const r of e.uncertainRules)
    lines.push({
      text: `  ${formatSignedScore(r.effect)} ${clean(r.title)}: an input is unknown (${inputsText(r.inputs)})`,
      indent: 6,
    });
  return lines;
}

export function Why({
  explanation,
  title,
  width,
  height,
  scroll,
}: {
  explanation: GuaranteeExplanation;
  title: string;
  width: number;
  height: number;
  scroll: number;
}) {
  return <Pane title={`Why: ${title}`} lines={whyLines(explanation)} width={width} height={height} scroll={scroll} />;
}
