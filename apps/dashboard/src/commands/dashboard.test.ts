import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../cli.js';
import { pipeIO } from '../test-support/captured-output.js';
import { FIXTURE_DIR } from '../test-support/fixture.js';

describe('pledgewatch [DIR] without a terminal', () => {
  it('prints one frame at --width and exits 0 (no raw mode needed)', async () => {
    const t = pipeIO();
    expect(await main([FIXTURE_DIR, '--width', '90', '--height', '24'], t.io)).toBe(0);
    const lines = t.out().trimEnd().split('\n');
    expect(lines[0]).toContain('Ukraine guarantees (test slice)');
    expect(lines).toHaveLength(23);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(90);
  });

  it('opens, like the live dashboard, on the guarantee with the most commitments: its coalition with members and the score key', async () => {
    const t = pipeIO();
    const bundled = fileURLToPath(new URL('../../../../packages/dataset-ukraine/data', import.meta.url));
    expect(await main([bundled, '--once', '--width', '80', '--height', '24'], t.io)).toBe(0);
    const frame = t.out();
    expect(frame).toContain('Coalition: Multinational Force Ukraine (MFU)');
    expect(frame).toMatch(/^United Kingdom\s+○/m);
    expect(frame).toMatch(/^France\s+○/m);
    expect(frame).toContain('Key: 0–100');
    expect(frame).not.toContain('no commitments on record');
  });

  it('--view picks the view of the frame', async () => {
    const t = pipeIO();
    expect(await main([FIXTURE_DIR, '--once', '--view', 'commitments'], t.io)).toBe(0);
    expect(t.out()).toMatch(/France\s+ground forces\s+○ pledged/);
  });

  it('--json prints the assessment snapshot', async () => {
    const t = pipeIO();
    expect(await main(['watch', FIXTURE_DIR, '--json'], t.io)).toBe(0);
    const json = JSON.parse(t.out());
    expect(json).toMatchObject({ ok: true, asOf: '2026-02-10', profile: 'current-calculus' });
    expect(json.assessment.guarantees[0].guarantee).toBe('mfu');
    expect(json.commitments).toHaveLength(6);
  });

  it('a mistyped command is named as one, not opened as a folder', async () => {
    for (const [typed, meant] of [
      ['chek', 'check'],
      ['asess', 'assess'],
      ['wach', 'watch'],
    ]) {
      const t = pipeIO();
      expect(await main([typed!, '--json'], t.io)).toBe(2);
      expect(t.err().split('\n')[0]).toBe(`pledgewatch: unknown command '${typed}' — did you mean '${meant}'?`);
      expect(t.out()).toBe('');
    }
    // Far from every command: still a folder, which does not exist.
    const t = pipeIO();
    expect(await main(['no-such-dataset-folder', '--json'], t.io)).toBe(1);
    expect(t.err()).toBe('');
    expect(JSON.parse(t.out()).diagnostics[0].message).toMatch(/'no-such-dataset-folder': it does not exist/);
  });

  it('a wrong option is one line and exit 2, never a stack trace', async () => {
    for (const argv of [
      [FIXTURE_DIR, '--width', 'wide'],
      [FIXTURE_DIR, '--view', 'map'],
      [FIXTURE_DIR, '--profile', 'nope', '--once'],
    ]) {
      const t = pipeIO();
      expect(await main(argv, t.io)).toBe(2);
      expect(t.err()).toMatch(/^pledgewatch: /);
      expect(t.err()).not.toContain('    at ');
    }
  });

  it('a folder with errors prints the diagnostics view and exits 1', async () => {
    const t = pipeIO();
    expect(await main(['/nonexistent/pledgewatch-folder', '--once'], t.io)).toBe(1);
    expect(t.out()).toContain('Diagnostics');
    expect(t.err()).toContain('/nonexistent/pledgewatch-folder');
  });
});
