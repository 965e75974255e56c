/**
 * initiative-low-fit reads the fit scores in one pass, without a tuple per
 * score; its findings must be what the plain definition below finds, for
 * any fit values (sums of fractions included).
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { PlanModel } from '../../src/model/index.js';
import rule from '../../src/rules/initiative-low-fit.js';
import type { Report } from '../../src/rules/types.js';

const CRITERIA = ['purpose', 'target', 'budget', 'differentiation', 'sustainability'];

function reference(fit: unknown): { messageId: string; data: Record<string, unknown> } | undefined {
  if (fit === null || typeof fit !== 'object' || Array.isArray(fit)) return undefined;
  const scores: Array<[string, number]> = [];
  for (const c of CRITERIA) {
    const n = (fit as Record<string, unknown>)[c];
    if (typeof n === 'number' && Number.isFinite(n)) scores.push([c, n]);
  }
  if (scores.length === 0) return undefined;
  const one = scores.find(([, n]) => n <= 1);
  if (one) return { messageId: 'scoreOne', data: { criterion: one[0] } };
  const average = scores.reduce((sum, [, n]) => sum + n, 0) / scores.length;
  return average < 3 ? { messageId: 'lowAverage', data: { average: Math.floor(average * 10) / 10 } } : undefined;
}

const score = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.double({ min: 0, max: 6, noNaN: true }), fc.constant(Infinity), fc.constant('3'), fc.constant(null));
const fit = fc.oneof(fc.dictionary(fc.constantFrom(...CRITERIA, 'other'), score), fc.constant(null), fc.constant([1, 2]), fc.constant(4));

it('finds what the plain definition finds', () => {
  fc.assert(
    fc.property(fc.array(fit, { minLength: 1, maxLength: 5 }), (fits) => {
      const inis = fits.map((f, n) => ({ kind: 'Initiative', id: `i${n}`, key: `i${n}`, data: { fit: f } }));
      const got: Report[] = [];
      rule.check({ model: { ofKind: () => inis } as unknown as PlanModel, options: {}, report: (r) => got.push(r) });
      const want = inis.flatMap((ini) => {
        const w = reference(ini.data.fit);
        return w ? [{ target: ini, messageId: w.messageId, data: { id: ini.id, ...w.data } }] : [];
      });
      expect(got.map((r) => ({ target: r.target, messageId: r.messageId, data: r.data }))).toEqual(want);
    }),
    { numRuns: 500 },
  );
});
