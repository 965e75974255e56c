/**
 * walkPlan (src/load/walk.ts): which files a plan holds when folders are
 * symlinked. A folder that is not a link is known by its parent's real path
 * plus its name (no realpath call); these cases pin that loops are still
 * found through linked ancestors and links are still followed.
 */
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { walkPlan } from '../../src/load/walk.js';
import { writePlan } from '../helpers/plan.js';


function tree(files: string[]): string {
  return writePlan(Object.fromEntries(files.map((f) => [f, 'kind: Goal\n'])), null);
}

describe('walkPlan with symlinked folders', () => {
  it('follows links to folders inside the plan, finds loops through a linked ancestor, and never leaves the plan root', () => {
    const outside = tree(['o.yaml', 'sub/s.yaml']);
    const root = tree(['mplan.yaml', 'a/x.yaml', 'b/y.yaml', 'in/sub/s.yaml']);
    symlinkSync(outside, path.join(root, 'ext')); // a folder outside the plan: not read
    symlinkSync(path.join(root, 'a'), path.join(root, 'b', 'again')); // a sibling folder: walked again
    symlinkSync(path.join(root, 'in'), path.join(root, 'lnk')); // a folder inside the plan, through a link
    symlinkSync(root, path.join(root, 'in', 'back')); // back to the plan root: a loop
    symlinkSync(path.join(root, 'in'), path.join(root, 'in', 'sub', 'up')); // up to the linked folder, from a plain folder below it
    symlinkSync(path.join(root, 'in', 'sub'), path.join(root, 'in', 'sub', 'self')); // to a plain folder reached through a link
    const r = walkPlan(root);
    expect(r.files.map((f) => f.rel)).toEqual(['a/x.yaml', 'b/again/x.yaml', 'b/y.yaml', 'in/sub/s.yaml', 'lnk/sub/s.yaml', 'mplan.yaml']);
    expect(r.files.find((f) => f.rel === 'lnk/sub/s.yaml')!.abs).toBe(path.join(root, 'lnk', 'sub', 's.yaml'));
    expect(r.diagnostics.map((d) => [d.rule, d.file, d.severity])).toEqual([
      ['symlink-outside', 'ext', 'warn'],
      ['symlink-loop', 'in/back', 'error'],
      ['symlink-loop', 'in/sub/self', 'error'],
      ['symlink-loop', 'in/sub/up', 'error'],
      ['symlink-loop', 'lnk/back', 'error'],
      ['symlink-loop', 'lnk/sub/self', 'error'],
      ['symlink-loop', 'lnk/sub/up', 'error'],
    ]);
  });

  it('a plan root reached through a link: loops back to it are found', () => {
    const real = tree(['mplan.yaml', 'a/x.yaml']);
    const holder = tree([]);
    const viaLink = path.join(holder, 'plan');
    symlinkSync(real, viaLink);
    symlinkSync(real, path.join(real, 'a', 'root'));
    const r = walkPlan(viaLink);
    expect(r.files.map((f) => f.rel)).toEqual(['a/x.yaml', 'mplan.yaml']);
    expect(r.diagnostics.map((d) => [d.rule, d.file])).toEqual([['symlink-loop', 'a/root']]);
  });
});

describe('walkPlan paths', () => {
  it('gives each file the path path.join gives, whatever the root looks like', () => {
    const root = tree(['mplan.yaml', 'a/x.yaml', 'a/b/c/y.yml', 'z/w.yaml', 'a b/ü.yaml']);
    for (const given of [root, `${root}/`, `${root}//`, path.join(root, 'a', '..'), `${path.join(root, 'a')}/../`]) {
      const r = walkPlan(given);
      expect(r.files.map((f) => f.rel)).toEqual(['a/b/c/y.yml', 'a/x.yaml', 'a b/ü.yaml', 'mplan.yaml', 'z/w.yaml']);
      for (const f of r.files) expect(f.abs).toBe(path.join(given, ...f.rel.split('/')));
    }
  });
});
