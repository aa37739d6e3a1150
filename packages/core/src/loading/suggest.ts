/**
 * "Did you mean …?" — the nearest valid word by edit distance, offered only when it is
 * close enough to be a plausible typo.
 */

function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diagonal = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j]!;
      prev[j] = Math.min(above + 1, prev[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return prev[b.length]!;
}

/** The candidate nearest to `word`, if within a typo's reach (about a third of its length). */
export function nearestWord(word: string, candidates: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  const reach = Math.max(2, Math.ceil(w.length / 3));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    // Edit distance is at least the difference in length: skip what cannot be in reach,
    // so a 100,000-character word costs a comparison of lengths, not a table of 100,000 rows.
    if (Math.abs(c.length - w.length) > reach) continue;
    const d = editDistance(w, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= reach ? best : undefined;
}
