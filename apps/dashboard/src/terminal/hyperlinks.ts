/**
 * OSC 8 hyperlinks: a source's URL on screen becomes clickable in terminals that support it
 * (`ESC ] 8 ; ; URL ESC \ text ESC ] 8 ; ; ESC \`), and stays plain text elsewhere.
 *
 * Ink 6 cannot lay such text out (its tokenizer counts the escape as visible characters and
 * the row spills over its border), so the links are added to the frame on its way to the
 * terminal: a URL is linked only where it appears whole and equals a source link of the
 * dataset — a URL a detail pane wrapped over two rows is left plain rather than linked to
 * half an address.
 */

const ST = '\u001b\\';
const URL_RUN = /https?:\/\/[^\s\u001b]+/g;

/** Whether the terminal announces OSC 8 support (FORCE_HYPERLINK=1/0 overrides). */
export function hyperlinksSupported(env: NodeJS.ProcessEnv): boolean {
  if (env.FORCE_HYPERLINK !== undefined) return env.FORCE_HYPERLINK !== '0' && env.FORCE_HYPERLINK !== 'false';
  // tmux and screen pass OSC 8 on only when configured to: stay plain inside them.
  if (env.TMUX || env.STY || env.TERM === 'dumb') return false;
  if (env.TERM === 'xterm-kitty' || env.TERM === 'xterm-ghostty' || env.WT_SESSION || env.KONSOLE_VERSION) return true;
  if (Number(env.VTE_VERSION) >= 5000) return true;
  const program = env.TERM_PROGRAM;
  return program === 'iTerm.app' || program === 'WezTerm' || program === 'vscode' || program === 'ghostty';
}

/** `text` with every whole occurrence of a known URL turned into an OSC 8 link to itself. */
export function linkKnownUrls(text: string, urls: ReadonlySet<string>): string {
  if (urls.size === 0 || !text.includes('http')) return text;
  return text.replace(URL_RUN, (run) => {
    // A URL ends a citation ("…, 2026, https://…") or sits before punctuation: trim it off.
    let url = run;
    while (url && !urls.has(url) && /[),.;:'"’”]$/.test(url)) url = url.slice(0, -1);
    if (!urls.has(url)) return run;
    return `\u001b]8;;${url}${ST}${url}\u001b]8;;${ST}${run.slice(url.length)}`;
  });
}
