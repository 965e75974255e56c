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
  const list: string[] = [];
  const lower: string[] = [];
  for (const c of candidates) {
    list.push(c);
    lower.push(c.toLowerCase());
  }
  return closest(word, list, lower);
}

/**
 * didYouMean against one fixed list of candidates, asked many times (the
 * model asks once per dangling reference, against every id of a kind): the
 * candidates are lower-cased once, and each answer is exactly didYouMean's.
 */
export class Suggester {
  private readonly list: readonly string[];
  private lower: string[] | undefined;
  private sigs: Int32Array | undefined;
  constructor(candidates: Iterable<string>) {
    this.list = [...candidates];
  }
  suggest(word: string): string | undefined {
    if (!this.lower) {
      this.lower = this.list.map((c) => c.toLowerCase());
      this.sigs = Int32Array.from(this.lower, signature);
    }
    return closest(word, this.list, this.lower, this.sigs);
  }
}

/**
 * Which of 32 buckets (char code & 31) a text's characters fall in. Each edit brings in at most
 * one character and takes away at most one, so the edit distance between two texts is at least
 * the number of buckets one has and the other lacks: one check per candidate.
 */
function signature(s: string): number {
  let sig = 0;
  for (let i = 0; i < s.length; i++) sig |= 1 << (s.charCodeAt(i) & 31);
  return sig;
}

function bits(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

// Character counts of the word, by bucket (char code & 127): the edit distance is at least half
// the difference of two strings' counts, since one edit changes them by at most 2 (merging
// characters into buckets only lowers the difference, so the bound holds for any text).
const counts = new Int32Array(128);
const wordCounts = new Int32Array(128);

function closest(word: string, list: readonly string[], lower: readonly string[], sigs?: Int32Array): string | undefined {
  const w = word.toLowerCase();
  const sigW = sigs ? signature(w) : 0;
  const max = Math.max(1, Math.min(4, Math.floor(w.length / 3)));
  for (let i = 0; i < w.length; i++) wordCounts[w.charCodeAt(i) & 127]!++;
  counts.set(wordCounts);
  let best: string | undefined;
  let bestD = max + 1;
  try {
    for (let k = 0; k < list.length; k++) {
      const c = list[k]!;
      // Cheap length filter first (on the candidate as given, as always).
      if (Math.abs(c.length - w.length) > max) continue;
      const lc = lower[k]!;
      if (lc === w) return c;
      if (sigs) {
        const sigC = sigs[k]!;
        if (Math.max(bits(sigW & ~sigC), bits(sigC & ~sigW)) >= bestD) continue;
      }
      // Lower bound from the character counts: skip the edit distance when it cannot win.
      let common = 0;
      for (let i = 0; i < lc.length; i++) {
        const b = lc.charCodeAt(i) & 127;
        if (counts[b]! > 0) {
          counts[b]!--;
          common++;
        }
      }
      for (let i = 0; i < lc.length; i++) {
        const b = lc.charCodeAt(i) & 127;
        counts[b] = wordCounts[b]!;
      }
      if ((w.length + lc.length - 2 * common + 1) >> 1 >= bestD) continue;
      const d = editDistance(w, lc, max);
      if (d < bestD) {
        best = c;
        bestD = d;
      }
    }
    return best;
  } finally {
    for (let i = 0; i < w.length; i++) {
      const b = w.charCodeAt(i) & 127;
      wordCounts[b] = 0;
      counts[b] = 0;
    }
  }
}
