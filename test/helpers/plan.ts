import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkPlan } from '../../src/app/pipeline.js';
import type { CheckOptions, CheckResult } from '../../src/app/pipeline.js';
import { tempDir } from './temp.js';

/** A minimal valid Plan document; cases that need more provide their own `mplan.yaml`. */
export const MINIMAL_PLAN = `kind: Plan
id: test-plan
name: Test plan
version: 1
`;

/** Files of a plan by path inside the plan folder. */
export type PlanFiles = Record<string, string>;

/** Strip the common indentation of a template literal, so fixtures can be indented in test code. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw.replace(/^\n/, '').split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length);
  const min = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(min)).join('\n').replace(/\s*$/, '\n');
}

/**
 * Write a plan into a fresh temp folder (removed after the test file) and
 * return its path. Contents are text, or bytes for files that are not text.
 * `plan` is the mplan.yaml unless the files hold one; `null` writes none.
 */
export function writePlan(files: Record<string, string | Buffer>, plan: string | null = MINIMAL_PLAN): string {
  const dir = tempDir('mplan-plan-');
  const all: Record<string, string | Buffer> = plan === null ? files : { 'mplan.yaml': plan, ...files };
  for (const [rel, content] of Object.entries(all)) {
    const abs = path.join(dir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return dir;
}

export async function check(files: PlanFiles, options: CheckOptions = {}): Promise<CheckResult> {
  return checkPlan(writePlan(files), options);
}
