import type * as z from 'zod';
import { datasetFileSchema } from '../model/dataset.js';

/**
 * Reads the dataset schema itself: which fields a map may have and which words a value may be,
 * at a path inside a file. It walks zod's `_zod.def`, which zod 4 documents as internal: this
 * is the one file that does, so a zod upgrade that moves it breaks here and nowhere else.
 */

export type Path = (string | number)[];
type AnySchema = z.core.$ZodType;

function def(schema: AnySchema): Record<string, unknown> & { type: string } {
  return (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
}

/** The schemas a schema stands for once wrappers are removed (unions fan out). */
function unwrap(s: AnySchema): AnySchema[] {
  const d = def(s);
  switch (d.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      return unwrap(d.innerType as AnySchema);
    case 'pipe':
      return unwrap(d.in as AnySchema);
    case 'union':
      return (d.options as AnySchema[]).flatMap(unwrap);
    default:
      return [s];
  }
}

/** Every schema that may apply at `path` (unions fan out). */
function schemasAt(root: AnySchema, path: readonly (string | number)[]): AnySchema[] {
  let current = unwrap(root);
  for (const segment of path) {
    const next: AnySchema[] = [];
    for (const s of current) {
      const d = def(s);
      if (d.type === 'object' && typeof segment === 'string') {
        const child = (d.shape as Record<string, AnySchema>)[segment];
        if (child) next.push(child);
      } else if (d.type === 'array' && typeof segment === 'number') {
        next.push(d.element as AnySchema);
      } else if (d.type === 'record' && typeof segment === 'string') {
        next.push(d.valueType as AnySchema);
      }
    }
    current = next.flatMap(unwrap);
  }
  return current;
}

/** The field names a map at `path` of a dataset file may have. */
export function objectKeysAt(path: Path): string[] {
  const keys = new Set<string>();
  for (const s of schemasAt(datasetFileSchema, path)) {
    const d = def(s);
    if (d.type === 'object') for (const k of Object.keys(d.shape as object)) keys.add(k);
  }
  return [...keys];
}

/** The words (enum and literal values) a value at `path` (or at its field `key`) may be. */
export function literalValuesAt(path: Path, key?: string): string[] {
  const values = new Set<string>();
  for (const s of schemasAt(datasetFileSchema, key ? [...path, key] : path)) {
    const d = def(s);
    if (d.type === 'enum') for (const v of Object.values(d.entries as object)) values.add(String(v));
    if (d.type === 'literal') for (const v of d.values as unknown[]) values.add(String(v));
  }
  return [...values];
}
