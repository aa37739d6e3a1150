import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from './app.js';
import { type LiveDataset, openLiveDataset } from './live/live-dataset.js';
import { fixtureCopy } from './test-support/fixture.js';

const DOWN = '\u001B[B';
const ESC = '\u001B';
const TAB = '\t';

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});

async function open(options: { watch?: boolean } = {}): Promise<{ live: LiveDataset; dir: string }> {
  const copy = await fixtureCopy();
  const live = await openLiveDataset(copy.dir, {}, { watch: options.watch ?? false });
  cleanup.push(copy.remove, () => live.close());
  return { live, dir: copy.dir };
}

function show(live: LiveDataset) {
  const app = render(
    <App live={live} theme={{ color: false }} fallbackSize={{ columns: 100, rows: 30 }} throttleMs={0} />,
  );
  cleanup.push(async () => app.unmount());
  return app;
}

const frame = (app: ReturnType<typeof render>) => app.lastFrame() ?? '';

describe('the dashboard app', () => {
  it('opens on the overview with the coalition matrix, and number keys switch views', async () => {
    const { live } = await open();
    const app = show(live);
    expect(frame(app)).toContain('Coalition: Multinational Force Ukraine (MFU)');
    expect(frame(app)).toMatch(/United Kingdom\s+○/);
    app.stdin.write('2');
    await vi.waitFor(() => expect(frame(app)).toContain('guarantee ▾'));
    app.stdin.write('4');
    await vi.waitFor(() => expect(frame(app)).toContain('Paris Declaration of the coalition of the willing'));
  });

  it('tab walks through the views in order', async () => {
    const { live } = await open();
    const app = show(live);
    app.stdin.write(TAB);
    await vi.waitFor(() => expect(frame(app)).toContain('1/6'));
    app.stdin.write(TAB);
    await vi.waitFor(() => expect(frame(app)).toContain('Will the United States back the force with air power?'));
  });

  it('/ filters the commitments; q typed into the filter is text, not quit', async () => {
    const { live } = await open();
    const app = show(live);
    app.stdin.write('2');
    await vi.waitFor(() => expect(frame(app)).toContain('1/6'));
    app.stdin.write('/');
    await vi.waitFor(() => expect(frame(app)).toContain('enter keep'));
    for (const ch of 'france') app.stdin.write(ch);
    await vi.waitFor(() => expect(frame(app)).toContain('1/1 of 6'));
    app.stdin.write('\r');
    await vi.waitFor(() => expect(frame(app)).toContain('filter: france'));
    app.stdin.write('/');
    app.stdin.write('q');
    await vi.waitFor(() => expect(frame(app)).toContain('0 of 6'));
  });

  it('enter opens a commitment with its history, sources and grades; esc closes it', async () => {
    const { live } = await open();
    const app = show(live);
    app.stdin.write('2');
    await vi.waitFor(() => expect(frame(app)).toContain('1/6'));
    app.stdin.write(DOWN);
    app.stdin.write('\r');
    await vi.waitFor(() => expect(frame(app)).toContain('History'));
    expect(frame(app)).toContain('LIGA.net B2');
    expect(frame(app)).toContain('parliamentary-approval: A Bundestag vote.');
    app.stdin.write(ESC);
    await vi.waitFor(() => expect(frame(app)).not.toContain('History'));
  });

  it('s sorts by the next column', async () => {
    const { live } = await open();
    const app = show(live);
    app.stdin.write('2');
    await vi.waitFor(() => expect(frame(app)).toContain('guarantee ▾'));
    app.stdin.write('s');
    await vi.waitFor(() => expect(frame(app)).toContain('guarantor ▾'));
  });

  it('? shows every key; esc closes the help', async () => {
    const { live } = await open();
    const app = show(live);
    app.stdin.write('?');
    await vi.waitFor(() => expect(frame(app)).toContain('cycle the credibility profile'));
    app.stdin.write(ESC);
    await vi.waitFor(() => expect(frame(app)).not.toContain('cycle the credibility profile'));
  });

  it('p cycles the profile shown in the header', async () => {
    const { live } = await open();
    const app = show(live);
    expect(frame(app)).toContain('profile current-calculus');
    app.stdin.write('p');
    await vi.waitFor(() => expect(frame(app)).toContain('profile past-actions'));
  });

  it('space toggles a scenario and the credibility is shown beside the baseline', async () => {
    const { live } = await open();
    const app = show(live);
    app.stdin.write('5');
    await vi.waitFor(() => expect(frame(app)).toContain('[ ] scenario The UK deploys its ground forces'));
    app.stdin.write(' ');
    await vi.waitFor(() => expect(frame(app)).toContain('[x] scenario The UK deploys its ground forces'));
    expect(frame(app)).toContain('baseline → with the toggles on');
    expect(frame(app)).toMatch(/MFU .*→ .*[+-±]\d/);
  });

  it('a burst that switches view and toggles ("5", space, j, space read at once) toggles in the new view', async () => {
    const { live } = await open();
    const app = show(live);
    app.stdin.write('5 j ');
    await vi.waitFor(() => expect(frame(app)).toContain('[x] scenario The UK deploys its ground forces'));
    expect(frame(app)).toMatch(/\[x\] answer +Will the United States back the force with air power\?/);
  });

  it('shows a save without a keypress, with the change feed line', async () => {
    const { live, dir } = await open({ watch: true });
    const app = show(live);
    const file = join(dir, 'commitments.yaml');
    const text = await readFile(file, 'utf8');
    await writeFile(
      file,
      text.replace(
        '{ date: 2026-01-06, status: pledged, source: wiredgov-2026-01-08 }',
        '{ date: 2026-01-06, status: pledged, source: wiredgov-2026-01-08 }\n      - { date: 2026-02-01, status: deploying, source: wiredgov-2026-01-08 }',
      ),
    );
    await vi.waitFor(() => expect(frame(app)).toContain('United Kingdom ground forces: pledged → deploying'), {
      timeout: 5000,
    });
    expect(frame(app)).toMatch(/United Kingdom\s+\[◐\]/);
  });

  it('a broken save keeps the last good data under a banner with file:line; fixing it clears the banner', async () => {
    const { live, dir } = await open({ watch: true });
    const app = show(live);
    const file = join(dir, 'commitments.yaml');
    const good = await readFile(file, 'utf8');
    await writeFile(file, good.replace('capability: command', 'capability: [command'));
    await vi.waitFor(() => expect(frame(app)).toMatch(/✖ commitments\.yaml:\d+:\d+/), { timeout: 5000 });
    expect(frame(app)).toContain('last good data kept');
    expect(frame(app)).toContain('Coalition: Multinational Force Ukraine (MFU)');
    expect(frame(app)).toContain('▲ stale');
    await writeFile(file, good);
    await vi.waitFor(() => expect(frame(app)).not.toContain('✖ commitments.yaml'), { timeout: 5000 });
    expect(frame(app)).toContain('● live');
  });
});
