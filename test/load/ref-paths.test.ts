/**
 * The model keeps one path per reference; equal paths are one shared, frozen
 * array (the path trie in src/model/build.ts). Each path still
 * leads to the reference's value in its source document.
 */
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/load/index.js';
import { buildModel } from '../../src/model/index.js';
import { exampleDir } from '../helpers/examples.js';

const EXAMPLES = ['exhibition-b2b', 'd2c-coffee-ja'] as const;

describe('reference paths', () => {
  for (const name of EXAMPLES) {
    it(`${name}: every path leads to its value; equal paths are one frozen array`, () => {
      const { model } = buildModel(loadPlan(exampleDir(name)));
      expect(model.refs.length).toBeGreaterThan(20);
      const byKey = new Map<string, unknown>();
      for (const ref of model.refs) {
        let v: unknown = ref.source.data;
        for (const seg of ref.path) v = (v as Record<string | number, unknown>)[seg];
        expect(v).toBe(ref.targetKey);
        expect(Object.isFrozen(ref.path)).toBe(true);
        const key = JSON.stringify(ref.path);
        const seen = byKey.get(key);
        if (seen) expect(ref.path).toBe(seen);
        else byKey.set(key, ref.path);
      }
      expect(byKey.size).toBeLessThan(model.refs.length);
    });
  }
});
