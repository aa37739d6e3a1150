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
 *   at pdfkit's installed module instead (`import.meta.resolve('pdfkit')`, from the bundle's
 *   place, resolved once and only when one of them is first read).
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
    b.onLoad({ filter: /pdfkit[\\/]js[\\/]pdfkit\.node\.mjs$/ }, (args) => {
      // Resolved when first needed (a standard font, the PDF/A colour profile), not while the
      // module loads: resolving a package costs file-system look-ups the briefing rarely needs.
      const edits = [
        [
          "const ICC_PROFILE_PATH = new URL('./data/sRGB_IEC61966_2_1.icc', import.meta.url).href;",
          "const ICC_PROFILE_PATH = () => new URL('./data/sRGB_IEC61966_2_1.icc', __pdfkitUrl()).href;",
        ],
        ['fs.readFileSync(ICC_PROFILE_PATH)', 'fs.readFileSync(ICC_PROFILE_PATH())'],
        [
          'const require$1 = createRequire(import.meta.url);',
          'let __pdfkitRequire;\nconst require$1 = (id) => (__pdfkitRequire ??= createRequire(__pdfkitUrl()))(id);',
        ],
      ];
      let contents = readFileSync(args.path, 'utf8');
      for (const [from, to] of edits) {
        if (contents.split(from).length !== 2) {
          throw new Error(
            `${args.path}: pdfkit changed where it reads its own files; update pdfkitInside in ${import.meta.url}`,
          );
        }
        contents = contents.replace(from, to);
      }
      if (contents.includes('import.meta.url')) {
        throw new Error(
          `${args.path}: pdfkit reads import.meta.url somewhere new; update pdfkitInside in ${import.meta.url}`,
        );
      }
      contents +=
        "\nlet __pdfkitUrlCache;\nfunction __pdfkitUrl() { return (__pdfkitUrlCache ??= import.meta.resolve('pdfkit')); }\n";
      return { contents, loader: 'js' };
    });
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
/**
 * The Unicode tables of pdfkit's line breaker (linebreak) and of fontkit (unicode-properties)
 * are compressed tries that each module inflates while it loads (≈ 0.03–0.07 s of CPU), though
 * the briefing sets its text itself and rarely asks either. Each trie is built on its first
 * lookup instead (the modules only ever call its `get`). The build stops if a module changes.
 */
const lazyUnicodeTries = {
  name: 'lazy-unicode-tries',
  setup(b) {
    const lazily = (start, end) => (source, path) => {
      const from = source.indexOf(start);
      const to = from < 0 ? -1 : source.indexOf(end, from + start.length);
      if (from < 0 || to < 0 || source.indexOf(start, from + 1) >= 0 || source.includes('__lazyTrie')) {
        throw new Error(
          `${path}: its Unicode trie is built differently now; update lazyUnicodeTries in ${import.meta.url}`,
        );
      }
      const open = start.indexOf('= new ') + 2;
      return (
        source.slice(0, from + open) +
        '__lazyTrie(() => ' +
        source.slice(from + open, to + end.length - 1) +
        ')' +
        source.slice(to + end.length - 1) +
        '\nfunction __lazyTrie(make) { let trie; return { get: (c) => (trie ??= make()).get(c) }; }\n'
      );
    };
    const edits = [
      [
        /unicode-properties[\\/]dist[\\/]module\.mjs$/,
        lazily('const $747425b437e121da$var$trie = new (0, $bdjGp$unicodetrie)(', '"));'),
      ],
      [
        /linebreak[\\/]dist[\\/]module\.mjs$/,
        lazily('const $557adaaeb0c7885f$var$classTrie = new $hJqJp$unicodetrie(', ');'),
      ],
    ];
    for (const [filter, edit] of edits) {
      b.onLoad({ filter }, (args) => ({ contents: edit(readFileSync(args.path, 'utf8'), args.path), loader: 'js' }));
    }
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
  plugins: bundlePdfkit ? [pdfkitInside, lazyUnicodeTries, yogaWithoutFetch] : [yogaWithoutFetch],
  define: { 'process.env.NODE_ENV': '"production"' },
  // Bundled CommonJS dependencies call require() for node's built-ins; an ES module has none.
  banner: {
    js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);",
  },
});
