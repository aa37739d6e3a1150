import { join } from 'node:path';
import { formatDiagnostic, recordFact } from '@pledgewatch/core';
import { readDatasetFolder } from '@pledgewatch/core/loading';
import { clean } from '../terminal/text.js';
import { FileChangedMeanwhile, replaceFileAtomically } from './record-file.js';
import type { StatusFormState } from './status-form.js';

/**
 * Writes what the form records, the way `pledgewatch record status` does: core checks it and
 * the whole dataset, the one file is replaced atomically, or nothing is written and the form
 * says why. The live loop then shows the change like any save.
 */
export async function submitStatus(dir: string, form: StatusFormState, source: string) {
  const read = await readDatasetFolder(dir);
  if (read.diagnostics.length > 0) return { ok: false, lines: read.diagnostics.slice(0, 3).map(formatDiagnostic) };
  const result = recordFact(read.files, {
    kind: 'status',
    commitment: form.commitment,
    status: form.status,
    date: form.date,
    source,
    ...(form.note.trim() ? { note: form.note.trim() } : {}),
  });
  if (!result.ok) {
    const { problem } = result;
    return {
      ok: false,
      lines: [
        clean(problem.message),
        ...result.diagnostics.slice(0, 3).map(formatDiagnostic),
        ...(problem.hint ? [clean(problem.hint)] : []),
      ],
    };
  }
  try {
    await replaceFileAtomically(join(dir, result.edit.file), result.edit.before, result.edit.after);
  } catch (error) {
    if (!(error instanceof FileChangedMeanwhile))
      return { ok: false, lines: [`cannot write: ${clean(String(error))}`] };
    return { ok: false, lines: ['the file changed while recording; nothing was written — try again'] };
  }
  return { ok: true, lines: [`recorded: ${clean(result.summary)} in ${clean(result.edit.file)}`] };
}
