// Regenerates schema/dataset-file.schema.json from the built zod schemas.
// Run after `npm run build -w @pledgewatch/core`; a test fails when the committed file is stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datasetJsonSchema } from '../dist/index.js';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema', 'dataset-file.schema.json');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${target}\n`);
