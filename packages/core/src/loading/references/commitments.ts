import type { ReferenceIndex } from './shared-index.js';

/** Commitments: a guarantee and a guarantor that exist; a status history, sourced, oldest first. */
export function checkCommitments(index: ReferenceIndex): void {
  index.each('commitments', 'commitments', index.dataset.commitments, (c, o) => {
    index.ref('guarantees', c.guarantee, o, ['guarantee'], 'the guarantee');
    index.ref('actors', c.guarantor, o, ['guarantor'], 'the guarantor');
    if (c.scale && c.scale !== 'unknown') index.sourcesOf(c.scale, o, ['scale']);
    c.conditions?.forEach((x, i) => {
      index.ref('actors', x.party, o, ['conditions', i, 'party'], 'the party');
      index.sourcesOf(x, o, ['conditions', i]);
    });
    c.history.forEach((h, i) => {
      index.sourcesOf(h, o, ['history', i]);
      index.requireSource(h, o, ['history', i], `the status entry '${h.status}' of ${h.date}`);
      index.future(h.date, o, ['history', i, 'date']);
    });
    index.ordered(c.history, o, 'history', 'status');
  });
}
