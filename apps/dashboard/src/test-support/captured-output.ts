import { PassThrough } from 'node:stream';
import type { CommandIO } from '../commands/io.js';

/** Two streams that keep what is written to them, to run a command in-process and read its output. */
export function capturedOutput() {
  let out = '';
  let err = '';
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on('data', (d) => {
    out += d;
  });
  stderr.on('data', (d) => {
    err += d;
  });
  return { stdout, stderr, out: () => out, err: () => err };
}

/** A `pledgewatch` command's IO without a terminal: captured output, an empty stdin, `env`. */
export function pipeIO(env: NodeJS.ProcessEnv = {}) {
  const { stdout, stderr, out, err } = capturedOutput();
  const io: CommandIO = { stdout, stderr, stdin: new PassThrough(), env };
  return { io, out, err };
}
