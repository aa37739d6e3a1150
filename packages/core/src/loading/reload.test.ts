import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatasetLoader } from './load.js';

const BUNDLED = join(import.meta.dirname, '../../../dataset-ukraine/data');
let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('createDatasetLoader().reload', () => {
  it('says "unchanged" while the files are, and loads again once one changes', async () => {
    dir = await mkdtemp(join(tmpdir(), 'pw-reload-'));
    await cp(BUNDLED, dir, { recursive: true });
    const loader = createDatasetLoader(dir);
    const first = await loader.load();
    expect(first.ok).toBe(true);
    expect(await loader.reload()).toBe('unchanged');
    const manifest = join(dir, 'dataset.yaml');
    await writeFile(manifest, `${await readFile(manifest, 'utf8')}\n# a comment changes the hash\n`);
    const again = await loader.reload();
    expect(again).not.toBe('unchanged');
    expect(again !== 'unchanged' && again.ok).toBe(true);
    expect(await loader.reload()).toBe('unchanged');
  });

  it('reports a folder that cannot be read, then "unchanged" while it still cannot', async () => {
    const loader = createDatasetLoader(join(tmpdir(), 'pw-reload-no-such-folder'));
    const first = await loader.reload();
    expect(first !== 'unchanged' && first.ok).toBe(false);
    expect(await loader.reload()).toBe('unchanged');
  });
});
