import chalk from 'chalk';
import { type ColorDepth, colorDepthOf } from '../views/theme.js';

/**
 * The colour depth Ink will actually write: its painter's (chalk's) level, read from the
 * terminal once per process (`COLORTERM=truecolor`, `TERM=…-256color`, `FORCE_COLOR` …).
 * Asking the painter rather than reading the environment again matters: the two readings
 * disagree (FORCE_COLOR=3 under TERM=xterm is true colour to Node and 16 colours to chalk),
 * and a palette picked for a depth the painter then down-samples loses its distinctions.
 */
export function terminalColorDepth(): ColorDepth {
  return colorDepthOf(chalk.level >= 3 ? 24 : chalk.level === 2 ? 8 : 4);
}
