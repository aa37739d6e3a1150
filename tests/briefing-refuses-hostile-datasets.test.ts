import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../apps/briefing/src/cli.js';
import { capturedOutput } from '../apps/dashboard/src/test-support/captured-output.js';
import { briefCli, readPdf } from './support/briefing.js';
import { type HostileCase, hostileCases, materialise } from './support/hostile-cases.js';

/**
 * Every case of the hostile corpus through `pledgewatch-brief`: data with errors exits 1
 * and writes nothing — a briefing already at the output path stays byte-identical and no
 * temporary file is left; valid-but-odd data gives a PDF whose text is neutralised and whose
 * links are only http(s) and mailto.
 *
 * The corpus runs in-process through the CLI's `main` (the binary's code path, with pdfkit
 * loaded once); one case of each outcome class also runs as the built binary.
 */

const cases = hostileCases();
const work = mkdtempSync(join(tmpdir(), 'pledgewatch-brief-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const LAST_GOOD = Buffer.from('%PDF-1.7 the last good briefing %%EOF');
const STACK = /^\s+at .+:\d+:\d+\)?$/m;

async function inProcess(argv: string[], cwd: string) {
  const { stdout, stderr, out, err } = capturedOutput();
  const status = await main(argv, { stdout, stderr, cwd });
  return { status, stdout: out(), stderr: err() };
}

function binary(argv: string[], cwd: string, runAsNobody: boolean) {
  const args = [briefCli, ...argv];
  const [cmd, full] = runAsNobody
    ? ['setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, ...args]]
    : [process.execPath, args];
  const r = spawnSync(cmd, full as string[], {
    cwd,
    encoding: 'utf8',
    timeout: 180_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh output folder holding the last good briefing, open to the unprivileged user too. */
function outputFolder(name: string): string {
  const out = mkdtempSync(join(work, `${name}-`));
  chmodSync(out, 0o777);
  writeFileSync(join(out, 'briefing.pdf'), LAST_GOOD);
  return out;
}

function expectRefused(r: { status: number | null; stdout: string; stderr: string }, out: string) {
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(/no briefing written/);
  expect(r.stderr).not.toMatch(STACK);
  expect(r.stderr).not.toContain('internal error');
  expect(r.stderr).not.toContain('\u001b');
  expect(readFileSync(join(out, 'briefing.pdf')).equals(LAST_GOOD), 'the last good briefing is untouched').toBe(true);
  expect(readdirSync(out), 'no temporary file left').toEqual(['briefing.pdf']);
}

/** Links only to http(s) and mailto; no control, bidi or zero-width character in the text or metadata. */
async function expectSafePdf(path: string) {
  const pdf = await readPdf(path);
  const links = pdf.pages.flatMap((p) => p.annotations).map((a) => a.url as string | undefined);
  for (const url of links) if (url !== undefined) expect(url).toMatch(/^(https?:\/\/|mailto:)/i);
  const visible = `${pdf.text}\n${JSON.stringify(pdf.info)}\n${JSON.stringify(pdf.outline)}`;
  expect(visible).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\p{Cf}\u{E0000}-\u{E007F}]/u);
  return { pdf, links };
}

const byName = (name: string): HostileCase => cases.find((c) => c.name === name)!;

describe('the briefing on every hostile case (in-process)', () => {
  it.each(cases.filter((c) => c.make !== 'unreadable-file').map((c) => [c.name, c] as const))('%s', async (name, c) => {
    const { target } = materialise(c);
    const out = outputFolder(name);
    if (c.exit === 1) {
      expectRefused(await inProcess([target, '-o', 'briefing.pdf'], out), out);
    } else {
      const r = await inProcess([target, '-o', 'new.pdf'], out);
      expect(r.stderr).not.toMatch(STACK);
      expect(r.status, r.stderr).toBe(0);
      expect(readdirSync(out).sort()).toEqual(['briefing.pdf', 'new.pdf']);
      await expectSafePdf(join(out, 'new.pdf'));
    }
    rmSync(join(target, '..'), { recursive: true, force: true });
  });
});

describe('what a valid but hostile dataset puts in the PDF', () => {
  it('shows escape sequences and bidi tricks as visible code points', async () => {
    for (const [name, shown] of [
      // DejaVu has no ␛, so the PDF prints an ESC in the form of the other controls.
      ['terminal-escapes-in-text', 'Reassurance⟨U+001B⟩[2J⟨U+001B⟩[H force ⟨U+001B⟩]52;c;ZXZpbA==⟨U+0007⟩'],
      ['bidi-and-zero-width', 'United ⟨U+202E⟩modgniK⟨U+202C⟩ ⟨U+200B⟩UK'],
    ] as const) {
      const out = outputFolder(name);
      expect((await inProcess([materialise(byName(name)).target, '-o', 'new.pdf'], out)).status).toBe(0);
      const { pdf } = await expectSafePdf(join(out, 'new.pdf'));
      expect(pdf.text).toContain(shown);
    }
  });

  it('shows an escape in the title, which every page header repeats, as a code point', async () => {
    const target = materialise(byName('terminal-escapes-in-text')).target;
    const manifest = join(target, 'dataset.yaml');
    writeFileSync(
      manifest,
      readFileSync(manifest, 'utf8').replace('title: Hostile input case', 'title: "Hostile\\e[2J case"'),
    );
    const out = outputFolder('escape-in-title');
    expect((await inProcess([target, '-o', 'new.pdf'], out)).status).toBe(0);
    const { pdf } = await expectSafePdf(join(out, 'new.pdf'));
    expect(pdf.pages[1]!.text).toContain('Hostile⟨U+001B⟩[2J case');
  });

  it('prints javascript:, file: and data: addresses as text, never as links', async () => {
    const out = outputFolder('unsafe-urls');
    expect((await inProcess([materialise(byName('unsafe-urls')).target, '-o', 'new.pdf'], out)).status).toBe(0);
    const { pdf, links } = await expectSafePdf(join(out, 'new.pdf'));
    expect(links).toContain('https://example.org/a');
    expect(pdf.text).toContain('javascript:alert(1)');
    expect(pdf.text).toContain('file:///etc/passwd');
  });
});

describe('the briefing binary on one case of each outcome class', () => {
  it.each([
    'malformed-yaml', // a syntax error with line and column
    'unreadable-file', // a file-system error, as an unprivileged user
    'alias-bomb', // a limit
    'dangling-source', // a broken reference
  ])('%s: exit 1, nothing written', (name) => {
    const { target, runAsNobody } = materialise(byName(name));
    const out = outputFolder(name);
    const r = binary([target, '-o', 'briefing.pdf'], out, runAsNobody);
    expectRefused(r, out);
    expect(r.stderr).toMatch(/\.yaml(:\d+:\d+)? /);
  });

  it('terminal-escapes-in-text: exit 0 and a safe PDF', async () => {
    const out = outputFolder('escapes-binary');
    const r = binary([materialise(byName('terminal-escapes-in-text')).target, '-o', 'new.pdf'], out, false);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('\u001b');
    await expectSafePdf(join(out, 'new.pdf'));
  });
});
