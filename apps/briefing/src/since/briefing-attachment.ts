import { inflateSync } from 'node:zlib';

/**
 * Reads back the dataset a PDF/A briefing carries: the embedded file named
 * `<dataset>-<as-of>.dataset.json` that `--pdfa` attaches (see render.ts). Only what our own
 * writer produces is understood — an embedded-file stream, plain or Flate-compressed, that its
 * file specification points at; anything else is "no dataset attached".
 */

export type Attachment = { ok: true; name: string; asOf?: string; json: string } | { ok: false; reason: string };

function streamOf(pdf: Buffer, text: string, objectNumber: string): Buffer | undefined {
  const header = new RegExp(`(?:^|\\s)${objectNumber} 0 obj\\s*<<`).exec(text);
  if (!header) return undefined;
  const streamAt = text.indexOf('stream', header.index);
  if (streamAt < 0) return undefined;
  const dictionary = text.slice(header.index, streamAt);
  const length = /\/Length (\d+)/.exec(dictionary);
  if (!length) return undefined;
  let start = streamAt + 'stream'.length;
  if (text[start] === '\r') start++;
  if (text[start] === '\n') start++;
  const raw = pdf.subarray(start, start + Number(length[1]));
  return /\/Filter\s*\/FlateDecode/.test(dictionary) ? inflateSync(raw) : raw;
}

export function readBriefingAttachment(pdf: Buffer): Attachment {
  if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') return { ok: false, reason: 'it is not a PDF file' };
  const text = pdf.toString('latin1');
  const spec = /\/F \(([^()]*\.dataset\.json)\)\s*\/EF\s*<<\s*\/F (\d+) 0 R/.exec(text);
  if (!spec) return { ok: false, reason: 'it carries no dataset (only briefings made with --pdfa do)' };
  try {
    const bytes = streamOf(pdf, text, spec[2]!);
    if (!bytes) return { ok: false, reason: 'its dataset attachment cannot be read' };
    const asOf = /-(\d{4}-\d{2}-\d{2})\.dataset\.json$/.exec(spec[1]!)?.[1];
    const json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, name: spec[1]!, ...(asOf ? { asOf } : {}), json };
  } catch {
    return { ok: false, reason: 'its dataset attachment is damaged' };
  }
}
