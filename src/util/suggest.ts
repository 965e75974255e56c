/** Levenshtein distance, bounded: returns max+1 as soon as the distance must exceed max. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Two rows reused across calls (didYouMean runs this against every id of a kind).
  if (rowA.length <= b.length) {
    rowA = new Int32Array(b.length + 1);
    rowB = new Int32Array(b.length + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ai === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return Math.min(prev[b.length]!, max + 1);
}
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/**
 * The closest candidate to a misspelt word, if one is close enough to be a
 * plausible typo ("ownr" → "owner", "kpi-mql-rat" → "kpi-mql-rate").
 * Ties go to the candidate listed first.
 */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const w = word.toLowerCase();
  const max = Math.max(1, Math.min(4, Math.floor(w.length / 3)));
  let best: string | undefined;
  let bestD = max + 1;
  for (const c of candidates) {
    // Cheap length filter first: called once per unresolved reference against every id of a kind.
    if (Math.abs(c.length - w.length) > max) continue;
    const lc = c.toLowerCase();
    if (lc === w) return c;
    const d = editDistance(w, lc, max);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}
