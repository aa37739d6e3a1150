import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Packs @pledgewatch/core and the bundled dataset as npm would publish them, installs both
 * into a scratch project outside the workspace and runs the README's script there: the
 * `exports`, `files` and types are proven, not assumed. Needs the packages built
 * (the README's test command builds first).
 */

const root = join(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'pledgewatch-reuse-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(cmd: string, args: string[], cwd: string) {
  return execFileSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_loglevel: 'error' },
  });
}

describe('@pledgewatch/core from a packed tarball', () => {
  it('installs outside the workspace and runs the README script on the bundled dataset', () => {
    const packed = JSON.parse(
      run(
        'npm',
        [
          'pack',
          '--json',
          '--pack-destination',
          scratch,
          '-w',
          '@pledgewatch/core',
          '-w',
          '@pledgewatch/dataset-ukraine',
        ],
        root,
      ),
    ) as { filename: string; files: { path: string }[] }[];
    const core = packed.find((p) => p.filename.includes('core'))!;
    // Only what a consumer needs ships: built code, types, the JSON Schema; no sources or tests.
    const paths = core.files.map((f) => f.path);
    expect(paths).toContain('dist/index.js');
    expect(paths).toContain('dist/index.d.ts');
    expect(paths).toContain('schema/dataset-file.schema.json');
    expect(paths.some((p) => p.startsWith('src/') || p.includes('.test.') || p.includes('__fixtures__'))).toBe(false);
    expect(paths).toContain('dist/testing.js');

    writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
    run(
      'npm',
      ['install', '--prefer-offline', '--no-audit', '--no-fund', ...packed.map((p) => `./${p.filename}`)],
      scratch,
    );

    const script = readFileSync(join(root, 'tests/fixtures/reuse/guarantees.mjs'), 'utf8');
    writeFileSync(join(scratch, 'guarantees.mjs'), script);
    const out = run(process.execPath, ['guarantees.mjs'], scratch);
    expect(out).toMatch(/Multinational Force Ukraine: \d+\/\d+ commitments pledged or further, credibility \d+–\d+/);
    expect(out).toMatch(/Budapest Memorandum/);

    // The README shows exactly this script.
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain(script.trim());
  });

  it('serves seeded synthetic datasets from the @pledgewatch/core/testing subpath, not the main entry', () => {
    const probe = [
      "const core = await import('@pledgewatch/core');",
      "const testing = await import('@pledgewatch/core/testing');",
      'const d = testing.generateDataset({ seed: 1, commitments: 20 });',
      'console.log(typeof core.generateDataset, d.commitments.length, testing.datasetToFiles(d).length > 0);',
    ].join('\n');
    writeFileSync(join(scratch, 'testing-subpath.mjs'), probe);
    expect(run(process.execPath, ['testing-subpath.mjs'], scratch).trim()).toBe('undefined 20 true');
  });

  it('serves the loader stages from the @pledgewatch/core/loading subpath, for tool authors', () => {
    const probe = [
      "const core = await import('@pledgewatch/core');",
      "const loading = await import('@pledgewatch/core/loading');",
      "const parsed = loading.parseDatasetFile('a.yaml', 'actors: []\\n');",
      "console.log(typeof core.parseDatasetFile, parsed.diagnostics.length, loading.nearestWord('chek', ['check']));",
    ].join('\n');
    writeFileSync(join(scratch, 'loading-subpath.mjs'), probe);
    expect(run(process.execPath, ['loading-subpath.mjs'], scratch).trim()).toBe('undefined 0 check');
  });

  it('type-checks a TypeScript consumer against the installed types', () => {
    writeFileSync(join(scratch, 'typed.ts'), readFileSync(join(root, 'tests/fixtures/reuse/typed.ts'), 'utf8'));
    writeFileSync(
      join(scratch, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2022',
          strict: true,
          noEmit: true,
          types: [],
        },
        files: ['typed.ts'],
      }),
    );
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    expect(() => run(process.execPath, [tsc, '-p', 'tsconfig.json'], scratch)).not.toThrow();
  });
});
