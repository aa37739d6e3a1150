import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../app.js';
import { liveCopies } from '../test-support/live-copy.js';

const DOWN = '\u001B[B';
const TAB = '\t';
const ENTER = '\r';
const ESC = '\u001B';
const BACKSPACE = '\u007F';

const copies = liveCopies();
afterEach(() => copies.cleanUp());

async function openOnUkGround() {
  const { live, dir } = await copies.open();
  const app = render(
    <App live={live} theme={{ color: false }} fallbackSize={{ columns: 120, rows: 36 }} throttleMs={0} />,
  );
  copies.defer(async () => app.unmount());
  const frame = () => app.lastFrame() ?? '';
  app.stdin.write('2');
  await vi.waitFor(() => expect(frame()).toContain('guarantee ▾'));
  app.stdin.write('/');
  for (const c of 'mfu-uk-ground') app.stdin.write(c);
  app.stdin.write(ENTER);
  await vi.waitFor(() => expect(frame()).toMatch(/United Kingdom\s+ground forces/));
  app.stdin.write('r');
  await vi.waitFor(() => expect(frame()).toContain('Record a status: United Kingdom ground forces (MFU)'));
  return { app, frame, dir };
}

async function typeInto(app: ReturnType<typeof render>, text: string, erase = 0) {
  for (let i = 0; i < erase; i++) app.stdin.write(BACKSPACE);
  for (const c of text) app.stdin.write(c);
}

describe('the dashboard records a status through a form', () => {
  it('r on a commitment opens the form; it writes the status through core and the feed shows it', async () => {
    const { app, frame, dir } = await openOnUkGround();
    expect(frame()).toContain('◂ pledged ▸');
    app.stdin.write(DOWN);
    await vi.waitFor(() => expect(frame()).toContain('◂ approved ▸'));
    app.stdin.write(DOWN);
    await vi.waitFor(() => expect(frame()).toContain('◂ deploying ▸'));
    app.stdin.write(TAB);
    await typeInto(app, '2026-02-05', 10);
    app.stdin.write(TAB);
    await typeInto(app, 'wiredgov');
    await vi.waitFor(() => expect(frame()).toMatch(/● wiredgov-2026-01-08/));
    app.stdin.write(TAB);
    await typeInto(app, 'first units cross');
    app.stdin.write(ENTER);
    await vi.waitFor(() => expect(frame()).toContain('✓ recorded: United Kingdom ground forces (MFU): deploying'));
    await vi.waitFor(() => expect(frame()).toMatch(/United Kingdom ground forces: pledged → deploying/));
    const text = await readFile(join(dir, 'commitments.yaml'), 'utf8');
    expect(text).toContain('status: deploying');
    expect(text).toContain('note: first units cross');
    app.stdin.write(ESC);
    await vi.waitFor(() => expect(frame()).not.toContain('Record a status'));
  });

  it('a record the dataset would refuse writes nothing and the form says why', async () => {
    const { app, frame, dir } = await openOnUkGround();
    const before = await readFile(join(dir, 'commitments.yaml'), 'utf8');
    app.stdin.write(TAB);
    await typeInto(app, '2026-02-30', 10);
    app.stdin.write(TAB);
    await typeInto(app, 'wiredgov');
    app.stdin.write(ENTER);
    await vi.waitFor(() => expect(frame()).toContain("✗ the date '2026-02-30' is not valid"));
    expect(await readFile(join(dir, 'commitments.yaml'), 'utf8')).toBe(before);
  });
});
