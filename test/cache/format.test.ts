/**
 * The `--cache` file layout (src/cache/format.ts): what a rewrite keeps,
 * what is never cached, and the edge of a plan with no document at all.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_FILE, PlanCache } from '../../src/cache/index.js';
import { F_TEXT, HASH_LEN } from '../../src/cache/format.js';
import type { Decoded } from '../../src/cache/format.js';
import { loadPlan } from '../../src/load/index.js';
import { runJson } from '../helpers/cli.js';
import { decodedCache } from './view.js';
import { copyExample } from '../helpers/examples.js';
import { writePlan } from '../helpers/plan.js';


function read(dir: string): Decoded {
  const d = decodedCache(dir);
  expect(d, 'a cache this mplan trusts').toBeDefined();
  return d!;
}

/** Each file's hash and documents' values, by path. */
function contents(d: Decoded): Record<string, { hash: string; values: unknown[] }> {
  const out: Record<string, { hash: string; values: unknown[] }> = {};
  d.header.paths.forEach((p, i) => {
    out[p] = { hash: d.header.hash.slice(HASH_LEN * i, HASH_LEN * (i + 1)), values: d.values.slice(d.firstDoc[i], d.firstDoc[i + 1]) };
  });
  return out;
}

describe('--cache file', () => {
  it('is one JSON document: [header, values]', async () => {
    const dir = copyExample('d2c-coffee-ja');
    await runJson(['lint', '--cache', dir], dir);
    const text = readFileSync(path.join(dir, CACHE_FILE), 'latin1');
    const [header, values] = JSON.parse(text) as [{ paths: string[] }, unknown[]];
    expect(header.paths).toContain('mplan.yaml');
    expect(values).toEqual(read(dir).values);
    expect(text.split('\n')).toHaveLength(3);
  });

  it('a rewrite after one file changed holds what a cold run writes, other values copied as they were', async () => {
    for (const example of ['exhibition-b2b', 'd2c-coffee-ja'] as const) {
      const dir = copyExample(example);
      await runJson(['lint', '--cache', dir], dir);
      const before = readFileSync(path.join(dir, CACHE_FILE), 'latin1');
      const first = read(dir);
      const kpi = first.header.paths.find((p) => p.startsWith('kpis/'))!;
      writeFileSync(path.join(dir, kpi), `${readFileSync(path.join(dir, kpi), 'utf8')}\n# changed\nx-note: changed\n`);
      const warm = await runJson(['lint', '--cache', dir], dir);
      const rewritten = read(dir);
      // Every value of another file is the very same text as before.
      const at = (d: Decoded, text: string, doc: number) => text.slice(d.valueStart[doc], d.valueEnd[doc]);
      const after = readFileSync(path.join(dir, CACHE_FILE), 'latin1');
      rewritten.header.paths.forEach((p, i) => {
        if (p === kpi) return;
        const j = first.header.paths.indexOf(p);
        for (let k = 0; k < rewritten.firstDoc[i + 1]! - rewritten.firstDoc[i]!; k++) {
          expect(at(rewritten, after, rewritten.firstDoc[i]! + k)).toBe(at(first, before, first.firstDoc[j]! + k));
        }
      });
      // The same as a cache written from scratch.
      const fresh = copyExample(example);
      cpSync(dir, fresh, { recursive: true, filter: (src) => path.basename(src) !== CACHE_FILE });
      const cold = await runJson(['lint', '--cache', fresh], fresh);
      expect(warm.stdout).toBe(cold.stdout);
      expect(contents(rewritten)).toEqual(contents(read(fresh)));
      expect(contents(rewritten)[kpi]!.values.at(-1)).toMatchObject({ 'x-note': 'changed' });
    }
  });

  it('leaves out a file whose values JSON cannot hold (.nan, .inf), which is parsed every time', async () => {
    const dir = copyExample('exhibition-b2b');
    writeFileSync(path.join(dir, 'odd.yaml'), 'kind: Tool\nid: odd-tool\nname: Odd\nx-ratio: .nan\nx-max: .inf\n');
    const plain = await runJson(['lint', dir], dir);
    await runJson(['lint', '--cache', dir], dir);
    expect(read(dir).header.paths).not.toContain('odd.yaml');
    expect(read(dir).header.paths).toContain('mplan.yaml');
    const warm = await runJson(['lint', '--cache', dir], dir);
    expect(warm.stdout).toBe(plain.stdout);
  });

  it('holds a plan with no readable document (an empty values line)', () => {
    const dir = writePlan({ 'mplan.yaml': Buffer.from([0, 1, 2]) });
    const cache = new PlanCache(dir);
    const first = loadPlan(dir, { memo: cache });
    expect(first.diagnostics.map((d) => d.rule)).toEqual(['file-binary']);
    expect(cache.save()).toBeUndefined();
    const d = read(dir);
    expect(d.values).toEqual([]);
    expect(d.header.meta[0]! & F_TEXT).toBe(0);
    // Read back: the binary file's problem comes from the cache.
    const again = loadPlan(dir, { memo: new PlanCache(dir) });
    expect(again.diagnostics).toEqual(first.diagnostics);
    expect(new PlanCache(dir)).toBeInstanceOf(PlanCache);
  });
});
