import { type ParseArgsConfig, parseArgs } from 'node:util';

/** A mistake in how the command was called: shown as one line and exit code 2, never a stack trace. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs with its errors turned into {@link UsageError}s a person can act on. */
export function parseCommandArgs<T extends OptionSpec>(argv: string[], options: T, command: string) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error instanceof Error ? error.message.split('\n')[0]! : String(error)).split('. ')[0]!;
    throw new UsageError(
      message.replace(/^Unknown option/, 'unknown option'),
      `run \`pledgewatch ${command} --help\` for the options`,
    );
  }
}

/** The one positional DIR, or undefined; more than one is a usage error. */
export function datasetArgument(positionals: string[], command: string): string | undefined {
  if (positionals.length > 1) {
    throw new UsageError(
      `expected at most one dataset folder, got ${positionals.length}: ${positionals.join(' ')}`,
      `pledgewatch ${command} [DIR]`,
    );
  }
  return positionals[0];
}
