/**
 * Use case: a plan as it is at a git revision or in the working tree, put
 * through the whole pipeline with that revision's own plugins — one side of
 * `mplan diff` and the base of `mplan lint --since`.
 */
import type { Side as DiffSide } from '../diff/summary.js';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { MplanError } from '../diagnostics/error.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { findPlanRoot, loadPlanFromFiles } from '../load/index.js';
import type { LoadedPlan } from '../load/index.js';
import { PLAN_FILE_NAMES } from '../load/root.js';
import { checkLoaded, checkPlan } from './pipeline.js';
import type { CheckOptions, CheckResult } from './pipeline.js';
import { listFiles, readBlobs, resolveCommit, topLevel } from '../load/git.js';
import type { TreeEntry } from '../load/git.js';

/** One side of a comparison (the plan at a revision, or in the working tree), through the whole pipeline. */
export interface Side extends DiffSide {
  result?: CheckResult;
}

const real = (p: string): string => {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
};

const toPosix = (p: string): string => p.split(path.sep).join('/');

export interface Workspace {
  top: string;
  /** Where the plan is (or would be) in the working tree, relative to `top`. */
  planDir: string;
  /** The plan id in the working tree, to pick the right plan when a revision holds several. */
  planId?: string;
}

/** The repository and the plan folder that `dir` points at. */
export function workspace(dir: string): Workspace {
  const top = real(topLevel(dir));
  let rootAbs: string;
  try {
    rootAbs = findPlanRoot(dir).root;
  } catch (err) {
    if (!(err instanceof MplanError) || err.code !== 'usage-no-root') throw err;
    rootAbs = dir;
  }
  const rel = toPosix(path.relative(top, real(rootAbs)));
  if (rel.startsWith('..')) throw new MplanError('review-not-repo', { dir });
  return { top, planDir: rel };
}

function isPlanFile(p: string): boolean {
  const base = p.slice(p.lastIndexOf('/') + 1);
  return PLAN_FILE_NAMES.includes(base) && !p.split('/').some((s) => s === 'node_modules' || s === '.git');
}

function dirOf(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? '' : p.slice(0, i);
}

