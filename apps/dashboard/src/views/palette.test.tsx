import type { CommitmentStatus } from '@pledgewatch/core';
import { renderToString } from 'ink';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StatusMark } from './StatusMark.js';
import { type ColorDepth, STATUS_LOOK, type Theme } from './theme.js';

// Ink paints with chalk, whose level is read once per process (the test worker's is 1):
// raise it so every escape code is written as asked, and what is measured is exactly what a
// terminal of each depth receives (the dashboard picks the depth; chalk only writes it).
let chalk: { level: number };
let level: number;
beforeAll(async () => {
  // chalk is Ink's dependency (the painter), imported here only to raise its level.
  chalk = (await import('chalk')).default;
  level = chalk.level;
  chalk.level = 3;
});
afterAll(() => {
  chalk.level = level;
});

const DEPTHS: ColorDepth[] = [16, 256, 'truecolor'];
/** Every status (the look is a Record over them all, so the type checker keeps it whole). */
const STATUSES = Object.keys(STATUS_LOOK) as CommitmentStatus[];

/** The foreground colour escape of a status rendered at a depth, e.g. `38;5;166`. */
function foreground(status: CommitmentStatus, theme: Theme): string | undefined {
  const out = renderToString(<StatusMark status={status} theme={theme} word />, { columns: 40 });
  return /\u001b\[((?:3[0-7]|9[0-7]|38;5;\d+|38;2;\d+;\d+;\d+))m/.exec(out)?.[1];
}

const CUBE = [0, 95, 135, 175, 215, 255];
/** An escape's colour as sRGB (xterm's 256-colour cube for `38;5;n`). */
function rgbOf(code: string): [number, number, number] {
  const parts = code.split(';').map(Number);
  if (parts[1] === 2) return [parts[2]!, parts[3]!, parts[4]!];
  const n = parts[2]! - 16;
  if (n < 0 || n > 215) throw new Error(`not a cube colour: ${code}`);
  return [CUBE[Math.floor(n / 36)]!, CUBE[Math.floor(n / 6) % 6]!, CUBE[n % 6]!];
}

/** CIE76 ΔE between two sRGB colours: ≈2 is a just-noticeable difference, 25+ clearly apart. */
function deltaE(a: [number, number, number], b: [number, number, number]): number {
  const lab = (rgb: [number, number, number]) => {
    const [r, g, bl] = rgb.map((c) => {
      const v = c / 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
    const x = f((0.4124 * r + 0.3576 * g + 0.1805 * bl) / 0.95047);
    const y = f(0.2126 * r + 0.7152 * g + 0.0722 * bl);
    const z = f((0.0193 * r + 0.1192 * g + 0.9505 * bl) / 1.08883);
    return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
  };
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!, p[2]! - q[2]!);
}

describe('the status palette on 16, 256 and true-colour terminals', () => {
  for (const depth of DEPTHS) {
    it(`at ${depth} colours every status family is its own colour, in the form such a terminal takes`, () => {
      const codes = new Map(STATUSES.map((s) => [s, foreground(s, { color: true, depth })]));
      const form = depth === 16 ? /^3[0-7]$/ : depth === 256 ? /^38;5;\d+$/ : /^38;2;/;
      for (const [status, code] of codes) expect(code, status).toMatch(form);
      for (const a of STATUSES)
        for (const b of STATUSES) {
          const same = STATUS_LOOK[a].tone === STATUS_LOOK[b].tone;
          if (same) expect(codes.get(a), `${a} and ${b} share a family`).toBe(codes.get(b));
          else expect(codes.get(a), `${a} vs ${b}`).not.toBe(codes.get(b));
          if (!same && depth !== 16)
            expect(deltaE(rgbOf(codes.get(a)!), rgbOf(codes.get(b)!)), `${a} vs ${b}`).toBeGreaterThan(25);
        }
    });
  }

  it('"ruled-out" and "conditional" — two oranges once indices 172 and 214 on 256 colours — are far apart', () => {
    const ruledOut = foreground('ruled-out', { color: true, depth: 256 })!;
    const conditional = foreground('conditional', { color: true, depth: 256 })!;
    expect(ruledOut).toBe('38;5;166');
    expect(conditional).toBe('38;5;214');
    expect(deltaE(rgbOf(ruledOut), rgbOf(conditional))).toBeGreaterThan(35);
    // What the terminal library's own down-sampling of #D55E00 gave: too close to tell apart.
    expect(deltaE(rgbOf('38;5;172'), rgbOf(conditional))).toBeLessThan(20);
  });

  it('with colour off (NO_COLOR, --no-color) no status carries a colour escape, only its symbol', () => {
    for (const status of STATUSES) {
      const out = renderToString(<StatusMark status={status} theme={{ color: false }} word />, { columns: 40 });
      expect(out).not.toMatch(/\u001b\[(3\d|9\d|38;)/);
      expect(out).toContain(`${STATUS_LOOK[status].symbol} ${status}`);
    }
  });
});
