import type { Commitment } from '../model/commitment.js';
import type { Guarantee } from '../model/guarantee.js';
import type { Snapshot } from '../timeline/snapshot.js';
import { formatDisplayDate } from '../wording/dates.js';
import { actorLabel, capitalise, enumWords, shortLabel, theName, withArticle } from '../wording/labels.js';
import { describeScale } from '../wording/scales.js';
import type { EndnoteRegister } from './endnotes.js';
import { strongestSourcing } from './sourcing.js';
import type { GuaranteeFacts, KnownFact, Notes } from './types.js';
import { clean } from './wording.js';

/**
 * What we know, by topic: for each guarantee its design (legal form, obligation, trigger,
 * date), the conditions that are met or unmet, and every stated stance on it — each fact once,
 * with the grade of its best source. Commitments are facts too, but they are stated once, in
 * the commitments table. A statement with no source is not knowledge and does not appear here.
 */

type Refs = { source?: string; sources?: string[] } | undefined;

/** An actor's name as a sentence uses it ("the Netherlands"), neutralised. */
export function actorName(snapshot: Snapshot, id: string): string {
  return clean(theName(actorLabel(snapshot.dataset, id)));
}

/** A guarantee's full name, neutralised: for headings and tables. */
export function guaranteeName(guarantee: Pick<Guarantee, 'name'>): string {
  return clean(guarantee.name);
}

/** A guarantee's short name, neutralised: for prose. */
export function guaranteeShort(guarantee: Pick<Guarantee, 'name' | 'shortName'>): string {
  return clean(shortLabel(guarantee));
}

/** The scale in the one wording core uses everywhere, with the source's own words beside it. */
export function scaleText(commitment: Pick<Commitment, 'scale'>): string {
  const s = commitment.scale;
  const amount = describeScale(s);
  return s && s !== 'unknown' && s.description ? `${amount} (“${clean(s.description)}”)` : amount;
}

export function buildKnown(snapshot: Snapshot, notes: EndnoteRegister): GuaranteeFacts[] {
  return snapshot.dataset.guarantees
    .map((g) => ({ guarantee: g.id, name: guaranteeName(g), facts: guaranteeFacts(snapshot, g, notes) }))
    .filter((t) => t.facts.length > 0);
}

function guaranteeFacts(snapshot: Snapshot, g: Guarantee, notes: EndnoteRegister): KnownFact[] {
  const facts: KnownFact[] = [];
  const add = (topic: KnownFact['topic'], text: string, refs: Refs[], date?: string) => {
    const graded = strongestSourcing(refs.flatMap((r) => notes.sourcesOf(r)));
    if (!graded) return;
    const cited: Notes = [...new Set(refs.flatMap((r) => notes.cite(r)))].sort((a, b) => a - b);
    facts.push({ text, topic, ...(date ? { date } : {}), ...graded, notes: cited });
  };
  const design: string[] = [];
  if (g.legalForm !== 'unknown') design.push(`its legal form is ${withArticle(enumWords(g.legalForm))}`);
  if (g.obligation !== 'unknown') design.push(`it creates ${withArticle(enumWords(g.obligation))} obligation`);
  if (g.trigger !== 'unknown') {
    const clock = g.trigger.clockHours ? ` within ${g.trigger.clockHours} hours` : '';
    design.push(g.trigger.kind === 'none' ? 'it has no trigger' : `its trigger is ${g.trigger.kind}${clock}`);
  }
  if (g.signed && g.signed !== 'unknown') design.push(`it dates from ${formatDisplayDate(g.signed)}`);
  if (design.length > 0)
    add('design', `${capitalise(design.join('; '))}.`, [g, g.trigger !== 'unknown' ? g.trigger : undefined]);
  for (const c of g.conditions ?? []) {
    if (c.status === 'unknown') continue;
    add('conditions', `The condition “${clean(c.description)}” is ${c.status}.`, [c]);
  }
  for (const p of snapshot.positions) {
    if (p.position.guarantee !== g.id || !p.stance || !p.since) continue;
    const quote = p.since.quote ? `: “${clean(p.since.quote)}”` : '';
    const who = capitalise(actorName(snapshot, p.position.actor));
    add(
      'positions',
      `${who} ${stanceVerb(p.stance)} it${quote} (${formatDisplayDate(p.since.date)}).`,
      [p.since],
      p.since.date,
    );
  }
  return facts;
}

export function stanceVerb(stance: string): string {
  switch (stance) {
    case 'supports':
      return 'supports';
    case 'conditional':
      return 'conditionally supports';
    case 'opposes':
      return 'opposes';
    case 'rejects':
      return 'rejects';
    default:
      return 'demands a veto over';
  }
}