function planIdOf(bytes: Buffer | undefined): string | undefined {
  if (!bytes) return undefined;
  try {
    for (const d of parseAllDocuments(bytes.toString('utf8'))) {
      const v = d.toJS({ maxAliasCount: 100 }) as { kind?: unknown; id?: unknown } | null;
      if (v && v.kind === 'Plan' && typeof v.id === 'string') return v.id;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/**
 * Find the plan root at a commit: the same folder as in the working tree if
 * it holds an mplan.yaml there, else the only mplan.yaml of the revision (the
 * plan root moved), else the one with the same plan id.
 */
function locatePlan(top: string, commit: string, ws: Workspace, rev: string): { planDir?: string; entries: TreeEntry[] } {
  const under = ws.planDir;
  const near = listFiles(top, commit, under);
  const prefix = under ? `${under}/` : '';
  if (near.some((e) => PLAN_FILE_NAMES.some((n) => e.path === prefix + n))) {
    return { planDir: under, entries: near };
  }
  const all = under ? listFiles(top, commit, '') : near;
  const candidates = [...new Set(all.filter((e) => isPlanFile(e.path)).map((e) => dirOf(e.path)))].sort();
  if (candidates.length === 0) return { entries: [] };
  let chosen: string | undefined = candidates.length === 1 ? candidates[0] : undefined;
  if (!chosen && ws.planId) {
    const planEntries = all.filter((e) => isPlanFile(e.path) && candidates.includes(dirOf(e.path)));
    const blobs = readBlobs(top, planEntries.map((e) => e.oid));
    const matching = [...new Set(planEntries.filter((e) => planIdOf(blobs.get(e.oid)) === ws.planId).map((e) => dirOf(e.path)))];
    if (matching.length === 1) chosen = matching[0];
  }
  if (chosen === undefined) {
    throw new MplanError('review-plan-ambiguous', { rev, dirs: candidates.map((c) => c || '.').join(', ') });
  }
  const p = chosen ? `${chosen}/` : '';
  return { planDir: chosen, entries: all.filter((e) => e.path.startsWith(p)) };
}

/** Read the plan at a commit into memory and run the pipeline on it. */
export function loadAtCommit(ws: Workspace, commit: string, rev: string, options: CheckOptions = {}): { planDir?: string; loaded?: LoadedPlan } {
  const { planDir, entries } = locatePlan(ws.top, commit, ws, rev);
  if (planDir === undefined) return {};
  const p = planDir ? `${planDir}/` : '';
  const yamlEntries = entries.filter((e) => /\.ya?ml$/i.test(e.path));
  const blobs = readBlobs(ws.top, yamlEntries.map((e) => e.oid));
  const files = yamlEntries.flatMap((e) => {
    const bytes = blobs.get(e.oid);
    return bytes ? [{ rel: e.path.slice(p.length), text: bytes }] : [];
  });
  const root = path.join(ws.top, ...(planDir ? planDir.split('/') : []));
  return { planDir, loaded: loadPlanFromFiles(root, files, { ignore: options.ignore }) };
}

/** Problems that mean the side was not read completely: files that are unreadable or do not parse. */
function readProblems(loaded: LoadedPlan): Diagnostic[] {
  return loaded.diagnostics.filter((d) => d.severity === 'error');
}

/** The plan at a revision, through the whole pipeline. */
export async function sideAtRevision(ws: Workspace, rev: string, options: CheckOptions = {}, commit?: string): Promise<Side> {
  const c = commit ?? resolveCommit(ws.top, rev);
  const { planDir, loaded } = loadAtCommit(ws, c, rev, options);
  if (!loaded) return { label: rev, rev, commit: c, problems: [] };
  const result = await withOwnPlugins(ws, c, planDir ?? '', loaded, options, (o) => checkLoaded(loaded, o));
  return { label: rev, rev, commit: c, planDir, result, problems: readProblems(loaded) };
}

/** The `lint.plugins` entries of a loaded plan that are paths (not package names). */
function pathPlugins(loaded: LoadedPlan): string[] {
  const file = loaded.files.find((f) => f.path === loaded.planFile);
  for (const d of file?.docs ?? []) {
    const v = d.value as { kind?: unknown; lint?: { plugins?: unknown } } | null;
    if (v && typeof v === 'object' && v.kind === 'Plan' && Array.isArray(v.lint?.plugins)) {
      return v.lint.plugins.filter((p): p is string => typeof p === 'string' && /^(\.{1,2}(\/|$)|\/)/.test(p));
    }
  }
  return [];
}

/**
 * Run `check` with the revision's own plugins: a plugin in the repository is
 * code of that revision, and judging the base of a `diff` with the working
 * tree's plugin would misreport what the change did. The scripts of the
 * revision (under the plan folder, and in each folder a path plugin names)
 * are written to a temporary copy of the repository that plugins load from.
 */
async function withOwnPlugins<T>(ws: Workspace, commit: string, planDir: string, loaded: LoadedPlan, options: CheckOptions, check: (o: CheckOptions) => Promise<T>): Promise<T> {
  const specs = pathPlugins(loaded);
  if (!options.lint || options.plugins?.run === false || !specs.length) return check(options);
  const prefix = planDir ? `${planDir}/` : '';
  const dirs = new Set(specs.map((s) => path.posix.dirname(path.posix.normalize(path.posix.join(planDir || '.', s)))));
  const chosen = listFiles(ws.top, commit, '').filter(
    (e) => /\.(m|c)?js$|\.json$/i.test(e.path) && !e.path.split('/').includes('node_modules') && (e.path.startsWith(prefix) || dirs.has(dirOf(e.path) || '.')),
  );
  const blobs = readBlobs(ws.top, chosen.map((e) => e.oid));
  const copy = mkdtempSync(path.join(tmpdir(), 'mplan-revision-'));
  try {
    for (const e of chosen) {
      const bytes = blobs.get(e.oid);
      if (!bytes) continue;
      const abs = path.join(copy, ...e.path.split('/'));
      mkdirSync(path.dirname(abs), { recursive: true });
      writeFileSync(abs, bytes);
    }
    const root = path.join(copy, ...(planDir ? planDir.split('/') : []));
    return await check({ ...options, plugins: { ...options.plugins, root, top: copy } });
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** The plan in the working tree. */
export async function sideInWorktree(ws: Workspace, label: string, options: CheckOptions = {}): Promise<Side> {
  const abs = path.join(ws.top, ...(ws.planDir ? ws.planDir.split('/') : []));
  let result: CheckResult;
  try {
    result = await checkPlan(abs, options);
  } catch (err) {
    if (err instanceof MplanError && (err.code === 'usage-no-root' || err.code === 'usage-dir-missing')) return { label, problems: [] };
    throw err;
  }
  return { label, planDir: ws.planDir, result, problems: readProblems(result.loaded) };
}
