import type { Change } from '../model/change.js';
import { citedSources, type Id } from '../model/common.js';
import { type Dataset, type Manifest, SECTION_NAMES, type SectionName } from '../model/dataset.js';
import type { Guarantee } from '../model/guarantee.js';
import { BUILTIN_PROFILE_IDS } from '../model/profile.js';
import { isSafeLink } from '../text/neutralize.js';
import type { Diagnostic, DiagnosticCode } from './diagnostic.js';
import type { ParsedFile } from './parse.js';
import { nearestWord } from './suggest.js';
import type { ValidatedFile } from './validate.js';

/**
 * Merges validated files into one dataset and checks what no single file can: one manifest,
 * unique ids across files, every reference resolving, histories in date order, a source for
 * every status entry, stance and judgment.
 */

/** Where an entity is written. Its line is computed on request (see `LoadResult.locate`). */
export interface EntityOrigin {
  file: string;
  path: (string | number)[];
}

/** Where each entity is written: `"commitments:uk-ground"` → file and line. */
export type OriginIndex = Map<string, EntityOrigin>;

export interface ResolveResult {
  dataset?: Dataset;
  origins: OriginIndex;
  diagnostics: Diagnostic[];
}

export interface FileForResolve {
  parsed: ParsedFile;
  validated: ValidatedFile;
}

