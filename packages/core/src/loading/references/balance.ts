import type { Id } from '../../model/common.js';
import type { ReferenceIndex } from './shared-index.js';

/**
 * What the credibility engine v2 reads beyond the text (model/balance.ts): a guarantee's local
 * balance, the adversary's patrons, hedges and breaches; an actor's nuclear date and losses of
 * the means to act. Each names actors that must exist and carries a source.
 */
export function checkBalance(index: ReferenceIndex): void {
  index.each('balance:actors', 'actors', index.dataset.actors, (a, o) => {
    if (a.nuclearSince) index.sourcesOf(a.nuclearSince, o, ['nuclearSince']);
    a.meansLost?.forEach((m, i) => {
      index.sourcesOf(m, o, ['meansLost', i]);
      index.requireSource(m, o, ['meansLost', i], 'this loss of the means to act');
    });
  });
  index.each('balance:guarantees', 'guarantees', index.dataset.guarantees, (g, o) => {
    const sourced = (entry: { source?: Id; sources?: Id[] }, sub: (string | number)[], what: string) => {
      index.sourcesOf(entry, o, sub);
      index.requireSource(entry, o, sub, what);
    };
    g.balance?.forEach((f, i) => {
      index.ref('actors', f.party, o, ['balance', i, 'party'], 'the party');
      sourced(f, ['balance', i], 'this force estimate');
    });
    g.adversaryPatrons?.forEach((p, i) => {
      index.ref('actors', p.actor, o, ['adversaryPatrons', i, 'actor'], 'the patron');
      sourced(p, ['adversaryPatrons', i], 'this patron');
    });
    g.hedges?.forEach((h, i) => {
      index.ref('actors', h.actor, o, ['hedges', i, 'actor'], 'the actor');
      sourced(h, ['hedges', i], 'this hedge');
    });
    g.breaches?.forEach((b, i) => {
      sourced(b, ['breaches', i], 'this breach');
      b.responses?.forEach((r, j) => {
        index.ref('actors', r.guarantor, o, ['breaches', i, 'responses', j, 'guarantor'], 'the guarantor');
        index.sourcesOf(r, o, ['breaches', i, 'responses', j]);
      });
    });
  });
}
