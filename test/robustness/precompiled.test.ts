/**
 * The validators precompiled from the schemas (src/generated/validators.ts,
 * scripts/gen-validators.mjs) must be fresh and must report exactly what
 * ajv compiling `schemas/` at run time reports.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { ValidateFunction } from 'ajv';
import type { Kind } from '../../src/model/kinds.js';
import { CURRENCIES } from '../../src/validate/formats.js';
import { compileValidators, loadValidators } from '../../src/validate/schemas.js';

const KINDS: Kind[] = ['Plan', 'Goal', 'Challenge', 'Persona', 'Journey', 'KPI', 'Initiative', 'Role', 'Tool', 'RFP'];

/** Every document of the example plans, by kind. */
function exampleDocs(): Array<{ kind: Kind; value: Record<string, unknown> }> {
  const out: Array<{ kind: Kind; value: Record<string, unknown> }> = [];
  const walk = (dir: URL) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(new URL(`${e.name}/`, dir));
      else if (e.name.endsWith('.yaml')) {
        for (const d of parseAllDocuments(readFileSync(new URL(e.name, dir), 'utf8')) as ReturnType<typeof parseAllDocuments> & unknown[]) {
          const value = (d as { toJS(): unknown }).toJS() as Record<string, unknown>;
          if (value && KINDS.includes(value.kind as Kind)) out.push({ kind: value.kind as Kind, value });
        }
      }
    }
  };
  walk(new URL('../../examples/', import.meta.url));
  return out;
}

/** Result and errors of one validation, as plain JSON (schemas compared by content). */
function run(v: ValidateFunction, value: unknown): string {
  const ok = v(value);
  return JSON.stringify({ ok, errors: v.errors ?? null });
}

describe('precompiled validators', () => {
  it('are fresh (scripts/gen-validators.mjs --check)', () => {
    // Fails after a schema (or the currency list) changes until the file is regenerated.
    expect(() => execFileSync(process.execPath, ['scripts/gen-validators.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('report exactly what a run-time compile reports, on the examples and on random mutations of them', async () => {
    const pre = await loadValidators();
    const compiled = await compileValidators();
    const docs = exampleDocs();
    expect(new Set(docs.map((d) => d.kind))).toEqual(new Set(KINDS));
    for (const d of docs) expect(run(pre.get(d.kind)!, d.value)).toBe(run(compiled.get(d.kind)!, d.value));
    const weird = fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.constantFrom('2027-02-30', 'USD', 'usd', 'YEN', 'a@b.example', 'http://x', 'not a uri', {}));
    fc.assert(
      fc.property(fc.nat(), fc.array(fc.tuple(fc.nat(), weird), { minLength: 1, maxLength: 4 }), (which, edits) => {
        const d = docs[which % docs.length]!;
        const value = structuredClone(d.value);
        for (const [n, w] of edits) {
          // Set a top-level or nested field to a random value.
          const keys = Object.keys(value);
          const k = keys[n % keys.length]!;
          const inner = value[k];
          if (inner && typeof inner === 'object' && !Array.isArray(inner) && n % 2) {
            const ik = Object.keys(inner)[n % Math.max(1, Object.keys(inner).length)] ?? 'x-extra';
            (inner as Record<string, unknown>)[ik] = w;
          } else value[n % 5 === 0 ? 'unknown-key' : k] = w;
        }
        expect(run(pre.get(d.kind)!, value)).toBe(run(compiled.get(d.kind)!, value));
      }),
      { numRuns: 200, seed: 4217 },
    );
  });

  it('check currencies against the same ISO 4217 list as formats.ts', async () => {
    const pre = (await loadValidators()).get('Tool')!;
    const base = { kind: 'Tool', id: 't', name: 'T', category: 'crm' };
    for (const code of [...CURRENCIES, 'YEN', 'usd', 'HRK']) {
      const ok = pre({ ...base, cost: { amount: 1, currency: code, per: 'year' } });
      expect(ok, code).toBe(CURRENCIES.has(code));
    }
  });
});
