import {
  type CommitmentShare,
  type CommitmentState,
  capabilityLabel,
  citedSources,
  formatScale,
  formatScore,
  formatSignedDelta,
} from '@pledgewatch/core';
import type { Names } from '../rows/names.js';
import type { SourceLine } from '../rows/selection.js';
import { clean } from '../terminal/text.js';
import { Pane, type PaneLine } from './Pane.js';
import { STATUS_LOOK } from './theme.js';

export interface CommitmentDetailProps {
  state: CommitmentState;
  names: Names;
  share?: CommitmentShare;
  /** Whether the engine ran at all (otherwise there is nothing to measure the share against). */
  assessed: boolean;
  sources: SourceLine[];
  width: number;
  height: number;
  scroll: number;
}

/** What the commitment adds: its guarantee assessed with it and with it withdrawn. */
function shareLines(share: CommitmentShare | undefined, assessed: boolean, guarantee: string): PaneLine[] {
  const head: PaneLine = { text: `What it adds to ${guarantee}`, look: 'heading' };
  if (!assessed) return [head, { text: '  not assessed (see the message above the scores)', look: 'dim' }];
  if (!share) return [head, { text: '  not measurable as of this date (not yet on record)', look: 'dim' }];
  const { withIt, withoutIt } = share;
  return [
    head,
    {
      text: `  credibility ${formatScore(withIt.credibility)} with it, ${formatScore(withoutIt.credibility)} without it (${formatSignedDelta(withIt.credibility.point - withoutIt.credibility.point)} points)`,
      indent: 4,
    },
    {
      text: `  viability ${formatScore(withIt.viability)} with it, ${formatScore(withoutIt.viability)} without it (${formatSignedDelta(withIt.viability.point - withoutIt.viability.point)} points)`,
      indent: 4,
    },
    {
      text: '  The engine scores a coalition as a whole, so a commitment shows as the difference it makes: the guarantee re-assessed with this commitment withdrawn. enter on the guarantee in the Overview shows every rule.',
      look: 'dim',
      indent: 4,
    },
    ...share.firings.map((r) => ({ text: `  ${clean(r.title)}: ${clean(r.explanation)}`, indent: 4 })),
  ];
}

/** One commitment in full: history with sources and grades, conditions, scale, what it adds, its sources. */
export function CommitmentDetail({
  state,
  names,
  share,
  assessed,
  sources,
  width,
  height,
  scroll,
}: CommitmentDetailProps) {
  const c = state.commitment;
  const cites = (entry: { source?: string; sources?: string[] }) =>
    citedSources(entry)
      .map((id) => names.source(id))
      .join('; ');
  const location = c.location === undefined ? 'not stated' : c.location;
  const status = state.status ? `${STATUS_LOOK[state.status].symbol} ${state.status}` : 'not yet on record';
  const lines: PaneLine[] = [
    {
      text: `${names.actor(c.guarantor)} · ${capabilityLabel(c.capability)} · ${names.guarantee(c.guarantee)} · ${status}`,
      look: 'heading',
    },
    { text: clean(c.description) || '(no description)' },
    { text: `scale: ${formatScale(c.scale)} · location: ${clean(location)} · id ${c.id}` },
    { text: 'History', look: 'heading' },
    ...c.history.map((h, i) => ({
      text: `  ${h.date} ${STATUS_LOOK[h.status].symbol} ${h.status}${i > 0 && c.history[i - 1]!.status === h.status ? ' (reconfirmed)' : ''}  ${cites(h)}${h.note ? ` — ${clean(h.note)}` : ''}`,
      indent: 4,
    })),
    { text: `Conditions${c.conditions?.length ? '' : ': none stated'}`, look: 'heading' },
    ...(c.conditions ?? []).map((cond) => ({
      text: `  [${cond.status === 'met' ? '✓' : cond.status === 'unmet' ? '✗' : '?'}] ${cond.kind}: ${clean(cond.description)}  ${cites(cond)}`,
      indent: 4,
    })),
    ...shareLines(share, assessed, names.guarantee(c.guarantee)),
    ...sourceListLines(sources),
  ];
  return <Pane title="Commitment" lines={lines} width={width} height={height} scroll={scroll} />;
}

/** A fact's sources: outlet, title, date, grade and link (o opens, y copies the first). */
export function sourceListLines(sources: SourceLine[]): PaneLine[] {
  return [
    {
      text: `Sources${sources.length ? ' (o opens the first link, y copies the first citation)' : ': none cited'}`,
      look: 'heading',
    },
    ...sources.map((s) => ({
      text: `  ${s.grade} ${s.outlet} — "${s.title}", ${s.date}${s.url ? ` ${s.url}` : ''}`,
      indent: 4,
    })),
  ];
}
