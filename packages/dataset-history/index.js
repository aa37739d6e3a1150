import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The folder holding the historical dataset's YAML files: one guarantee per case, each as it stood the day before its test. */
export const datasetDir = join(here, 'data');

/** Each case's outcome (deterred, honoured, mixed, not-honoured), kept outside the dataset folder so the engine never reads it. */
export const outcomesFile = join(here, 'outcomes.yaml');
