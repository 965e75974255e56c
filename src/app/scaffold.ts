/**
 * Use cases: `mplan init` (a starter plan in a new folder) and `mplan
 * schema` (the plan format's JSON Schemas for editors, at the plan root).
 */
import path from 'node:path';
import { MplanError } from '../diagnostics/error.js';
import { findPlanRoot } from '../load/root.js';
import { writeSchemas } from '../scaffold/schemas.js';

/** `mplan init`: a starter plan in a folder, all of it or nothing (src/scaffold/init.ts). */
export { initPlan } from '../scaffold/init.js';

/**
 * Write the schemas to `out`, else to `.mplan/schemas` at the root of the
 * plan `dir` is in (where the editor settings `mplan init` writes point);
 * outside a plan, in `dir` itself unless `dir` was named explicitly.
 */
export function writePlanSchemas(dir: string, out: string | undefined, explicit: boolean): string[] {
  let root = dir;
  try {
    root = findPlanRoot(root).root;
  } catch (err) {
    if (!(err instanceof MplanError) || err.code !== 'usage-no-root' || explicit) throw err;
  }
  return writeSchemas(out ?? path.join(root, '.mplan', 'schemas'));
}
