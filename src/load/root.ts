import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { MplanError } from '../diagnostics/error.js';

export const PLAN_FILE_NAMES = ['mplan.yaml', 'mplan.yml'];

/**
 * Find the plan root the way git finds its top level: the nearest folder at
 * or above `start` that holds an mplan.yaml.
 */
export function findPlanRoot(start: string): { root: string; planFile: string } {
  const abs = path.resolve(start);
  let st;
  try {
    st = statSync(abs);
  } catch {
    throw new MplanError('usage-dir-missing', { dir: start });
  }
  if (!st.isDirectory()) {
    if (PLAN_FILE_NAMES.includes(path.basename(abs))) return { root: path.dirname(abs), planFile: abs };
    throw new MplanError('usage-not-dir', { dir: start });
  }
  let dir = abs;
  for (;;) {
    for (const name of PLAN_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return { root: dir, planFile: candidate };
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new MplanError('usage-no-root', { dir: start });
    dir = parent;
  }
}

/**
 * The top of the git work tree holding `dir`: the nearest folder at or above
 * it with a `.git` entry (a folder, or a file in a linked worktree or a
 * submodule), found without running git. Undefined outside git.
 */
export function gitTopLevel(dir: string): string | undefined {
  for (let d = path.resolve(dir); ; ) {
    if (existsSync(path.join(d, '.git'))) return d;
    const up = path.dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}
