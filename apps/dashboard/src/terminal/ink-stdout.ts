import { linkKnownUrls } from './hyperlinks.js';

/**
 * The stream Ink writes to, with one correction. Ink 6.8's incremental renderer leaves the
 * cursor on the row *after* a frame that ends in a newline (every frame shorter than the
 * terminal — and ours is rows − 1 tall to avoid Ink's clear-everything path), but starts
 * the next update with `cursorUp(lines − 1)`, as if the cursor were *on* the last row. Every
 * update then lands one row low and the screen tears. Moving the cursor up one row after
 * each frame makes Ink's assumption true. (7.x, which needs Node 22, reworked this code.)
 */

// A frame write ends with the last line's newline, or with "cursor next line" when the last
// line did not change; Ink writes the synchronized-output brackets as separate writes.
const FRAME_END = /(?:\n|\u001b\[E)$/;
const CURSOR_UP = '\u001b[A';

/**
 * `links`, when given, names the URLs to make clickable (OSC 8, see hyperlinks.ts); it is
 * read on every write, so links follow the data as it is reloaded.
 */
export function inkStdout(stdout: NodeJS.WriteStream, links?: () => ReadonlySet<string>): NodeJS.WriteStream {
  const write = (chunk: unknown, ...rest: unknown[]): boolean => {
    const raw = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk);
    const text = links ? linkKnownUrls(raw, links()) : raw;
    const fixed = FRAME_END.test(text) ? text + CURSOR_UP : text;
    return (stdout.write as (c: string, ...r: unknown[]) => boolean)(fixed, ...rest);
  };
  return new Proxy(stdout, {
    get(target, prop) {
      if (prop === 'write') return write;
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
