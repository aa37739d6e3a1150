import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchema } from './json-schema.js';

const committed = join(import.meta.dirname, '../../schema/dataset-file.schema.json');

describe('the JSON Schema for editors', () => {
  it('is committed and matches the zod schemas (run `npm run schema -w @pledgewatch/core` after a build if not)', () => {
    const onDisk = JSON.parse(readFileSync(committed, 'utf8'));
    expect(onDisk).toEqual(datasetJsonSchema());
  });

  it('describes every section and the unknown literal', () => {
    const schema = datasetJsonSchema() as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['dataset', 'sources', 'actors', 'guarantees', 'commitments', 'questions', 'scenarios']),
    );
    expect(JSON.stringify(schema)).toContain('"const":"unknown"');
  });
});
