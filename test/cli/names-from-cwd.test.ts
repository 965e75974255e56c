/**
 * File names in SARIF, annotations and the terminal are relative to where
 * mplan runs: namesFromCwd's short cut (the root's path from cwd, prefixed)
 * must name every file exactly as path.relative(cwd, path.join(root, file)).
 */
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { namesFromCwd } from '../../src/cli/output.js';

const reference = (cwd: string, root: string, file: string): string => path.relative(cwd, path.join(root, file)).split(path.sep).join('/') || file;

const segment = fc.oneof(fc.constantFrom('.', '..', 'plan', 'kpis', 'a b', '日本', '.hidden', 'x.yaml'), fc.stringMatching(/^[a-z0-9._-]{1,6}$/));
const rel = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('/'));
const abs = fc.array(segment, { minLength: 0, maxLength: 4 }).map((s) => path.resolve('/', ...s));

describe('namesFromCwd', () => {
  it('names every file as path.relative would, from any working folder', () => {
    fc.assert(
      fc.property(abs, abs, rel, (cwd, root, file) => {
        const name = namesFromCwd(cwd, root);
        expect(name(file)).toBe(reference(cwd, root, file));
        expect(name(file)).toBe(reference(cwd, root, file)); // the remembered answer too
      }),
      { numRuns: 5000 },
    );
  });

  it('names the usual cases', () => {
    expect(namesFromCwd('/repo', '/repo/plan')('kpis/a.yaml')).toBe('plan/kpis/a.yaml');
    expect(namesFromCwd('/repo/plan', '/repo/plan')('kpis/a.yaml')).toBe('kpis/a.yaml');
    expect(namesFromCwd('/repo/plan/kpis', '/repo/plan')('goals/g.yaml')).toBe('../goals/g.yaml');
    expect(namesFromCwd('/other', '/repo/plan')('mplan.yaml')).toBe('../repo/plan/mplan.yaml');
    expect(namesFromCwd('/repo/plan/kpis', '/repo')('plan/kpis/a.yaml')).toBe('a.yaml'); // back into the working folder
  });
});
