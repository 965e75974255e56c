/**
 * Use case: `mplan diff` — the plan at two revisions (or a revision and the
 * working tree), each through the whole pipeline (./snapshot.ts), compared.
 */
import path from 'node:path';
import { MplanError } from '../diagnostics/error.js';
import { SEVERITY_RANK } from '../diagnostics/types.js';
import type { Severity } from '../diagnostics/types.js';
import { chooseLang } from '../i18n/index.js';
import type { CheckOptions } from './pipeline.js';
import type { Rule } from '../rules/types.js';
import { isRevision, mergeBase, resolveCommit } from '../load/git.js';
import { buildReport } from '../diff/summary.js';
import type { DiffReport } from '../diff/summary.js';
import { renderDiff } from '../diff/text.js';
import type { DiffFormat } from '../diff/text.js';
import { sideAtRevision, sideInWorktree, workspace } from './snapshot.js';

export interface DiffOptions {
  cwd: string;
  base: string;
  /** A revision, or undefined for the working tree. */
  head?: string;
  dir?: string;
  format: DiffFormat;
  lang?: string;
  env: NodeJS.ProcessEnv;
  /** Lowest severity of a new finding that fails the comparison (undefined: none does). */
  failOnNew?: Severity;
  check?: CheckOptions;
}

/**
 * `mplan diff <base> [head] [dir]`: with two arguments the second is the
 * head revision when git knows it, otherwise the plan folder. `A...B` as the
 * base compares B with the point where it left A (what a pull request changes).
 */
export async function diffRevisions(o: DiffOptions): Promise<{ output: string; report: DiffReport; failed: boolean }> {
  let head = o.head;
  let dir = o.dir ?? '.';
  const first = workspace(path.resolve(o.cwd, o.dir ?? '.'));
  if (head !== undefined && o.dir === undefined && !isRevision(first.top, head)) {
    dir = head;
    head = undefined;
  }
  const ws = o.dir === undefined && dir !== '.' ? workspace(path.resolve(o.cwd, dir)) : first;
  let base = o.base;
  let baseCommit: string | undefined;
  const range = /^(.+?)\.\.\.(.*)$/.exec(base);
  if (range) {
    const right = range[2] || 'HEAD';
    if (head !== undefined) throw new MplanError('usage-head-twice', { base, head });
    baseCommit = mergeBase(ws.top, resolveCommit(ws.top, range[1]!), resolveCommit(ws.top, right));
    base = range[1]!;
    head = range[2] || undefined;
  }
  const check: CheckOptions = { lint: true, ...o.check };
  const headSide = head === undefined ? await sideInWorktree(ws, 'working tree', check) : await sideAtRevision(ws, head, check);
  if (headSide.result?.model.plan) ws.planId = headSide.result.model.plan.id;
  if (headSide.planDir !== undefined) ws.planDir = headSide.planDir;
  const baseSide = await sideAtRevision(ws, base, check, baseCommit);
  if (!headSide.result && !baseSide.result) throw new MplanError('usage-no-root', { dir });
  const report = buildReport(baseSide, headSide);
  const lang = chooseLang(o.lang, headSide.result?.model.plan?.data.locale ?? baseSide.result?.model.plan?.data.locale, o.env);
  const rules = new Map<string, Rule>([...(baseSide.result?.rules ?? []), ...(headSide.result?.rules ?? [])]);
  const output = renderDiff(report, o.format, { lang, rules });
  const failed = o.failOnNew !== undefined && report.findings.introduced.some((d) => SEVERITY_RANK[d.severity] >= SEVERITY_RANK[o.failOnNew!]);
  return { output, report, failed };
}
