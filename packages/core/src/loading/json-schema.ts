import * as z from 'zod';
import { datasetFileSchema } from '../model/dataset.js';

/**
 * The JSON Schema of one dataset file, generated from the zod schemas so it cannot drift.
 * Editors use it (via `# yaml-language-server: $schema=…`) to complete and check files.
 */
export function datasetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(datasetFileSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://pledgewatch.dev/schema/dataset-file.schema.json',
    title: 'pledgewatch dataset file',
  };
}
