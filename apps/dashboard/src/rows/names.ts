import { admiraltyGrade, type Dataset, type Id, shortLabel } from '@pledgewatch/core';
import { clean } from '../terminal/text.js';

/**
 * Display names by id, cleaned once per dataset. Every string from the dataset is cleaned
 * in rows/, once, so views never see raw dataset text.
 */

export interface Names {
  actor(id: Id): string;
  guarantee(id: Id): string;
  source(id: Id): string;
}

const namesCache = new WeakMap<Dataset, Names>();

/** Display names by id, cleaned; built once per dataset. */
export function namesOf(dataset: Dataset): Names {
  const cached = namesCache.get(dataset);
  if (cached) return cached;
  const actors = new Map(dataset.actors.map((a) => [a.id, clean(a.name)]));
  const guarantees = new Map(dataset.guarantees.map((g) => [g.id, clean(shortLabel(g))]));
  const sources = new Map(dataset.sources.map((s) => [s.id, `${clean(s.publisher)} ${admiraltyGrade(s)}`]));
  const names: Names = {
    actor: (id) => actors.get(id) ?? clean(id),
    guarantee: (id) => guarantees.get(id) ?? clean(id),
    source: (id) => sources.get(id) ?? clean(id),
  };
  namesCache.set(dataset, names);
  return names;
}
