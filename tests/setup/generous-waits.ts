import { vi } from 'vitest';

/**
 * Every wait for a state (`vi.waitFor`) gets at least a generous bound. The bound only decides
 * how long a real failure takes to report; a short one fails by chance on a busy machine
 * (vitest's default is 1 s, and CI shares this 2-core machine with other work: a React re-render
 * after a key took over a second at load 28). Loaded by every project through vitest.shared.ts.
 */
export const STATE_WAIT_BOUND_MS = 30_000;

const waitFor = vi.waitFor.bind(vi);
vi.waitFor = ((callback: Parameters<typeof waitFor>[0], options?: Parameters<typeof waitFor>[1]) => {
  const given = typeof options === 'number' ? { timeout: options } : (options ?? {});
  return waitFor(callback, { ...given, timeout: Math.max(given.timeout ?? 0, STATE_WAIT_BOUND_MS) });
}) as typeof vi.waitFor;
