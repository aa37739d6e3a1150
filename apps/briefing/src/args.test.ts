import { describe, expect, it } from 'vitest';
import { parseBriefArgs, UsageError } from './args.js';

describe('parseBriefArgs', () => {
  it('reads every option', () => {
    const a = parseBriefArgs([
      'data',
      '-o',
      '-',
      '--as-of',
      '2026-01-06',
      '--since',
      '2025-09-01',
      '--scenario',
      'a',
      '--scenario',
      'b',
      '--standard',
      'phia',
      '--paper',
      'letter',
      '--marking',
      'X',
      '--pdfa',
      '--profile',
      'past-actions',
    ]);
    expect(a).toMatchObject({
      dir: 'data',
      output: '-',
      asOf: '2026-01-06',
      since: '2025-09-01',
      scenarios: ['a', 'b'],
      standard: 'phia',
      paper: 'letter',
      marking: 'X',
      pdfa: true,
      profile: 'past-actions',
    });
  });

  it('defaults to ICD 203 on A4', () => {
    expect(parseBriefArgs([])).toMatchObject({ standard: 'icd203', paper: 'a4', pdfa: false });
  });

  it.each([
    [['--standard', 'nato'], /--standard 'nato' is not one of icd203, phia/],
    [['--paper', 'a3'], /--paper 'a3'/],
    [['a', 'b'], /at most one dataset folder/],
    [['--nope'], /unknown option '--nope'/],
  ])('%j is a usage error', (argv, message) => {
    expect(() => parseBriefArgs(argv)).toThrow(UsageError);
    expect(() => parseBriefArgs(argv)).toThrow(message);
  });
});
