/**
 * Ink draws only the last frame, at exit, when it believes it runs in CI: its `is-in-ci`
 * dependency reads CI and CONTINUOUS_INTEGRATION once, when Ink is first imported. The live
 * dashboard runs only on a real terminal, where drawing every frame is the point — in a CI job's
 * terminal, a dev container that sets CI=true, or a test driving it through tmux — so before Ink
 * is imported, those variables are set to the value is-in-ci reads as "not CI".
 */
export function letInkDrawLive(env: NodeJS.ProcessEnv = process.env): void {
  for (const key of ['CI', 'CONTINUOUS_INTEGRATION']) {
    if (key in env) env[key] = 'false';
  }
}
