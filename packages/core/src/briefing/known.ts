import { type Commitment, PROGRESS_STATUSES } from '../model/commitment.js';
import type { Guarantee } from '../model/guarantee.js';
import { formatScale } from '../model/scale-format.js';
import type { Snapshot } from '../timeline/snapshot.js';
import type { EndnoteRegister } from './endnotes.js';
import { strongestSourcing } from './sourcing.js';
import type { KnownFact, Notes } from './types.js';
import { clean, formatDate, words } from './wording.js';

/**
 * What we know: every sourced statement the data makes as of the date — each guarantee's
 * design, each commitment's status and scale, each condition that is met or unmet, each
 * stated position — sorted into confirmed, reported and claimed by its sources' grades.
 * A statement with no source is not knowledge and does not appear here.
 */

type Refs = { source?: string; sources?: string[] } | undefined;

export function actorName(snapshot: Snapshot, id: string): string {
  return clean(snapshot.dataset.actors.find((a) => a.id === id)?.name ?? id);
}

export function guaranteeName(guarantee: Pick<Guarantee, 'name'>): string {
  return clean(guarantee.name);
}

/** The scale in the one wording core uses everywhere, with the source's own words beside it. */
export function scaleText(commitment: Pick<Commitment, 'scale'>): string {
  const s = commitment.scale;
  const amount = formatScale(s);
  return s && s !== 'unknown' && s.description ? `${amount} (“${clean(s.description)}”)` : amount;
}

export function buildKnown(snapshot: Snapshot, notes: EndnoteRegister) {
  const facts: KnownFact[] = [];
  const add = (text: string, refs: Refs[], date?: string) => {
    const sources = refs.flatMap((r) => notes.sourcesOf(r));
    const graded = strongestSourcing(sources);
    if (!graded) return;
    const cited: Notes = [...new Set(refs.flatMap((r) => notes.cite(r)))].sort((a, b) => a - b);
    facts.push({ text, ...(date ? { date } : {}), ...graded, notes: cited });
  };

  for (const g of snapshot.dataset.guarantees) {
    const name = guaranteeName(g);
    const design: string[] = [];
    if (g.legalForm !== 'unknown') design.push(`its legal form is ${article(words(g.legalForm))}`);
    if (g.obligation !== 'unknown') design.push(`it creates ${article(words(g.obligation))} obligation`);
    if (g.trigger !== 'unknown') {
      const clock = g.trigger.clockHours ? ` within ${g.trigger.clockHours} hours` : '';
      design.push(`its trigger is ${g.trigger.kind === 'none' ? 'none' : `${g.trigger.kind}${clock}`}`);
    }
    if (g.signed && g.signed !== 'unknown') design.push(`it dates from ${formatDate(g.signed)}`);
    if (design.length > 0) {
      const triggerRefs = g.trigger !== 'unknown' ? g.trigger : undefined;
      add(`${name}: ${design.join('; ')}.`, [g, triggerRefs]);
    }
    for (const c of g.conditions ?? []) {
      if (c.status === 'unknown') continue;
      add(`${name}: the condition “${clean(c.description)}” is ${c.status}.`, [c]);
    }
    for (const state of snapshot.commitments) {
      const c = state.commitment;
      if (c.guarantee !== g.id || !state.status || !state.since) continue;
      const who = actorName(snapshot, c.guarantor);
      const scale = scaleText(c);
      const scaleRefs = c.scale && c.scale !== 'unknown' ? c.scale : undefined;
      const progress = (PROGRESS_STATUSES as readonly string[]).includes(state.status);
      const verb = `${words(c.capability)} for ${name}: ${words(state.status)}`;
      const sized = scale !== 'unknown' && progress ? `, ${scale}` : '';
      add(`${who} — ${verb}${sized} (${formatDate(state.since.date)}).`, [state.since, scaleRefs], state.since.date);
      for (const cond of c.conditions ?? []) {
        if (cond.status === 'unknown') continue;
        add(
          `${who}’s ${words(c.capability)} commitment: the condition “${clean(cond.description)}” is ${cond.status}.`,
          [cond],
        );
      }
    }
    for (const p of snapshot.positions) {
      if (p.position.guarantee !== g.id || !p.stance || !p.since) continue;
      const quote = p.since.quote ? `: “${clean(p.since.quote)}”` : '';
      add(
        `${actorName(snapshot, p.position.actor)} ${stanceVerb(p.stance)} ${name}${quote} (${formatDate(p.since.date)}).`,
        [p.since],
        p.since.date,
      );
    }
  }
  return {
    confirmed: facts.filter((f) => f.sourcing === 'confirmed'),
    reported: facts.filter((f) => f.sourcing === 'reported'),
    claimed: facts.filter((f) => f.sourcing === 'claimed'),
  };
}

function article(phrase: string): string {
  return /^[aeiou]/i.test(phrase) ? `an ${phrase}` : `a ${phrase}`;
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