export function resolveDataset(files: readonly FileForResolve[], folderLabel = '.'): ResolveResult {
  const diagnostics: Diagnostic[] = [];
  const origins: OriginIndex = new Map();
  const byFile = new Map(files.map((f) => [f.parsed.file, f.parsed]));
  const unreadable = files
    .filter((f) => f.parsed.value === undefined && f.parsed.diagnostics.some((d) => d.severity === 'error'))
    .map((f) => f.parsed.file);
  const invalid = new Set<string>();
  for (const f of files) for (const id of f.validated.invalidIds) invalid.add(id);

  const at = (origin: { file: string; path: (string | number)[] }, sub: (string | number)[] = []) => {
    const path = [...origin.path, ...sub];
    const pos = byFile.get(origin.file)?.locate(path);
    return { file: origin.file, path, line: pos?.line, column: pos?.column };
  };
  const report = (
    severity: 'error' | 'warning',
    code: DiagnosticCode,
    where: { file: string; path: (string | number)[]; line?: number; column?: number },
    message: string,
    hint?: string,
  ) => diagnostics.push({ severity, code, ...where, message, ...(hint ? { hint } : {}) });

  // Merge, keeping the first of any duplicate id.
  const lists = Object.fromEntries(SECTION_NAMES.map((s) => [s, [] as unknown[]])) as Record<SectionName, unknown[]>;
  const manifests: { manifest: Manifest; file: string }[] = [];
  for (const { parsed, validated } of files) {
    if (validated.manifest) manifests.push({ manifest: validated.manifest, file: parsed.file });
    for (const { section, index, entity } of validated.entities) {
      const id = (entity as { id: string }).id;
      const key = `${section}:${id}`;
      const origin = { file: parsed.file, path: [section, index] };
      const first = origins.get(key);
      if (first) {
        report(
          'error',
          'duplicate-id',
          at(origin, ['id']),
          `the ${section.replace(/s$/, '')} id '${id}' is used twice`,
          `it is first defined at ${first.file}:${at(first).line ?? '?'}; rename one of them`,
        );
        continue;
      }
      origins.set(key, origin);
      lists[section].push(entity);
    }
  }

  if (manifests.length === 0 && unreadable.length === 0) {
    report(
      'error',
      'missing-manifest',
      { file: folderLabel, path: ['dataset'] },
      'no file holds the dataset manifest (a `dataset:` section with id, title and asOf)',
      'add a file dataset.yaml with `dataset: {id: …, title: …, asOf: YYYY-MM-DD}`',
    );
  }
  for (const extra of manifests.slice(1)) {
    report(
      'error',
      'duplicate-manifest',
      at({ file: extra.file, path: ['dataset'] }),
      'a second file holds a `dataset:` manifest',
      `keep the one in ${manifests[0]!.file}`,
    );
  }

  const dataset = { manifest: manifests[0]?.manifest, ...lists } as Dataset;
  const ids = (section: SectionName) => new Set((lists[section] as { id: string }[]).map((e) => e.id));
  const known: Record<SectionName, Set<string>> = Object.fromEntries(SECTION_NAMES.map((s) => [s, ids(s)])) as Record<
    SectionName,
    Set<string>
  >;
  for (const p of BUILTIN_PROFILE_IDS) known.profiles.add(p);
  const guaranteeById = new Map(dataset.guarantees.map((g) => [g.id, g]));
  const commitmentById = new Map(dataset.commitments.map((c) => [c.id, c]));
  const asOf = dataset.manifest?.asOf;

  const origin = (section: SectionName, id: string) => origins.get(`${section}:${id}`)!;
  const ref = (
    section: SectionName,
    id: Id | undefined,
    from: EntityOrigin,
    sub: (string | number)[],
    what: string,
  ) => {
    if (id === undefined || known[section].has(id) || invalid.has(`${section}:${id}`)) return;
    const near = nearestWord(id, [...known[section]]);
    // Without a near match, the id may well be defined in a file that failed to parse.
    const maybe =
      !near && unreadable.length > 0 ? ` — or it is in ${unreadable.join(', ')}, which could not be read` : '';
    report(
      'error',
      'dangling-reference',
      at(from, sub),
      `${what} '${id}' is not defined in this dataset`,
      (near ? `did you mean '${near}'?` : `define it under \`${section}:\` in some file, or correct the id`) + maybe,
    );
  };
  const sourcesOf = (entry: { source?: Id; sources?: Id[] }, from: EntityOrigin, sub: (string | number)[]) => {
    if (entry.source !== undefined) ref('sources', entry.source, from, [...sub, 'source'], 'the source');
    entry.sources?.forEach((s, i) => ref('sources', s, from, [...sub, 'sources', i], 'the source'));
  };
  const requireSource = (
    entry: { source?: Id; sources?: Id[] },
    from: EntityOrigin,
    sub: (string | number)[],
    what: string,
  ) => {
    if (citedSources(entry).length === 0) {
      report(
        'error',
        'missing-source',
        at(from, sub),
        `${what} has no source`,
        'add `source: <source id>`; if no source says it, leave it out or make it an open question',
      );
    }
  };
  const ordered = (entries: { date: string }[], from: EntityOrigin, field: string, what: string) => {
    for (let i = 1; i < entries.length; i++) {
      if (entries[i]!.date < entries[i - 1]!.date) {
        report(
          'error',
          'history-order',
          at(from, [field, i, 'date']),
          `the ${what} history is out of order: ${entries[i]!.date} comes after ${entries[i - 1]!.date}`,
          'list history entries oldest first',
        );
      }
    }
  };
  const future = (date: string | undefined, from: EntityOrigin, sub: (string | number)[]) => {
    if (asOf && date && date > asOf) {
      report(
        'warning',
        'future-date',
        at(from, sub),
        `${date} is after the dataset's cut-off (${asOf})`,
        'it is ignored in assessments as of the cut-off; raise `asOf` if the data is newer',
      );
    }
  };
  const conditionIn = (g: Guarantee | undefined, conditionId: string) =>
    g?.conditions?.some((c) => c.id === conditionId);
  const checkChanges = (changes: Change[], from: EntityOrigin, sub: (string | number)[], added: Set<string>) => {
    changes.forEach((change, i) => {
      const here = [...sub, i];
      switch (change.op) {
        case 'set-status':
        case 'set-scale':
        case 'set-location':
          if (!added.has(change.commitment))
            ref('commitments', change.commitment, from, [...here, 'commitment'], 'the commitment');
          break;
        case 'set-condition': {
          if (change.guarantee !== undefined) {
            ref('guarantees', change.guarantee, from, [...here, 'guarantee'], 'the guarantee');
            const g = guaranteeById.get(change.guarantee);
            if (g && !conditionIn(g, change.condition)) {
              report(
                'error',
                'dangling-reference',
                at(from, [...here, 'condition']),
                `the guarantee '${g.id}' has no condition '${change.condition}'`,
                conditionHint(g.conditions?.map((c) => c.id) ?? [], change.condition),
              );
            }
          } else if (change.commitment !== undefined) {
            ref('commitments', change.commitment, from, [...here, 'commitment'], 'the commitment');
            const c = commitmentById.get(change.commitment);
            if (c && !c.conditions?.some((x) => x.id === change.condition)) {
              report(
                'error',
                'dangling-reference',
                at(from, [...here, 'condition']),
                `the commitment '${c.id}' has no condition '${change.condition}'`,
                conditionHint(c.conditions?.map((x) => x.id) ?? [], change.condition),
              );
            }
          } else {
            report(
              'error',
              'missing-field',
              at(from, here),
              'a set-condition change needs `guarantee:` or `commitment:`',
              'name whose condition it is',
            );
          }
          break;
        }
        case 'set-stance':
          ref('positions', change.position, from, [...here, 'position'], 'the position');
          break;
        case 'set-guarantee':
          ref('guarantees', change.guarantee, from, [...here, 'guarantee'], 'the guarantee');
          break;
        case 'add-commitment':
          if (known.commitments.has(change.id)) {
            report(
              'error',
              'duplicate-id',
              at(from, [...here, 'id']),
              `the commitment id '${change.id}' already exists`,
              'choose a new id for the added commitment',
            );
          }
          added.add(change.id);
          ref('guarantees', change.guarantee, from, [...here, 'guarantee'], 'the guarantee');
          ref('actors', change.guarantor, from, [...here, 'guarantor'], 'the guarantor');
          break;
      }
    });
  };

  for (const a of dataset.actors) {
    const o = origin('actors', a.id);
    a.members?.forEach((m, i) => ref('actors', m, o, ['members', i], 'the member'));
    for (const key of ['nato', 'eu', 'nuclearArmed', 'landBorders'] as const) {
      const fact = a[key];
      if (fact && fact !== 'unknown') sourcesOf(fact, o, [key]);
    }
    for (const [key, fact] of Object.entries(a.indicators ?? {})) {
      if (fact && fact !== 'unknown') sourcesOf(fact, o, ['indicators', key]);
    }
    a.record?.forEach((r, i) => {
      ref('actors', r.adversary, o, ['record', i, 'adversary'], 'the adversary');
      sourcesOf(r, o, ['record', i]);
      requireSource(r, o, ['record', i], 'this record entry');
    });
    a.ties?.forEach((t, i) => {
      ref('actors', t.with, o, ['ties', i, 'with'], 'the actor');
      sourcesOf(t, o, ['ties', i]);
    });
  }
  // Membership is the one relation that could loop (a coalition inside its own member).
  for (const cycle of membershipCycles(dataset.actors)) {
    report(
      'error',
      'reference-cycle',
      at(origin('actors', cycle[0]!), ['members']),
      `membership goes round in a circle: ${[...cycle, cycle[0]].join(' → ')}`,
      'an organisation cannot, through its members, contain itself; remove one link',
    );
  }
  for (const s of dataset.sources) {
    if (s.url !== undefined && !isSafeLink(s.url)) {
      report(
        'warning',
        'unsafe-url',
        at(origin('sources', s.id), ['url']),
        `the URL '${s.url.slice(0, 60)}' is not http(s) or mailto; it will be shown as text, never as a link`,
        'use the https:// address of the page',
      );
    }
  }
  for (const g of dataset.guarantees) {
    const o = origin('guarantees', g.id);
    ref('actors', g.beneficiary, o, ['beneficiary'], 'the beneficiary');
    ref('actors', g.adversary, o, ['adversary'], 'the adversary');
    g.guarantors.forEach((x, i) => ref('actors', x, o, ['guarantors', i], 'the guarantor'));
    sourcesOf(g, o, []);
    if (g.trigger !== 'unknown') sourcesOf(g.trigger, o, ['trigger']);
    g.conditions?.forEach((c, i) => {
      ref('actors', c.party, o, ['conditions', i, 'party'], 'the party');
      sourcesOf(c, o, ['conditions', i]);
    });
    g.changesSinceSigning?.forEach((c, i) => {
      sourcesOf(c, o, ['changesSinceSigning', i]);
      requireSource(c, o, ['changesSinceSigning', i], 'this change since signing');
    });
  }
  for (const c of dataset.commitments) {
    const o = origin('commitments', c.id);
    ref('guarantees', c.guarantee, o, ['guarantee'], 'the guarantee');
    ref('actors', c.guarantor, o, ['guarantor'], 'the guarantor');
    if (c.scale && c.scale !== 'unknown') sourcesOf(c.scale, o, ['scale']);
    c.conditions?.forEach((x, i) => {
      ref('actors', x.party, o, ['conditions', i, 'party'], 'the party');
      sourcesOf(x, o, ['conditions', i]);
    });
    c.history.forEach((h, i) => {
      sourcesOf(h, o, ['history', i]);
      requireSource(h, o, ['history', i], `the status entry '${h.status}' of ${h.date}`);
      future(h.date, o, ['history', i, 'date']);
    });
    ordered(c.history, o, 'history', 'status');
  }
  for (const p of dataset.positions) {
    const o = origin('positions', p.id);
    ref('actors', p.actor, o, ['actor'], 'the actor');
    ref('guarantees', p.guarantee, o, ['guarantee'], 'the guarantee');
    const g = guaranteeById.get(p.guarantee);
    if (p.condition !== undefined && g && !conditionIn(g, p.condition)) {
      report(
        'error',
        'dangling-reference',
        at(o, ['condition']),
        `the guarantee '${g.id}' has no condition '${p.condition}'`,
        conditionHint(g.conditions?.map((c) => c.id) ?? [], p.condition),
      );
    }
    p.history.forEach((h, i) => {
      sourcesOf(h, o, ['history', i]);
      requireSource(h, o, ['history', i], `the stance '${h.stance}' of ${h.date}`);
      future(h.date, o, ['history', i, 'date']);
    });
    ordered(p.history, o, 'history', 'stance');
  }
  for (const e of dataset.events) {
    const o = origin('events', e.id);
    e.actors?.forEach((x, i) => ref('actors', x, o, ['actors', i], 'the actor'));
    e.guarantees?.forEach((x, i) => ref('guarantees', x, o, ['guarantees', i], 'the guarantee'));
    sourcesOf(e, o, []);
    requireSource(e, o, [], `the event '${e.title}'`);
    future(e.date, o, ['date']);
  }
  for (const q of dataset.questions) {
    const o = origin('questions', q.id);
    q.bearsOn?.guarantees?.forEach((x, i) => ref('guarantees', x, o, ['bearsOn', 'guarantees', i], 'the guarantee'));
    q.bearsOn?.commitments?.forEach((x, i) =>
      ref('commitments', x, o, ['bearsOn', 'commitments', i], 'the commitment'),
    );
    q.bearsOn?.actors?.forEach((x, i) => ref('actors', x, o, ['bearsOn', 'actors', i], 'the actor'));
    const answerIds = new Set<string>();
    q.answers.forEach((a, i) => {
      if (answerIds.has(a.id))
        report(
          'error',
          'duplicate-id',
          at(o, ['answers', i, 'id']),
          `the answer id '${a.id}' is used twice in this question`,
        );
      answerIds.add(a.id);
      checkChanges(a.changes, o, ['answers', i, 'changes'], new Set());
    });
    q.history.forEach((h, i) => {
      sourcesOf(h, o, ['history', i]);
      if (h.status !== 'open') requireSource(h, o, ['history', i], `the status '${h.status}' of ${h.date}`);
      if (h.answer !== undefined && !answerIds.has(h.answer)) {
        report(
          'error',
          'dangling-reference',
          at(o, ['history', i, 'answer']),
          `this question has no answer '${h.answer}'`,
          conditionHint([...answerIds], h.answer),
        );
      }
      future(h.date, o, ['history', i, 'date']);
    });
    ordered(q.history, o, 'history', 'question status');
  }
  for (const j of dataset.judgments) {
    const o = origin('judgments', j.id);
    sourcesOf(j, o, []);
    requireSource(j, o, [], 'this judgment');
    j.about?.guarantees?.forEach((x, i) => ref('guarantees', x, o, ['about', 'guarantees', i], 'the guarantee'));
    j.about?.questions?.forEach((x, i) => ref('questions', x, o, ['about', 'questions', i], 'the question'));
  }
  for (const s of dataset.scenarios) {
    checkChanges(s.changes, origin('scenarios', s.id), ['changes'], new Set());
  }
  // Entries that failed validation still get their plain references checked, so one pass
  // over the file reports a misspelt status and a dangling actor in the same entry.
  for (const { parsed, validated } of files) {
    for (const { section, index, entity } of validated.invalidEntities) {
      const raw = entity as Record<string, unknown>;
      const o = { file: parsed.file, path: [section, index] };
      for (const [field, target, what] of LOOSE_REFERENCES[section] ?? []) {
        if (typeof raw[field] === 'string') ref(target, raw[field] as string, o, [field], what);
      }
      if (Array.isArray(raw.history)) {
        raw.history.forEach((h, i) => {
          const s = h !== null && typeof h === 'object' ? (h as { source?: unknown }).source : undefined;
          if (typeof s === 'string') ref('sources', s, o, ['history', i, 'source'], 'the source');
        });
      }
    }
  }
  if (dataset.manifest?.defaultProfile !== undefined && manifests[0]) {
    ref(
      'profiles',
      dataset.manifest.defaultProfile,
      { file: manifests[0].file, path: ['dataset'] },
      ['defaultProfile'],
      'the profile',
    );
  }

  const anyInvalid = files.some((f) => f.validated.invalidEntities.length > 0 || f.validated.diagnostics.length > 0);
  const failed = anyInvalid || diagnostics.some((d) => d.severity === 'error') || dataset.manifest === undefined;
  return { dataset: failed ? undefined : dataset, origins, diagnostics };
}

