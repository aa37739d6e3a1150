import type { ReferenceIndex } from './shared-index.js';

/** Positions: an actor's stance on a guarantee (or one of its conditions), sourced, oldest first. */
export function checkPositions(index: ReferenceIndex): void {
  index.each('positions', 'positions', index.dataset.positions, (p, o) => {
    index.ref('actors', p.actor, o, ['actor'], 'the actor');
    index.ref('guarantees', p.guarantee, o, ['guarantee'], 'the guarantee');
    const g = index.guarantee(p.guarantee);
    if (p.condition !== undefined && g) index.conditionOf(g, 'guarantee', p.condition, o, ['condition']);
    p.history.forEach((h, i) => {
      index.sourcesOf(h, o, ['history', i]);
      index.requireSource(h, o, ['history', i], `the stance '${h.stance}' of ${h.date}`);
      index.future(h.date, o, ['history', i, 'date']);
    });
    index.ordered(p.history, o, 'history', 'stance');
  });
}
