import { spawn, spawnSync } from 'node:child_process';
import { isAbsolute, join } from 'node:path';
import type { Place } from '../live/live-state.js';

/**
 * The keys that reach outside the dashboard: `e` hands the terminal to $EDITOR at a file and
 * line and takes it back after; `o` opens a link with the platform's opener; `y` copies
 * through the terminal (OSC 52), which works over ssh and in tmux with clipboard access.
 * Each returns a sentence for the bottom line: what it did, or why it did not.
 */
export interface Outside {
  edit(place: Place): string;
  openLink(url: string): string;
  copy(text: string): string;
}

/** The editor command and its arguments for a file at a line: `+LINE FILE` for vi, nano, emacs, micro…; `-g FILE:LINE` for VS Code. */
export function editorCommand(
  editor: string,
  file: string,
  line: number | undefined,
): { command: string; args: string[] } {
  const [command = 'vi', ...extra] = editor.trim().split(/\s+/);
  const name = command.split('/').pop() ?? command;
  if (/^(code|codium|cursor)$/.test(name))
    return { command, args: [...extra, '--wait', '-g', line ? `${file}:${line}` : file] };
  return { command, args: [...extra, ...(line ? [`+${line}`] : []), file] };
}

/** The opener of this platform, for an http(s) address only. */
function openerFor(url: string): { command: string; args: string[] } {
  if (process.platform === 'darwin') return { command: 'open', args: [url] };
  if (process.platform === 'win32') return { command: 'explorer.exe', args: [url] };
  return { command: 'xdg-open', args: [url] };
}

export function createOutside(options: {
  dir: string;
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  /** Give the screen back (leave the alternate screen) and take it again after. */
  suspend(run: () => void): void;
}): Outside {
  return {
    edit(place) {
      const editor = options.env.VISUAL || options.env.EDITOR;
      if (!editor) return 'no editor: set $EDITOR (or $VISUAL) to edit from the dashboard';
      const file = isAbsolute(place.file) ? place.file : join(options.dir, place.file);
      const { command, args } = editorCommand(editor, file, place.line);
      let problem: string | undefined;
      options.suspend(() => {
        const result = spawnSync(command, args, { stdio: 'inherit', env: options.env });
        if (result.error) problem = result.error.message;
      });
      if (problem) return `the editor did not start (${editor}): ${problem}`;
      return `back from ${command} at ${place.file}${place.line ? `:${place.line}` : ''}`;
    },
    openLink(url) {
      if (!/^https?:\/\/\S+$/i.test(url)) return `not opened: only http and https links are opened (${url})`;
      const { command, args } = openerFor(url);
      try {
        const child = spawn(command, args, { stdio: 'ignore', detached: true });
        child.on('error', () => {});
        child.unref();
      } catch (error) {
        return `could not open ${url}: ${error instanceof Error ? error.message : String(error)}`;
      }
      return `opening ${url}`;
    },
    copy(text) {
      options.stdout.write(`\u001b]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`);
      return `copied: ${text}`;
    },
  };
}
