import { renderToString } from 'ink';
import type { LiveState } from '../live/live-state.js';
import type { ViewId } from '../navigation/keys.js';
import { buildScreenModel, openingUiState } from '../rows/screen-model.js';
import { Screen } from '../screen.js';
import type { ColorDepth } from '../views/theme.js';

/**
 * One frame as a string, for `--once` and pipes. Effects do not run in renderToString, so
 * the data is loaded before and passed in whole.
 */
export function renderFrame(
  live: LiveState,
  options: { columns: number; rows: number; color: boolean; depth?: ColorDepth; view: ViewId },
): string {
  const ui = openingUiState(live, options.view);
  const model = buildScreenModel(live, ui);
  const size = { columns: options.columns, rows: options.rows };
  return renderToString(
    <Screen
      live={live}
      ui={ui}
      model={model}
      size={size}
      theme={{ color: options.color, depth: options.depth }}
      watching={false}
    />,
    { columns: options.columns },
  );
}
