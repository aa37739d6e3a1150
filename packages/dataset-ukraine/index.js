import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding the bundled Ukraine dataset's YAML files. */
export const datasetDir = join(dirname(fileURLToPath(import.meta.url)), 'data');
