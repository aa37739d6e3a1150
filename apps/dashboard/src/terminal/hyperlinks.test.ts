import { describe, expect, it } from 'vitest';
import { hyperlinksSupported, linkKnownUrls } from './hyperlinks.js';
import { inkStdout } from './ink-stdout.js';

const URL = 'https://www.gov.uk/government/news/paris-declaration';
const link = (url: string) => `\u001b]8;;${url}\u001b\\${url}\u001b]8;;\u001b\\`;

describe('OSC 8 links for source URLs', () => {
  it('links a known URL where it stands whole, and only that', () => {
    const known = new Set([URL]);
    expect(linkKnownUrls(`  A1 GOV.UK — "Paris", 2026-01-06 ${URL}`, known)).toBe(
      `  A1 GOV.UK — "Paris", 2026-01-06 ${link(URL)}`,
    );
    // The end of a citation: the comma stays outside the link.
    expect(linkKnownUrls(`grade A1), ${URL}, more`, known)).toBe(`grade A1), ${link(URL)}, more`);
    // Half a URL (a pane wrapped it over two rows) is left plain, never linked to half an address.
    expect(linkKnownUrls('  https://www.gov.uk/government/ne', known)).toBe('  https://www.gov.uk/government/ne');
    // A URL no source of the dataset has is left plain.
    expect(linkKnownUrls('see https://evil.example/x', known)).toBe('see https://evil.example/x');
    // Colour around the URL does not stop it.
    expect(linkKnownUrls(`\u001b[2m${URL}\u001b[22m`, known)).toBe(`\u001b[2m${link(URL)}\u001b[22m`);
  });

  it('is on where the terminal announces it, off inside tmux, and FORCE_HYPERLINK decides first', () => {
    expect(hyperlinksSupported({ TERM_PROGRAM: 'WezTerm' })).toBe(true);
    expect(hyperlinksSupported({ VTE_VERSION: '7200' })).toBe(true);
    expect(hyperlinksSupported({ TERM: 'xterm-kitty' })).toBe(true);
    expect(hyperlinksSupported({ TERM: 'xterm-256color' })).toBe(false);
    expect(hyperlinksSupported({ TERM_PROGRAM: 'WezTerm', TMUX: '/tmp/tmux-1/default,1,0' })).toBe(false);
    expect(hyperlinksSupported({ TERM: 'xterm-256color', FORCE_HYPERLINK: '1' })).toBe(true);
    expect(hyperlinksSupported({ TERM_PROGRAM: 'WezTerm', FORCE_HYPERLINK: '0' })).toBe(false);
  });

  it('the frame on its way to the terminal gets the links; without links it passes unchanged', () => {
    const written: string[] = [];
    const fake = { write: (s: string) => written.push(s) > 0, columns: 80 } as unknown as NodeJS.WriteStream;
    inkStdout(fake, () => new Set([URL])).write(`x ${URL}`);
    inkStdout(fake).write(`x ${URL}`);
    expect(written).toEqual([`x ${link(URL)}`, `x ${URL}`]);
  });
});
