// Large valid inputs, written at run time (too big to commit): the "grows" classes of issue 18.
// Each writes one more file into a small valid dataset folder (guarantee `force`, commitment
// `force-uk-ground`, actors uk/ua/ru, source s1). Shared by the hostile corpus (tests) and the
// growth benchmark (tests/bench/hostile-growth.mjs), so both measure the same input.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A day `i` days after 1 January 1800, as YYYY-MM-DD: a long, strictly ordered run of dates. */
function day(i) {
  return new Date(Date.UTC(1800, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Two entries a day (a history may date two entries alike): 100,000 entries end in 1936, before
 * every fixture's cut-off. One a day ran to 2073, and the 70,000 entries after the cut-off each
 * drew a future-date warning — a different class (many warnings) from a long history.
 */
function halfDay(i) {
  return day(Math.floor(i / 2));
}

const STATUSES = ['pledged', 'conditional'];

export const LARGE_CASES = {
  /** One commitment whose status history has `n` entries, its status turning on every one. */
  'status-history': (dir, n) => {
    const lines = ['commitments:', '  - id: long-history', '    guarantee: force', '    guarantor: uk'];
    lines.push('    capability: ground-forces', '    history:');
    for (let i = 0; i < n; i++) lines.push(`      - { date: ${halfDay(i)}, status: ${STATUSES[i % 2]}, source: s1 }`);
    writeFileSync(join(dir, 'long-history.yaml'), `${lines.join('\n')}\n`);
  },
  /** One commitment whose status history has `n` entries, all the same status: one long run of reconfirmations. */
  'status-reconfirmed': (dir, n) => {
    const lines = ['commitments:', '  - id: long-history', '    guarantee: force', '    guarantor: uk'];
    lines.push('    capability: ground-forces', '    history:');
    for (let i = 0; i < n; i++) lines.push(`      - { date: ${halfDay(i)}, status: pledged, source: s1 }`);
    writeFileSync(join(dir, 'long-history.yaml'), `${lines.join('\n')}\n`);
  },
  /** A scenario of `n` changes, each setting the commitment's status. */
  'scenario-changes': (dir, n) => {
    const lines = ['scenarios:', '  - id: many-changes', '    name: Many changes', '    changes:'];
    for (let i = 0; i < n; i++)
      lines.push(`      - { op: set-status, commitment: force-uk-ground, status: ${STATUSES[i % 2]} }`);
    writeFileSync(join(dir, 'many-changes.yaml'), `${lines.join('\n')}\n`);
  },
  /** `n` events, one a day. */
  events: (dir, n) => {
    const lines = ['events:'];
    for (let i = 0; i < n; i++)
      lines.push(`  - { id: many-e${i}, date: ${day(i)}, title: Event number ${i}, guarantees: [force], source: s1 }`);
    writeFileSync(join(dir, 'many-events.yaml'), `${lines.join('\n')}\n`);
  },
  /** One event whose title is `n` characters long. */
  'long-title': (dir, n) => {
    writeFileSync(
      join(dir, 'long-title.yaml'),
      `events:\n  - id: long\n    date: 2025-09-01\n    title: "${'Long title '.repeat(Math.ceil(n / 11)).slice(0, n)}"\n    source: s1\n`,
    );
  },
  /** An actor indicator whose name is `n` characters long. */
  'long-key': (dir, n) => {
    writeFileSync(
      join(dir, 'long-key.yaml'),
      `actors:\n  - id: pl\n    name: Poland\n    kind: state\n    indicators:\n      ${'k'.repeat(n)}: unknown\n`,
    );
  },
  /** `n` files of about a megabyte each, every one holding a YAML anchor (the careful parser's path). */
  'anchored-files': (dir, n) => {
    for (let f = 0; f < n; f++) {
      const lines = ['events:'];
      for (let i = 0; lines.length < 12_000; i++)
        lines.push(
          `  - { id: a${f}-${i}, date: 2025-01-01, title: &t${i} Anchored event ${i} ${'x'.repeat(40)}, source: s1 }`,
        );
      writeFileSync(join(dir, `anchored-${f}.yaml`), `${lines.join('\n')}\n`);
    }
  },
  /** `n` symbolic links to the dataset folder itself, in a folder of its own. */
  'links-to-self': (dir, n) => {
    mkdirSync(join(dir, 'loops'));
    for (let i = 0; i < n; i++) symlinkSync('..', join(dir, 'loops', `l${i}`));
  },
  /** A coalition chain of `n` actors, each the only member of the one before. */
  'membership-chain': (dir, n) => {
    const lines = ['actors:'];
    for (let i = 0; i < n; i++)
      lines.push(
        `  - { id: c${i}, name: Coalition ${i}, kind: coalition, members: [${i + 1 < n ? `c${i + 1}` : 'uk'}] }`,
      );
    writeFileSync(join(dir, 'chain.yaml'), `${lines.join('\n')}\n`);
  },
};

/** Writes case `kind` at size `n` into the dataset folder `dir`. */
export function writeLargeCase(dir, kind, n) {
  const make = LARGE_CASES[kind];
  if (!make) throw new Error(`no large case '${kind}'`);
  make(dir, n);
}
