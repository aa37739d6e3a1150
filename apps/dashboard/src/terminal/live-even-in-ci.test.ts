import { describe, expect, it } from 'vitest';
import { letInkDrawLive } from './live-even-in-ci.js';

describe('the live dashboard in a CI-like environment', () => {
  it('reads as "not CI" to Ink, so every frame is drawn', () => {
    const env: NodeJS.ProcessEnv = { CI: 'true', CONTINUOUS_INTEGRATION: '1', HOME: '/root' };
    letInkDrawLive(env);
    expect(env).toEqual({ CI: 'false', CONTINUOUS_INTEGRATION: 'false', HOME: '/root' });
  });

  it('adds nothing where neither variable is set', () => {
    const env: NodeJS.ProcessEnv = { HOME: '/root' };
    letInkDrawLive(env);
    expect(env).toEqual({ HOME: '/root' });
  });
});
