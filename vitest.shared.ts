import { defineProject } from 'vitest/config';

interface ProjectOptions {
  environment?: 'node';
  include?: string[];
  testTimeout?: number;
  /**
   * Run this project's files one at a time, after the other projects have finished. For
   * end-to-end tests that drive real processes and a real terminal: on a 2-core machine they
   * must not compete with each other, or with unit tests, for the CPU.
   */
  alone?: boolean;
}

const generousWaits = new URL('./tests/setup/generous-waits.ts', import.meta.url).pathname;

/** One base for every workspace project: tests run on sources, never on a stale build. */
export function pledgewatchProject(name: string, options: ProjectOptions = {}) {
  return defineProject({
    resolve: { conditions: ['pledgewatch-source'] },
    ssr: { resolve: { conditions: ['pledgewatch-source'] } },
    test: {
      name,
      environment: options.environment ?? 'node',
      include: options.include ?? ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
      setupFiles: [generousWaits],
      // Bounds, not expectations: a test that passes in 2 s idle may take 20 s at load 30.
      testTimeout: options.testTimeout ?? 120_000,
      // Set-up and clean-up (a scratch install, a temporary folder of thousands of files) take
      // seconds on a busy machine: vitest's default of 10 s failed CI by chance.
      hookTimeout: Math.max(options.testTimeout ?? 20_000, 120_000),
      // "Today" for the staleness warnings (data older than its freshness window): fixed, so no
      // test's output changes with the calendar. The day after the test fixtures' cut-off
      // (2026-02-28), so their frames and pages carry no warning; a test about staleness sets its own.
      env: { PLEDGEWATCH_TODAY: '2026-03-01' },
      ...(options.alone ? { fileParallelism: false, sequence: { groupOrder: 1 } } : {}),
    },
  });
}
