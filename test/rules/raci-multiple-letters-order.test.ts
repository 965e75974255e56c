/**
 * raci-multiple-letters finds roles without a generator or a path per role
 * listed; its findings (order, letters, both places) must be what the plain
 * walk below finds, for any RACI fields.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { PlanModel } from '../../src/model/index.js';
import rule from '../../src/rules/raci-multiple-letters.js';
import type { Report } from '../../src/rules/types.js';

const LETTERS = ['accountable', 'responsible', 'consulted', 'informed'] as const;

/** The plain definition: every role listed, in letter order; a role under a second letter is reported there. */
function reference(data: Record<string, unknown>): Array<{ role: string; letters: string; path: unknown; first: unknown; firstLetter: string }> {
  const seen = new Map<string, { letters: string[]; first: Array<string | number>; second?: Array<string | number> }>();
  for (const letter of LETTERS) {
    const v = data[letter];
    const items: Array<[unknown, Array<string | number>]> = typeof v === 'string' ? [[v, [letter]]] : Array.isArray(v) ? v.map((x, i) => [x, [letter, i]]) : [];
    for (const [role, path] of items) {
      if (typeof role !== 'string') continue;
      const e = seen.get(role);
      if (!e) seen.set(role, { letters: [letter], first: path });
      else if (!e.letters.includes(letter)) {
        e.letters.push(letter);
        e.second ??= path;
      }
    }
  }
  return [...seen].filter(([, e]) => e.second).map(([role, e]) => ({ role, letters: e.letters.join(' + '), path: e.second, first: e.first, firstLetter: e.letters[0]! }));
}

const role = fc.constantFrom('a', 'b', 'c', 'd', 'constructor', '__proto__');
const field = fc.oneof(role, fc.array(fc.oneof(role, role, fc.integer(), fc.constant(null)), { maxLength: 6 }), fc.constant(undefined), fc.integer());

it('finds what the plain walk finds, in the same order', () => {
  fc.assert(
    fc.property(fc.array(fc.record({ accountable: field, responsible: field, consulted: field, informed: field }), { minLength: 1, maxLength: 4 }), (datas) => {
      const inis = datas.map((data, n) => ({ kind: 'Initiative', id: `i${n}`, key: `i${n}`, data }));
      const got: Report[] = [];
      const model = { ofKind: () => inis } as unknown as PlanModel;
      rule.check({ model, options: {}, report: (r) => got.push(r) });
      const want = inis.flatMap((ini) => reference(ini.data as Record<string, unknown>).map((w) => ({ ini, ...w })));
      expect(got.map((r) => ({ target: r.target, data: r.data, path: r.path, related: r.related }))).toEqual(
        want.map((w) => ({
          target: w.ini,
          data: { id: w.ini.id, role: w.role, letters: w.letters },
          path: w.path,
          related: [{ target: w.ini, path: w.first, messageId: 'firstListed', data: { letter: w.firstLetter } }],
        })),
      );
    }),
    { numRuns: 500 },
  );
});
