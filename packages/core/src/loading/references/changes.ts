import type { Change } from '../../model/change.js';
import type { EntityOrigin } from './report.js';
import type { ReferenceIndex } from './shared-index.js';

/**
 * The changes of a scenario or of a question's answer: each names things that exist (or, for a
 * commitment, one an earlier change of the same list adds).
 */
export function checkChanges(
  index: ReferenceIndex,
  changes: readonly Change[],
  from: EntityOrigin,
  sub: (string | number)[],
): void {
  const added = new Set<string>();
  changes.forEach((change, i) => checkChange(index, change, from, [...sub, i], added));
}

function checkChange(
  index: ReferenceIndex,
  change: Change,
  from: EntityOrigin,
  here: (string | number)[],
  added: Set<string>,
): void {
  switch (change.op) {
    case 'set-status':
    case 'set-scale':
    case 'set-location':
      if (!added.has(change.commitment))
        index.ref('commitments', change.commitment, from, [...here, 'commitment'], 'the commitment');
      break;
    case 'set-condition':
      checkSetCondition(index, change, from, here);
      break;
    case 'set-stance':
      index.ref('positions', change.position, from, [...here, 'position'], 'the position');
      break;
    case 'set-guarantee':
      index.ref('guarantees', change.guarantee, from, [...here, 'guarantee'], 'the guarantee');
      break;
    case 'add-commitment':
      if (index.known.commitments.has(change.id)) {
        index.report.add(
          'error',
          'duplicate-id',
          index.report.at(from, [...here, 'id']),
          `the commitment id '${change.id}' already exists`,
          'choose a new id for the added commitment',
        );
      }
      added.add(change.id);
      index.ref('guarantees', change.guarantee, from, [...here, 'guarantee'], 'the guarantee');
      index.ref('actors', change.guarantor, from, [...here, 'guarantor'], 'the guarantor');
      break;
  }
}

/** A set-condition change names whose condition it is, and that owner has the condition. */
function checkSetCondition(
  index: ReferenceIndex,
  change: Extract<Change, { op: 'set-condition' }>,
  from: EntityOrigin,
  here: (string | number)[],
): void {
  if (change.guarantee !== undefined) {
    index.ref('guarantees', change.guarantee, from, [...here, 'guarantee'], 'the guarantee');
    const g = index.guarantee(change.guarantee);
    if (g) index.conditionOf(g, 'guarantee', change.condition, from, [...here, 'condition']);
  } else if (change.commitment !== undefined) {
    index.ref('commitments', change.commitment, from, [...here, 'commitment'], 'the commitment');
    const c = index.commitment(change.commitment);
    if (c) index.conditionOf(c, 'commitment', change.condition, from, [...here, 'condition']);
  } else {
    index.report.add(
      'error',
      'missing-field',
      index.report.at(from, here),
      'a set-condition change needs `guarantee:` or `commitment:`',
      'name whose condition it is',
    );
  }
}
