import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDataset } from '@pledgewatch/core';
import { afterAll, describe, expect, it } from 'vitest';
import { brief, readPdf } from './support/briefing.js';

/** Under --pdfa the briefing is PDF/A-3b and carries the exact dataset it was built from. */

const work = mkdtempSync(join(tmpdir(), 'pledgewatch-brief-pdfa-'));
const fixture = join(import.meta.dirname, 'fixtures', 'briefing-basic');
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('pledgewatch-brief --pdfa', () => {
  it('attaches the dataset snapshot as JSON and declares PDF/A-3b', async () => {
    expect(brief([fixture, '--pdfa', '-o', 'a.pdf'], work).status).toBe(0);
    const pdf = await readPdf(join(work, 'a.pdf'));
    const files = Object.values(pdf.attachments ?? {});
    expect(files.map((f) => f.filename)).toEqual(['briefing-basic-2026-02-28.dataset.json']);
    const attached = JSON.parse(new TextDecoder().decode(files[0]!.content));
    const loaded = await loadDataset(fixture);
    if (!loaded.ok) throw new Error('fixture invalid');
    expect(attached).toEqual(JSON.parse(JSON.stringify(loaded.dataset)));
    expect(pdf.metadata?.get('pdfaid:part')).toBe('3');
    expect(pdf.metadata?.get('pdfaid:conformance')).toBe('B');
  });

  it('attaches nothing without --pdfa', async () => {
    expect(brief([fixture, '-o', 'plain.pdf'], work).status).toBe(0);
    const pdf = await readPdf(join(work, 'plain.pdf'));
    expect(Object.keys(pdf.attachments ?? {})).toEqual([]);
  });
});
