import { defineProject } from 'vitest/config';

/** One base for every workspace project: tests run on sources, never on a stale build. */
export function pledgewatchProject(
  name: string,
  overrides: { environment?: 'node'; include?: string[]; testTimeout?: number } = {},
) {
  return defineProject({
    resolve: { conditions: ['pledgewatch-source'] },
    ssr: { resolve: { conditions: ['pledgewatch-source'] } },
    test: {
      name,
      environment: overrides.environment ?? 'node',
      include: overrides.include ?? ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
      testTimeout: overrides.testTimeout ?? 20_000,
    },
  });
}
