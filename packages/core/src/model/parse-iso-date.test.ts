import { describe, expect, it } from 'vitest';
import { parseIsoDate } from './common.js';

describe('parseIsoDate', () => {
  it('reads a calendar day', () => {
    expect(parseIsoDate('2026-01-06')).toEqual({ ok: true, date: '2026-01-06' });
    expect(parseIsoDate('2024-02-29')).toEqual({ ok: true, date: '2024-02-29' });
  });

  it('says what is wrong: the form, or a day the calendar lacks', () => {
    for (const text of ['2026-1-6', '06/01/2026', '2026-01-06T00:00', ' 2026-01-06', '', 'today']) {
      expect(parseIsoDate(text)).toEqual({ ok: false, problem: expect.stringMatching(/YYYY-MM-DD/) });
    }
    for (const text of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10']) {
      expect(parseIsoDate(text)).toEqual({ ok: false, problem: expect.stringMatching(/calendar/) });
    }
  });
});
