import { LineCounter, parseDocument } from 'yaml';
import type { Diagnostic } from '../loading/diagnostic.js';
import type { Dataset } from '../model/dataset.js';
import { type OutcomesFile, outcomesFileSchema } from './outcomes.js';

/**
 * Reads the text of `outcomes.yaml` (docs/backtest.md): the cases, or diagnostics that point
 * at the line — a YAML error, a field of the wrong form, a case naming a guarantee the dataset
 * does not hold. Pure: the caller reads the file.
 */
export function readOutcomes(
  text: string,
  file: string,
  dataset: Pick<Dataset, 'guarantees'>,
): { ok: true; outcomes: OutcomesFile } | { ok: false; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const at = (path: (string | number)[]) => {
    for (let p = path; ; p = p.slice(0, -1)) {
      const node = p.length ? doc.getIn(p, true) : doc.contents;
      const range = (node as { range?: [number, number] } | null)?.range;
      if (range) return lineCounter.linePos(range[0]);
      if (p.length === 0) return undefined;
    }
  };
  if (doc.errors.length > 0) {
    return {
      ok: false,
      diagnostics: doc.errors.map((e) => ({
        severity: 'error',
        code: 'yaml-syntax',
        file,
        line: e.linePos?.[0]?.line,
        column: e.linePos?.[0]?.col,
        path: [],
        message: e.message.split('\n')[0]!,
      })),
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch {
    return {
      ok: false,
      diagnostics: [{ severity: 'error', code: 'alias-limit', file, path: [], message: 'too many YAML aliases' }],
    };
  }
  const parsed = outcomesFileSchema.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      diagnostics: parsed.error.issues.map((issue) => {
        const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
        const pos = at(path);
        return {
          severity: 'error',
          code: 'invalid',
          file,
          line: pos?.line,
          column: pos?.col,
          path,
          message: `${path.join('.') || 'the file'}: ${issue.message}`,
          hint: 'see docs/backtest.md for the form of outcomes.yaml',
        } satisfies Diagnostic;
      }),
    };
  }
  const known = new Set(dataset.guarantees.map((g) => g.id));
  const dangling: Diagnostic[] = [];
  parsed.data.cases.forEach((c, i) => {
    if (known.has(c.guarantee)) return;
    const pos = at(['cases', i, 'guarantee']);
    dangling.push({
      severity: 'error',
      code: 'dangling-reference',
      file,
      line: pos?.line,
      column: pos?.col,
      path: ['cases', i, 'guarantee'],
      message: `the guarantee '${c.guarantee}' is not in the dataset`,
      hint: 'each case names a guarantee of the dataset folder beside outcomes.yaml',
    });
  });
  return dangling.length ? { ok: false, diagnostics: dangling } : { ok: true, outcomes: parsed.data };
}
