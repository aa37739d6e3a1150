import type { ReferenceIndex } from './shared-index.js';

/**
 * Actors: members, record and ties name other actors; each sourced fact names its sources.
 * Membership is the one relation that could loop (a coalition inside its own member).
 */
export function checkActors(index: ReferenceIndex): void {
  index.each('actors', 'actors', index.dataset.actors, (a, o) => {
    a.members?.forEach((m, i) => index.ref('actors', m, o, ['members', i], 'the member'));
    for (const key of ['nato', 'eu', 'nuclearArmed', 'landBorders'] as const) {
      const fact = a[key];
      if (fact && fact !== 'unknown') index.sourcesOf(fact, o, [key]);
    }
    for (const [key, fact] of Object.entries(a.indicators ?? {})) {
      if (fact && fact !== 'unknown') index.sourcesOf(fact, o, ['indicators', key]);
    }
    a.record?.forEach((r, i) => {
      index.ref('actors', r.adversary, o, ['record', i, 'adversary'], 'the adversary');
      index.sourcesOf(r, o, ['record', i]);
      index.requireSource(r, o, ['record', i], 'this record entry');
    });
    a.ties?.forEach((t, i) => {
      index.ref('actors', t.with, o, ['ties', i, 'with'], 'the actor');
      index.sourcesOf(t, o, ['ties', i]);
    });
  });
  for (const cycle of membershipCycles(index.dataset.actors)) {
    index.report.add(
      'error',
      'reference-cycle',
      index.report.at(index.origin('actors', cycle[0]!), ['members']),
      `membership goes round in a circle: ${cyclePath(cycle)}`,
      'an organisation cannot, through its members, contain itself; remove one link',
    );
  }
}

/**
 * A cycle as a path back to its start; a long one (a generated chain of thousands) shows its
 * first and last links and how many it has, so the message stays a line a person can read.
 */
function cyclePath(cycle: readonly string[]): string {
  const path = [...cycle, cycle[0]!];
  if (path.length <= 12) return path.join(' → ');
  return `${path.slice(0, 5).join(' → ')} → … (${(cycle.length - 7).toLocaleString('en')} more) → ${path.slice(-3).join(' → ')}`;
}

/**
 * Each membership cycle once, as the ids along it, starting from its smallest id. A depth-first
 * walk with its own stack, not the call stack: a chain of 100,000 memberships is data, and
 * loading must not overflow on it.
 */
export function membershipCycles(actors: readonly { id: string; members?: string[] }[]): string[][] {
  const members = new Map(actors.map((a) => [a.id, a.members ?? []]));
  const cycles = new Map<string, string[]>();
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const onPath = new Map<string, number>();
  /** The walk's frames: an actor and how many of its members have been looked at. */
  const frames: { id: string; next: number }[] = [];
  const enter = (id: string) => {
    state.set(id, 'open');
    onPath.set(id, path.length);
    path.push(id);
    frames.push({ id, next: 0 });
  };
  for (const a of actors) {
    if (state.has(a.id)) continue;
    enter(a.id);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const list = members.get(frame.id) ?? [];
      if (frame.next >= list.length) {
        frames.pop();
        path.pop();
        onPath.delete(frame.id);
        state.set(frame.id, 'done');
        continue;
      }
      const next = list[frame.next++]!;
      if (state.get(next) === 'open') {
        const loop = path.slice(onPath.get(next));
        const start = loop.indexOf([...loop].sort()[0]!);
        const canonical = [...loop.slice(start), ...loop.slice(0, start)];
        cycles.set(canonical.join('>'), canonical);
      } else if (!state.has(next) && members.has(next)) enter(next);
    }
  }
  return [...cycles.values()];
}
