import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Runs the built `pledgewatch-brief` and reads its PDFs back with pdfjs-dist. */

export const briefCli = join(import.meta.dirname, '..', '..', 'apps', 'briefing', 'dist', 'cli.js');

export function brief(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [briefCli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function briefAsync(args: string[], cwd: string) {
  return spawn(process.execPath, [briefCli, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
}

export interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ReadPdf {
  pages: { width: number; height: number; text: string; items: TextItem[]; annotations: Record<string, unknown>[] }[];
  text: string;
  outline: { title: string; items: { title: string }[] }[];
  info: Record<string, unknown>;
  /** XMP metadata, e.g. `get('dc:title')`. */
  metadata: { get(name: string): unknown } | undefined;
  attachments: Record<string, { filename: string; content: Uint8Array }> | null;
  structTree: unknown;
  destinations: Record<string, unknown>;
}

export async function readPdf(path: string): Promise<ReadPdf> {
  const data = new Uint8Array(readFileSync(path));
  const doc = await getDocument({ data, disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: ReadPdf['pages'] = [];
  let structTree: unknown;
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const items = content.items
      .filter(
        (it): it is typeof it & { str: string; transform: number[]; width: number; height: number } => 'str' in it,
      )
      .map((it) => ({ str: it.str, x: it.transform[4]!, y: it.transform[5]!, width: it.width, height: it.height }));
    const annotations = (await page.getAnnotations()) as Record<string, unknown>[];
    if (i === 1) structTree = await page.getStructTree();
    pages.push({ width, height, text: items.map((it) => it.str).join(' '), items, annotations });
  }
  const meta = await doc.getMetadata();
  const outline = ((await doc.getOutline()) ?? []).map((o) => ({
    title: o.title,
    items: (o.items ?? []).map((c) => ({ title: c.title })),
  }));
  return {
    pages,
    text: pages
      .map((p) => p.text)
      .join('\n')
      .replace(/\s+/g, ' '),
    outline,
    info: meta.info as Record<string, unknown>,
    metadata: meta.metadata ?? undefined,
    attachments: (await doc.getAttachments()) as ReadPdf['attachments'],
    structTree,
    destinations: (await doc.getDestinations()) as Record<string, unknown>,
  };
}
