import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { didYouMean, Suggester } from '../../src/util/suggest.js';

/** Textbook Levenshtein distance. */
const distance = (a: string, b: string): number => {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length]![b.length]!;
};

/** The plain definition: the first candidate at the smallest distance within the limit (the length filter on the candidate as given). */
const reference = (word: string, candidates: readonly string[]): string | undefined => {
  const w = word.toLowerCase();
  const max = Math.max(1, Math.min(4, Math.floor(w.length / 3)));
  let best: string | undefined;
  let bestD = max + 1;
  for (const c of candidates) {
    if (Math.abs(c.length - w.length) > max) continue;
    const d = distance(w, c.toLowerCase());
    if (d === 0) return c;
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
};

describe('did you mean (character-count prefilter, Suggester)', () => {
  // Few letters, so that close candidates (and ties) are common; non-ASCII letters share
  // buckets of the prefilter with ASCII ones (code & 127), which must never change an answer.
  const unit = fc.constantFrom('a', 'b', 'c', 'd', '-', 'A', 'é', 'É', '目', '\u0161', 'İ', '😀');
  const word = fc.string({ unit, maxLength: 16 });
  const candidates = fc.array(fc.string({ unit, maxLength: 18 }), { maxLength: 30 });

  it('gives the same answer as the plain definition, asked once or many times', () => {
    fc.assert(
      fc.property(candidates, fc.array(word, { minLength: 1, maxLength: 5 }), (cands, words) => {
        const s = new Suggester(cands);
        for (const w of words) {
          const want = reference(w, cands);
          expect(didYouMean(w, cands)).toBe(want);
          expect(s.suggest(w)).toBe(want);
        }
      }),
      { numRuns: 500, seed: 4242 },
    );
  });

  it('finds near ids of a plan and none for a word far from all', () => {
    const ids = ['kpi-mql-rate', 'kpi-sql-rate', 'tool-crm', 'role-cmo'];
    const s = new Suggester(ids);
    expect(s.suggest('kpi-mql-rat')).toBe('kpi-mql-rate');
    expect(s.suggest('KPI-SQL-RATE')).toBe('kpi-sql-rate');
    expect(s.suggest('tool-crn')).toBe('tool-crm');
    expect(s.suggest('budget-forecast')).toBeUndefined();
    expect(didYouMean('ownr', ['owner', 'goal'])).toBe('owner');
  });
});
