/**
 * Whether a row matches the user's filter. Every word must match (case-insensitive
 * substring): a plain word anywhere in the row, `field:value` in that field only — e.g.
 * `france ground`, `status:deployed guarantor:france`. A `field:` the row does not have
 * matches nothing, so a mistyped field shows an empty list rather than everything.
 */
export function matches(filter: string, fields: Readonly<Record<string, string>>): boolean {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  const values = Object.values(fields).map((v) => v.toLowerCase());
  return words.every((word) => {
    const colon = word.indexOf(':');
    if (colon > 0) {
      const field = fields[word.slice(0, colon)];
      return field?.toLowerCase().includes(word.slice(colon + 1)) ?? false;
    }
    return values.some((v) => v.includes(word));
  });
}
