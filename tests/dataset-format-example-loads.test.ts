import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataset } from '@pledgewatch/core';
import { describe, expect, it } from 'vitest';

/** The complete example in docs/dataset-format.md must stay a valid dataset. */
describe('docs/dataset-format.md', () => {
  it('holds a complete example that loads without a single diagnostic', () => {
    const doc = readFileSync(join(import.meta.dirname, '../docs/dataset-format.md'), 'utf8');
    const blocks = [...doc.matchAll(/<!-- file: (\S+) -->\n```yaml\n([\s\S]*?)```/g)].map((m) => ({
      file: m[1]!,
      text: m[2]!,
      hash: m[2]!,
    }));
    expect(blocks.map((b) => b.file)).toEqual(['dataset.yaml', 'sources.yaml', 'actors.yaml', 'guarantees/force.yaml']);
    const result = buildDataset(blocks);
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.dataset?.questions[0]?.answers.map((a) => a.id)).toEqual(['yes', 'no']);
  });
});
