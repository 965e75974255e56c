import { statSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../i18n/types.js';
import { findPlanRoot } from './root.js';
import { readRegularText } from '../util/read.js';

const MAX_PLAN_FILE = 1 << 20;

/** `locale:` of the plan at or above `dir` (a folder or a file in it), read without loading the plan; undefined outside a plan. */
export function planLocaleAt(dir: string): Lang | undefined {
  try {
    const start = isFile(dir) ? path.dirname(dir) : dir;
    const { planFile } = findPlanRoot(start);
    // Never open what the loader would not (a FIFO blocks; a huge file is refused there, located).
    const m = /^locale:[ \t]*["']?(en|ja)["']?[ \t]*(?:#.*)?$/m.exec(readRegularText(planFile, MAX_PLAN_FILE));
    return m?.[1] as Lang | undefined;
  } catch {
    return undefined;
  }
}

function isFile(p: string): boolean {
  try {
    return !statSync(p).isDirectory();
  } catch {
    return false;
  }
}
