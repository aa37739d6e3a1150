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
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const dist = join(process.cwd(), 'dist');
// `--bundle-pdfkit` (the briefing): pdfkit and fontkit are bundled too, see pdfkitInside below.
const bundlePdfkit = process.argv.includes('--bundle-pdfkit');

/**
 * pdfkit inside the bundle, for the briefing's cold start. Two things change:
 * - fontkit imports a Brotli decoder for WOFF2 fonts, whose module builds a 120 KB dictionary
 *   when it is loaded (≈ 0.15 s of CPU, more than a bare node start); the briefing embeds
 *   TrueType fonts only, so a decoder that says so stands in for it.
 * - pdfkit finds its standard-font metrics and its sRGB profile (PDF/A) beside its own module
 *   (`import.meta.url`); inside the bundle that would be the bundle's folder, so it is pointed
 *   at pdfkit's installed module instead (`import.meta.resolve('pdfkit')`, from the bundle's place).
 */
const pdfkitInside = {
  name: 'pdfkit-inside',
  setup(b) {
    b.onResolve({ filter: /^brotli\/decompress(\.js)?$/ }, () => ({ path: 'brotli', namespace: 'no-woff2' }));
    b.onLoad({ filter: /.*/, namespace: 'no-woff2' }, () => ({
      contents:
        "export default function decompress() { throw new Error('WOFF2 fonts cannot be read here: embed a TrueType (.ttf) font'); }",
      loader: 'js',
    }));
    b.onLoad({ filter: /pdfkit[\\/]js[\\/]pdfkit\.node\.mjs$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll('import.meta.url', "import.meta.resolve('pdfkit')"),
      loader: 'js',
    }));
  },
};
/**
 * Ink's layout engine (yoga) is WebAssembly embedded as a base64 data: URL. Its loader, built for
 * browsers too, reads that URL with fetch() whenever fetch exists — on Node 20 the first fetch
 * loads undici (≈ 0.1–0.2 s of CPU on this kind of machine, before Ink's first frame) — and
 * otherwise decodes it with atob and a character loop. Here it decodes the same bytes with
 * Buffer, never calling fetch. If yoga's loader changes, the build stops and says so.
 */
const yogaWithoutFetch = {
  name: 'yoga-without-fetch',
  setup(b) {
    b.onLoad({ filter: /yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const fetching = 'function ya(){return w||"function"!=typeof fetch?';
      const decoding =
        'var b=xa(a.slice(37)),c=new Uint8Array(b.length);for(a=0;a<b.length;++a)c[a]=b.charCodeAt(a);var d=c';
      if (!source.includes(fetching) || !source.includes(decoding)) {
        throw new Error(
          `${args.path}: yoga's WebAssembly loader changed; update yogaWithoutFetch in ${import.meta.url}`,
        );
      }
      return {
        contents: source
          .replace(fetching, 'function ya(){return true?')
          .replace(decoding, 'var d=new Uint8Array(Buffer.from(a.slice(37),"base64"))'),
        loader: 'js',
      };
    });
  },
};
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
  external: [
    '@pledgewatch/dataset-ukraine',
    '@pledgewatch/dataset-history',
    ...(bundlePdfkit ? [] : ['pdfkit']),
    'react-devtools-core',
  ],
  plugins: bundlePdfkit ? [pdfkitInside, yogaWithoutFetch] : [yogaWithoutFetch],
  define: { 'process.env.NODE_ENV': '"production"' },
  // Bundled CommonJS dependencies call require() for node's built-ins; an ES module has none.
  banner: {
    js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);",
  },
});
