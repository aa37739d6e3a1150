// What most TypeScript teams would use instead of pdfkit: the same briefing content (core's
// buildBriefing output for the bundled dataset) as a plain HTML page, printed to PDF by
// headless Chromium (Debian's `chromium` package). Both are timed as whole processes,
// alternately in the same loop so a busy machine slows both alike; the figure is
// pledgewatch-brief's time as a ratio of Chromium's. Without Chromium the row is skipped
// and the output says so. Standalone: `node tests/bench/chromium.mjs`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildBriefing, compareScenarios, loadDataset } from '@pledgewatch/core';
import { datasetDir } from '@pledgewatch/dataset-ukraine';
import { countPages } from './briefing.mjs';
import { ms, ROOT, ratio, spread, summarize } from './lib.mjs';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const CLI = join(ROOT, 'apps/briefing/dist/cli.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/** The briefing's content as pledgewatch-brief computes it (baseline with each answer, scenarios). */
async function briefingContent() {
  const loaded = await loadDataset(datasetDir);
  if (!loaded.ok) throw new Error('the bundled dataset did not load');
  const dataset = loaded.dataset;
  const asOf = dataset.manifest.asOf;
  const compared = compareScenarios(
    dataset,
    dataset.scenarios.map((s) => s.id),
    { asOf },
  );
  if (!compared.ok) throw new Error('the engine failed on the bundled dataset');
  return buildBriefing(dataset, compared.baseline, {
    asOf,
    standard: 'icd203',
    scenarios: compared.comparisons.map((c) => c.assessment),
  });
}

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const primitive = (v) => v === null || ['string', 'number', 'boolean'].includes(typeof v);
const words = (key) => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/**
 * Every field of the content, generically: text as paragraphs, lists of records as tables
 * (with nested parts below the row), records as headed sub-sections. Plain print CSS, the
 * same DejaVu Sans the PDF embeds; no charts (which only makes Chromium's job lighter).
 */
function html(value, depth = 2) {
  if (value === undefined) return '';
  if (primitive(value)) return `<p>${esc(value)}</p>`;
  if (Array.isArray(value)) {
    if (value.length === 0) return '';
    // Endnote numbers and short lists read inline, as the PDF prints them.
    if (value.every((v) => typeof v === 'number')) return `[${value.join(', ')}]`;
    if (value.every(primitive)) return `<ul>${value.map((v) => `<li>${esc(v)}</li>`).join('')}</ul>`;
    const columns = [...new Set(value.flatMap((v) => Object.keys(v).filter((k) => primitive(v[k]))))];
    const rows = value.map((v) => {
      const cells = columns.map((c) => `<td>${esc(v[c] ?? '')}</td>`).join('');
      const nested = Object.entries(v)
        .filter(([, x]) => !primitive(x))
        .map(([k, x]) => `<div class="nested"><b>${esc(words(k))}:</b> ${html(x, depth + 1)}</div>`)
        .join('');
      return `<tr>${cells}</tr>${nested ? `<tr><td colspan="${columns.length}">${nested}</td></tr>` : ''}`;
    });
    return `<table><thead><tr>${columns.map((c) => `<th>${esc(words(c))}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
  }
  // A small record of plain values (a score range, a likelihood) reads inline.
  const entries = Object.entries(value);
  if (entries.length <= 6 && entries.every(([, v]) => primitive(v)))
    return entries.map(([k, v]) => `${esc(words(k))} ${esc(v)}`).join(', ');
  const h = `h${Math.min(depth, 6)}`;
  return entries
    .map(([k, v]) =>
      primitive(v) ? `<p><b>${esc(words(k))}:</b> ${esc(v)}</p>` : `<${h}>${esc(words(k))}</${h}>${html(v, depth + 1)}`,
    )
    .join('\n');
}

export function briefingHtml(briefing) {
  const sections = [
    'cover',
    'changes',
    'judgments',
    'scoreKey',
    'watch',
    'credibility',
    'baseRates',
    'known',
    'commitments',
    'unknown',
    'scenarios',
    'timeline',
    'sources',
    'method',
  ];
  const body = sections
    .filter((s) => briefing[s] !== undefined)
    .map((s) => `<section><h1>${esc(words(s))}</h1>${html(briefing[s])}</section>`)
    .join('\n');
  return `<!doctype html>
<html lang="${esc(briefing.language)}"><head><meta charset="utf-8"><title>${esc(briefing.title)}</title>
<style>
@page { size: A4; margin: 62pt 56pt 58pt; }
body { font-family: "DejaVu Sans", sans-serif; font-size: 9.5pt; line-height: 1.32; color: #111; }
h1 { font-size: 15pt; break-after: avoid; } h2 { font-size: 11pt; break-after: avoid; } h3, h4, h5, h6 { font-size: 9.5pt; }
table { border-collapse: collapse; width: 100%; font-size: 7.8pt; margin: 4pt 0 10pt; }
th { background: #e8edf3; text-align: left; } th, td { border-bottom: 0.3pt solid #999; padding: 3pt; vertical-align: top; }
thead { display: table-header-group; } tr { break-inside: avoid; } .nested { margin-left: 8pt; }
</style></head><body>
<p class="marking">${esc(briefing.cover.marking)}</p>
${body}
</body></html>
`;
}

function chromiumToPdf(htmlFile, out, work, i) {
  const profile = join(work, `profile-${i}`);
  const r = spawnSync(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-pdf-header-footer',
      `--user-data-dir=${profile}`,
      `--print-to-pdf=${out}`,
      pathToFileURL(htmlFile).href,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
  );
  rmSync(profile, { recursive: true, force: true });
  if (r.status !== 0 || !existsSync(out)) throw new Error(`chromium exited ${r.status}: ${r.stderr}`);
}

function briefOnce(out) {
  const r = spawnSync(process.execPath, [CLI, '-o', out], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pledgewatch-brief exited ${r.status}: ${r.stderr}`);
}

export async function bench() {
  if (!CHROMIUM) return [{ skipped: 'Chromium is not installed (Debian: apt-get install chromium)' }];
  const work = mkdtempSync(join(tmpdir(), 'pledgewatch-bench-chromium-'));
  try {
    const htmlFile = join(work, 'briefing.html');
    const htmlStart = performance.now();
    writeFileSync(htmlFile, briefingHtml(await briefingContent()));
    const htmlMs = performance.now() - htmlStart;
    const chromiumPdf = join(work, 'chromium.pdf');
    const briefPdf = join(work, 'brief.pdf');
    const chromium = [];
    const brief = [];
    for (let i = 0; i <= RUNS; i++) {
      let start = performance.now();
      chromiumToPdf(htmlFile, chromiumPdf, work, i);
      const c = performance.now() - start;
      start = performance.now();
      briefOnce(briefPdf);
      const b = performance.now() - start;
      if (i === 0) continue; // warm-up: file-system cache, Chromium's shared libraries
      chromium.push(c);
      brief.push(b);
    }
    const version = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout.trim();
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const chromiumDoc = await getDocument({ data: new Uint8Array(readFileSync(chromiumPdf)), verbosity: 0 }).promise;
    return [
      {
        version,
        htmlBytes: readFileSync(htmlFile).length,
        htmlMs,
        chromium: summarize(chromium),
        chromiumPages: chromiumDoc.numPages,
        chromiumBytes: readFileSync(chromiumPdf).length,
        brief: summarize(brief),
        briefPages: countPages(briefPdf),
        briefBytes: readFileSync(briefPdf).length,
      },
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function print(rows) {
  console.log('\n## pledgewatch-brief against headless Chromium (bundled dataset, whole processes, alternating)\n');
  const [r] = rows;
  if (!r || r.skipped) {
    console.log(`Skipped: ${r?.skipped ?? 'no result'}.`);
    return;
  }
  console.log(
    `${r.version}; the HTML page (${Math.round(r.htmlBytes / 1024)} KB, built in ${ms(r.htmlMs)} ms, not timed below) holds the same content, without charts.\n`,
  );
  console.log('| process | median (spread) ms | pages | KB | ÷ Chromium |');
  console.log('|---|---:|---:|---:|---:|');
  console.log(
    `| chromium --headless --print-to-pdf (HTML → PDF) | ${ms(r.chromium.median)} (${spread(r.chromium)}) | ${r.chromiumPages} | ${Math.round(r.chromiumBytes / 1024)} | 1.00× |`,
  );
  console.log(
    `| pledgewatch-brief (load → assess → lay out → PDF) | ${ms(r.brief.median)} (${spread(r.brief)}) | ${r.briefPages} | ${Math.round(r.briefBytes / 1024)} | ${ratio(r.brief.median, r.chromium.median)} |`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  print(await bench());
}
