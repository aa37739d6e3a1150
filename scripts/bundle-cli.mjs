// Bundles an app's command line (dist/cli.js, as tsc wrote it) into one entry file plus the
// chunks its lazy subcommands import (dist/chunks/), so a cold start reads a handful of files
// instead of resolving and compiling a few hundred modules. Run from the app's folder after
// tsc: `node ../../scripts/bundle-cli.mjs`.
//
// - The entry stays dist/cli.js and still exports runAsProgram(), which the committed bin
//   launcher (bin/) calls; `node dist/cli.js …` still runs it directly.
// - tsc's other files stay in dist/ beside it (tests import dist/live/… directly).
// - Source maps are kept and chained through tsc's, so a stack trace with
//   --enable-source-maps points at src/*.ts.
// - Left outside the bundle: the dataset packages (they find their YAML folder through their
//   own import.meta.url) and pdfkit (it reads its font metrics relative to its own files).
// - React and Ink are built for production (process.env.NODE_ENV): the development build
//   only adds checks and warnings for a developer's console, at twice the code to compile.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const dist = join(process.cwd(), 'dist');
rmSync(join(dist, 'chunks'), { recursive: true, force: true });

await build({
  entryPoints: [join(dist, 'cli.js')],
  outdir: dist,
  allowOverwrite: true,
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  legalComments: 'eof',
  logLevel: 'warning',
  external: ['@pledgewatch/dataset-ukraine', '@pledgewatch/dataset-history', 'pdfkit', 'react-devtools-core'],
  define: { 'process.env.NODE_ENV': '"production"' },
  // Bundled CommonJS dependencies call require() for node's built-ins; an ES module has none.
  banner: {
    js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);",
  },
});
