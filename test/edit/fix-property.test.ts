import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixPlan } from '../../src/app/fix.js';
import { checkPlan } from '../../src/app/pipeline.js';
import type { CheckResult } from '../../src/app/pipeline.js';
import { copyExample, exampleDir, snapshotFiles } from '../helpers/examples.js';
import type { ExampleName } from '../helpers/examples.js';

/**
 * `--fix` on the examples with one reference misspelt at random: it never
 * leaves more errors than the plan had, and a second `--fix` changes nothing.
 */

const errors = (r: CheckResult) => r.diagnostics.filter((d) => d.severity === 'error').length;

interface Site {
  file: string;
  offset: number;
  value: string;
}

/** Every reference value written plainly in an example, where it sits. */
async function referenceSites(example: ExampleName): Promise<Site[]> {
  const result = await checkPlan(exampleDir(example), { lint: true });
  const sites: Site[] = [];
  for (const ref of result.model.refs) {
    if (!ref.target) continue;
    const at = result.model.locate(ref.source, ref.path);
    const text = ref.source.file.text;
    const lines = text.split('\n');
    const offset = lines.slice(0, at.line - 1).reduce((n, l) => n + l.length + 1, 0) + at.column - 1;
    if (text.startsWith(ref.targetKey, offset)) sites.push({ file: at.file, offset, value: ref.targetKey });
  }
  return sites;
}

/** One typo: a letter dropped, added, doubled or changed. */
function misspell(value: string, op: number, pos: number, letter: string): string {
  const i = pos % value.length;
  switch (op) {
    case 0:
      return value.slice(0, i) + value.slice(i + 1);
    case 1:
      return value.slice(0, i) + letter + value.slice(i);
    case 2:
      return value.slice(0, i) + value[i] + value.slice(i);
    default:
      return value.slice(0, i) + letter + value.slice(i + 1);
  }
}

describe('--fix on the examples with a random misspelt reference', () => {
  for (const example of ['exhibition-b2b', 'd2c-coffee-ja'] as const) {
    it(`never adds errors and is idempotent (${example})`, async () => {
      const sites = await referenceSites(example);
      expect(sites.length).toBeGreaterThan(20);
      let fixedRuns = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.nat({ max: sites.length - 1 }),
          fc.nat({ max: 3 }),
          fc.nat({ max: 40 }),
          fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz-'),
          async (n, op, pos, letter) => {
            const site = sites[n]!;
            const typo = misspell(site.value, op, pos, letter);
            fc.pre(typo !== site.value && typo !== '');
            const dir = copyExample(example);
            const file = path.join(dir, site.file);
            const text = readFileSync(file, 'utf8');
            writeFileSync(file, text.slice(0, site.offset) + typo + text.slice(site.offset + site.value.length));
            const before = await checkPlan(dir, { lint: true });
            const first = await fixPlan(dir, { lint: true });
            expect(errors(first.result)).toBeLessThanOrEqual(errors(before));
            if (first.applied.length) fixedRuns++;
            const fixed = snapshotFiles(dir);
            const second = await fixPlan(dir, { lint: true });
            expect(second.applied).toEqual([]);
            expect(snapshotFiles(dir)).toEqual(fixed);
          },
        ),
        { numRuns: 8, seed: 16 },
      );
      // Most typos have exactly one near id: the property is about fixes actually made.
      expect(fixedRuns).toBeGreaterThan(2);
    });
  }
});
