import type { LoadResult } from '../loading/load.js';
import { CAPABILITIES, LOCATIONS } from '../model/commitment.js';
import type { Dataset, SectionName } from '../model/dataset.js';
import { capabilityLabel } from '../wording/labels.js';
import { appendToSection } from './edit-in-place.js';
import { findActor, findGuarantee, findSource } from './find.js';
import type { RecordPlan, RecordRequest } from './record.js';
import {
  admiraltyGradeOf,
  commitmentStatus,
  freshId,
  isoDate,
  named,
  oneOf,
  partialDate,
  refuse,
  scaleOf,
  sourceIdsOf,
  sourceKind,
} from './values.js';

/**
 * Plans for new entities: a source (its id derived from the outlet and the date) and a
 * commitment (its id from the guarantee, the guarantor and the capability). Each goes into the
 * file where its kind already lives — a new source beside the most sources, a new commitment
 * beside the guarantor's other commitments to the same guarantee.
 */

type Loaded = LoadResult & { dataset: Dataset };
type Of<K extends RecordRequest['kind']> = Extract<RecordRequest, { kind: K }>;

/** The file holding the most entities of `section` that pass `filter`, if any. */
function busiestFile(loaded: Loaded, section: SectionName, filter: (id: string) => boolean = () => true) {
  const counts = new Map<string, number>();
  for (const [key, origin] of loaded.origins) {
    const [s, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
    if (s === section && filter(id)) counts.set(origin.file, (counts.get(origin.file) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

function manifestFile(loaded: Loaded): string {
  return loaded.files.find((f) => /(^|\/)dataset\.(ya?ml|json)$/i.test(f)) ?? loaded.files[0]!;
}

function newId(requested: string | undefined, derived: string[], taken: Set<string>, what: string): string {
  if (requested === undefined) return freshId(derived, taken);
  if (taken.has(requested)) refuse('id-taken', `the ${what} id '${requested}' is already used`, 'choose another id');
  return requested;
}

export function planSource(loaded: Loaded, request: Of<'source'>): RecordPlan {
  const grade = admiraltyGradeOf(request.grade);
  const date = partialDate(request.date);
  const kind = sourceKind(request.sourceKind ?? 'news-report');
  if (!request.title.trim()) refuse('invalid-value', 'a source needs a title');
  if (!request.outlet.trim()) refuse('invalid-value', 'a source needs an outlet (who published it)');
  const id = newId(request.id, [request.outlet, date], sourceIdsOf(loaded.dataset), 'source');
  const entry = {
    id,
    title: request.title,
    publisher: request.outlet,
    ...(request.author ? { author: request.author } : {}),
    date,
    ...(request.url ? { url: request.url } : {}),
    kind,
    ...grade,
    ...(request.note ? { note: request.note } : {}),
  };
  const file = busiestFile(loaded, 'sources') ?? manifestFile(loaded);
  return {
    file,
    edits: [(text, json) => appendToSection(text, 'sources', entry, json)],
    id,
    summary: `new source ${id}: ${request.title} — ${request.outlet}, ${date} (${grade.reliability}${grade.credibility})`,
  };
}

function commitmentFile(loaded: Loaded, guarantee: string, guarantor: string): string {
  const { commitments } = loaded.dataset;
  const same = (id: string, alsoGuarantor: boolean) => {
    const c = commitments.find((x) => x.id === id);
    return c?.guarantee === guarantee && (!alsoGuarantor || c.guarantor === guarantor);
  };
  return (
    busiestFile(loaded, 'commitments', (id) => same(id, true)) ??
    busiestFile(loaded, 'commitments', (id) => same(id, false)) ??
    loaded.origins.get(`guarantees:${guarantee}`)?.file ??
    manifestFile(loaded)
  );
}

export function planCommitment(loaded: Loaded, request: Of<'commitment'>): RecordPlan {
  const { dataset } = loaded;
  const guarantee = named('guarantee', request.guarantee, findGuarantee(dataset, request.guarantee));
  const guarantor = named('actor', request.guarantor, findActor(dataset, request.guarantor));
  const capability = oneOf('capability', request.capability, CAPABILITIES);
  const status = commitmentStatus(request.status);
  const date = isoDate(request.date);
  const source = named('source', request.source, findSource(dataset, request.source)).id;
  const scale = request.scale === undefined ? undefined : scaleOf(request.scale, source);
  const location =
    request.location === undefined
      ? undefined
      : oneOf('location', request.location, [...LOCATIONS, 'unknown'] as const);
  const short = capability.replace(/-(forces|power)$/, '');
  const taken = new Set(dataset.commitments.map((c) => c.id));
  const id = newId(request.id, [guarantee.id, guarantor.id, short], taken, 'commitment');
  const entry = {
    id,
    guarantee: guarantee.id,
    guarantor: guarantor.id,
    capability,
    ...(request.description ? { description: request.description } : {}),
    ...(scale !== undefined ? { scale } : {}),
    ...(location !== undefined ? { location } : {}),
    history: [{ date, status, source }],
  };
  return {
    file: commitmentFile(loaded, guarantee.id, guarantor.id),
    edits: [(text, json) => appendToSection(text, 'commitments', entry, json)],
    id,
    summary: `new commitment ${id}: ${guarantor.label} ${capabilityLabel(capability)} to ${guarantee.label}, ${status} from ${date} (source ${source})`,
  };
}
