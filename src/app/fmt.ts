/**
 * Use case: `mplan fmt` — every file of the plan (the folders mplan.yaml's
 * `lint.ignore` leaves out stay out) rewritten in the canonical layout, or
 * only checked for it.
 */
import path from 'node:path';
import { ignoreGlobs, readPlanFile } from '../load/index.js';
import { findPlanRoot } from '../load/root.js';
import { walkPlan } from '../load/walk.js';
import { formatFile } from '../tidy/files.js';
import type { FileOutcome } from '../tidy/files.js';

export interface PlanFormatting {
  /** How many plan files there are. */
  count: number;
  /** Each file's outcome, formatted as the caller goes through them (one file never stops the run). */
  outcomes: Iterable<{ name: string; outcome: FileOutcome }>;
}

/** `name(abs)` is how messages name a file (the CLI: relative to where the user is). */
export function formatPlan(dir: string, check: boolean, name: (abs: string) => string): PlanFormatting {
  const { root, planFile } = findPlanRoot(dir);
  const planRel = path.relative(root, planFile).split(path.sep).join('/');
  const ignore = ignoreGlobs(readPlanFile(planRel, planFile).file);
  const files = walkPlan(root, ignore).files;
  function* outcomes() {
    for (const f of files) {
      const shown = name(f.abs);
      yield { name: shown, outcome: formatFile(f.abs, shown, check) };
    }
  }
  return { count: files.length, outcomes: outcomes() };
}
