/** Whether a row's fields match the user's filter (case-insensitive substring). */
export function matches(filter: string, ...fields: string[]): boolean {
  if (!filter) return true;
  const needle = filter.toLowerCase();
  return fields.some((f) => f.toLowerCase().includes(needle));
}
