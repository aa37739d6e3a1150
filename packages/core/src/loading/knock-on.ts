import { compareDiagnostics, type Diagnostic, diagnosticLocation } from './diagnostic.js';

/**
 * Knock-on diagnostics: one bad indent makes a file unreadable, and every reference to an id
 * that file defined then fails too — in other files, each with a hint to define the id or
 * correct it, which is the wrong fix. Such a reference carries `followsFrom` (the unreadable
 * files its id may be in); here it is put under the error that made that file unreadable, so
 * a reader sees one cause and what follows from it, and fixes the cause first.
 */

/** One problem to fix, and the problems that follow from it (empty for most). */
export interface DiagnosticGroup {
  cause: Diagnostic;
  followers: Diagnostic[];
}

/**
 * The diagnostics as groups, causes in the usual file/line order: each diagnostic whose
 * `followsFrom` names a file with an error goes under that file's first error; every other
 * diagnostic is a group of its own. Nothing is dropped: the followers are all kept.
 */
export function groupKnockOnDiagnostics(diagnostics: readonly Diagnostic[]): DiagnosticGroup[] {
  const sorted = [...diagnostics].sort(compareDiagnostics);
  const firstErrorOf = new Map<string, Diagnostic>();
  for (const d of sorted)
    if (d.severity === 'error' && !d.followsFrom && !firstErrorOf.has(d.file)) firstErrorOf.set(d.file, d);
  const groups = new Map<Diagnostic, DiagnosticGroup>();
  const out: DiagnosticGroup[] = [];
  const groupOf = (cause: Diagnostic) => {
    let g = groups.get(cause);
    if (!g) {
      g = { cause, followers: [] };
      groups.set(cause, g);
      out.push(g);
    }
    return g;
  };
  for (const d of sorted) {
    const cause = d.followsFrom?.map((f) => firstErrorOf.get(f)).find((c) => c !== undefined);
    if (cause) groupOf(cause).followers.push(d);
    else groupOf(d);
  }
  return out.sort((a, b) => compareDiagnostics(a.cause, b.cause));
}

/** The id a dangling reference names (`the actor 'france' is not defined …` → france). */
function missingId(d: Diagnostic): string {
  return /'([^']+)'/.exec(d.message)?.[1] ?? d.message;
}

/**
 * The followers of a cause in a few lines, one per missing id with every place it is
 * referenced: `'france' (20×): actors/organisations.yaml:10, 47; events.yaml:53, 68`.
 */
export function formatFollowers(group: DiagnosticGroup): string[] {
  if (group.followers.length === 0) return [];
  const n = group.followers.length;
  const byId = new Map<string, Map<string, number[]>>();
  for (const d of group.followers) {
    const files = byId.get(missingId(d)) ?? new Map<string, number[]>();
    files.set(d.file, [...(files.get(d.file) ?? []), ...(d.line === undefined ? [] : [d.line])]);
    byId.set(missingId(d), files);
  }
  const lines = [
    `  ${n} ${n === 1 ? 'error follows' : 'errors follow'} from this one — ids this file may define are missing elsewhere; fix this file first:`,
  ];
  for (const [id, files] of byId) {
    const count = [...files.values()].reduce((k, l) => k + Math.max(1, l.length), 0);
    const places = [...files].map(([file, at]) => (at.length ? `${file}:${at.join(', ')}` : file)).join('; ');
    lines.push(`    '${id}' (${count}×): ${places}`);
  }
  return lines;
}

/** Where a group's cause is, for a banner: `actors/france.yaml:3:9 (+20 that follow)`. */
export function groupLocation(group: DiagnosticGroup): string {
  const more = group.followers.length ? ` (+${group.followers.length} that follow)` : '';
  return `${diagnosticLocation(group.cause)}${more}`;
}
