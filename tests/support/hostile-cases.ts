import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
// @ts-expect-error: plain JavaScript, shared with the benchmark
import { writeLargeCase } from './large-cases.mjs';

/**
 * The hostile-input corpus: tests/fixtures/hostile/<case>/data is a small dataset folder and
 * <case>/expected.json its exact outcome. Cases too big or too odd to commit (50 MB files,
 * ten thousand files, FIFOs, symlink loops, unreadable files) are made at run time by `make`.
 */

export interface HostileCase {
  name: string;
  exit: 0 | 1;
  /** The diagnostic codes of the errors, sorted. */
  codes: string[];
  /** The diagnostic codes of the warnings, sorted. */
  warnings: string[];
  make?: string;
  note?: string;
  /** Text the human-readable output must contain. */
  contains?: string;
  /** 'ESC': no raw escape character may reach the output. */
  mustNotContain?: string;
}

export const CORPUS = join(import.meta.dirname, '..', 'fixtures', 'hostile');

export function hostileCases(): HostileCase[] {
  return readdirSync(CORPUS)
    .sort()
    .map((name) => ({
      name,
      ...(JSON.parse(readFileSync(join(CORPUS, name, 'expected.json'), 'utf8')) as Omit<HostileCase, 'name'>),
    }));
}

/**
 * The unprivileged user must be able to run the CLI: a clone inside a `mktemp -d` folder (mode 700)
 * is closed to it. Adds search permission (o+x: pass through, not list or read) to the ancestors of
 * the repository that lack it, and nothing else.
 */
function letNobodyReachTheRepository(): void {
  let dir = resolve(import.meta.dirname, '..', '..');
  while (dir !== dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) chmodSync(dir, mode | 0o001);
    dir = dirname(dir);
  }
}

/** Copies a case into a fresh temporary folder and applies its `make`; returns the path to check. */
export function materialise(c: HostileCase): { target: string; runAsNobody: boolean } {
  const root = mkdtempSync(join(tmpdir(), `pledgewatch-hostile-${c.name}-`));
  const dir = join(root, 'data');
  cpSync(join(CORPUS, c.name, 'data'), dir, { recursive: true });
  switch (c.make) {
    case undefined:
      return { target: dir, runAsNobody: false };
    case 'binary-file':
      writeFileSync(
        join(dir, 'photo.yaml'),
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
      );
      break;
    case 'invalid-utf8':
      writeFileSync(
        join(dir, 'latin1.yaml'),
        Buffer.concat([Buffer.from('events:\n  - title: "'), Buffer.from([0xe9, 0xff, 0xfe]), Buffer.from('"\n')]),
      );
      break;
    case 'fifty-mb':
      writeFileSync(join(dir, 'huge.yaml'), `# ${'x'.repeat(1023)}\n`.repeat(50 * 1024));
      break;
    case 'ten-thousand-files':
      mkdirSync(join(dir, 'many'));
      for (let i = 0; i < 10_000; i++) writeFileSync(join(dir, 'many', `f${i}.yaml`), '# empty\n');
      break;
    case 'deep-nesting':
      writeFileSync(join(dir, 'deep.yaml'), `events: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
      break;
    case 'ten-mb-string':
      writeFileSync(
        join(dir, 'long.yaml'),
        `events:\n  - id: e1\n    date: 2025-01-01\n    title: "${'A'.repeat(10 * 1024 * 1024)}"\n    source: s1\n`,
      );
      break;
    case 'missing-folder':
      return { target: join(root, 'no-such-folder'), runAsNobody: false };
    case 'file-instead-of-folder':
      return { target: join(dir, 'world.yaml'), runAsNobody: false };
    case 'unreadable-file':
      // Root reads anything, so the check runs as an unprivileged user for whom this file is closed.
      for (const p of [root, dir]) chmodSync(p, 0o755);
      for (const f of readdirSync(dir)) chmodSync(join(dir, f), 0o644);
      chmodSync(join(dir, 'world.yaml'), 0o000);
      if (process.getuid?.() === 0) letNobodyReachTheRepository();
      return { target: dir, runAsNobody: process.getuid?.() === 0 };
    case 'symlink-loop':
      symlinkSync('loop.yaml', join(dir, 'loop.yaml'));
      break;
    case 'symlink-outside':
      writeFileSync(join(root, 'secret.yaml'), 'secret: do not read\n');
      symlinkSync(join(root, 'secret.yaml'), join(dir, 'outside.yaml'));
      break;
    case 'named-pipe':
      execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
      break;
    // Issue 18's classes, generated: large enough to catch a cost that grows faster than the
    // data, small enough to stay a few seconds (tests/bench/hostile-growth.mjs grows them 10×).
    case 'membership-chain':
      // Closed into a circle, so the case is reported (one diagnostic) rather than drawn in every view.
      writeLargeCase(dir, 'membership-chain', 10_000);
      writeFileSync(
        join(dir, 'chain.yaml'),
        readFileSync(join(dir, 'chain.yaml'), 'utf8').replace('members: [uk] }', 'members: [c0] }'),
      );
      writeFileSync(
        join(dir, 'chain-end.yaml'),
        'actors:\n  - { id: last, name: Last, kind: coalition, members: [c0] }\n',
      );
      writeFileSync(
        join(dir, 'chain.yaml'),
        readFileSync(join(dir, 'chain.yaml'), 'utf8').replace('members: [uk] }', 'members: [last] }'),
      );
      break;
    case 'compact-nesting':
      writeFileSync(join(dir, 'deep.yaml'), `events:\n  ${'- '.repeat(5000)}x\n`);
      break;
    case 'status-history':
      writeLargeCase(dir, 'status-history', 2000);
      break;
    case 'status-reconfirmed':
      writeLargeCase(dir, 'status-reconfirmed', 2000);
      break;
    case 'scenario-changes':
      writeLargeCase(dir, 'scenario-changes', 5000);
      break;
    case 'events':
      writeLargeCase(dir, 'events', 500);
      break;
    case 'title-at-limit':
      writeLargeCase(dir, 'long-title', 65_536);
      break;
    case 'megabyte-title':
      writeLargeCase(dir, 'long-title', 1024 * 1024);
      break;
    case 'long-key':
      writeLargeCase(dir, 'long-key', 100_000);
      break;
    case 'long-unknown-field':
      writeLargeCase(dir, 'long-key', 60_000);
      break;
    case 'anchored-files':
      // Five files of about 7 MB, each under the 8 MB file limit, 35 MB together: over maxTotalBytes.
      for (let f = 0; f < 5; f++)
        writeFileSync(join(dir, `anchored-${f}.yaml`), `# &anchor\n${`# ${'x'.repeat(1021)}\n`.repeat(7 * 1024)}`);
      break;
    case 'links-to-self':
      writeLargeCase(dir, 'links-to-self', 3);
      break;
    case 'file-name-not-utf8':
      writeFileSync(
        Buffer.concat([Buffer.from(`${dir}/caf`), Buffer.from([0xe9]), Buffer.from('.yaml')]),
        'events: []\n',
      );
      break;
    default:
      throw new Error(`unknown make '${c.make}' in ${c.name}/expected.json`);
  }
  return { target: dir, runAsNobody: false };
}
