import type { ReferenceIndex } from './shared-index.js';

/** Guarantees: beneficiary, adversary, guarantors and condition parties are actors; changes since signing are sourced. */
export function checkGuarantees(index: ReferenceIndex): void {
  index.each('guarantees', 'guarantees', index.dataset.guarantees, (g, o) => {
    index.ref('actors', g.beneficiary, o, ['beneficiary'], 'the beneficiary');
    index.ref('actors', g.adversary, o, ['adversary'], 'the adversary');
    g.guarantors.forEach((x, i) => index.ref('actors', x, o, ['guarantors', i], 'the guarantor'));
    index.sourcesOf(g, o, []);
    if (g.trigger !== 'unknown') index.sourcesOf(g.trigger, o, ['trigger']);
    g.conditions?.forEach((c, i) => {
      index.ref('actors', c.party, o, ['conditions', i, 'party'], 'the party');
      index.sourcesOf(c, o, ['conditions', i]);
    });
    g.changesSinceSigning?.forEach((c, i) => {
      index.sourcesOf(c, o, ['changesSinceSigning', i]);
      index.requireSource(c, o, ['changesSinceSigning', i], 'this change since signing');
    });
  });
}
