import type { ReferenceIndex } from './shared-index.js';

/** Events: the actors and guarantees they involve exist; each event is sourced. */
export function checkEvents(index: ReferenceIndex): void {
  index.each('events', 'events', index.dataset.events, (e, o) => {
    e.actors?.forEach((x, i) => index.ref('actors', x, o, ['actors', i], 'the actor'));
    e.guarantees?.forEach((x, i) => index.ref('guarantees', x, o, ['guarantees', i], 'the guarantee'));
    index.sourcesOf(e, o, []);
    index.requireSource(e, o, [], `the event '${e.title}'`);
    index.future(e.date, o, ['date']);
  });
}