/** Each membership cycle once, as the ids along it, starting from its smallest id. */
function membershipCycles(actors: readonly { id: string; members?: string[] }[]): string[][] {
  const members = new Map(actors.map((a) => [a.id, a.members ?? []]));
  const cycles = new Map<string, string[]>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string) => {
    state.set(id, 'open');
    stack.push(id);
    for (const next of members.get(id) ?? []) {
      if (state.get(next) === 'open') {
        const loop = stack.slice(stack.indexOf(next));
        const start = loop.indexOf([...loop].sort()[0]!);
        const canonical = [...loop.slice(start), ...loop.slice(0, start)];
        cycles.set(canonical.join('>'), canonical);
      } else if (!state.has(next) && members.has(next)) visit(next);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const a of actors) if (!state.has(a.id)) visit(a.id);
  return [...cycles.values()];
}

const LOOSE_REFERENCES: Partial<Record<SectionName, [string, SectionName, string][]>> = {
  guarantees: [
    ['beneficiary', 'actors', 'the beneficiary'],
    ['adversary', 'actors', 'the adversary'],
  ],
  commitments: [
    ['guarantee', 'guarantees', 'the guarantee'],
    ['guarantor', 'actors', 'the guarantor'],
  ],
  positions: [
    ['actor', 'actors', 'the actor'],
    ['guarantee', 'guarantees', 'the guarantee'],
  ],
};

function conditionHint(ids: string[], given: string): string {
  const near = nearestWord(given, ids);
  if (near) return `did you mean '${near}'?`;
  return ids.length > 0 ? `the ids here are ${ids.map((i) => `'${i}'`).join(', ')}` : 'there are none defined';
}
