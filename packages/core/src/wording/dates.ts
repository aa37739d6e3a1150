/**
 * Dates as readers write them: "19 Aug 2025", "Aug 2025", "2025" — day, short month, year,
 * the same in every locale and every output.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025-08-19" → "19 Aug 2025"; "2025-08" → "Aug 2025"; "2025" → "2025"; no date → "date unknown". */
export function formatDisplayDate(date: string | undefined): string {
  if (date === undefined || date === 'unknown') return 'date unknown';
  const [y, m, d] = date.split('-');
  if (m === undefined) return y!;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d === undefined ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

/** "from 1 Sep 2025 to 28 Feb 2026". */
export function formatPeriod(from: string, to: string): string {
  return `from ${formatDisplayDate(from)} to ${formatDisplayDate(to)}`;
}
