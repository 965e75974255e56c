// Use case: `mplan lint --fix` and `--fix-dry-run` (fixPlan, below); called by ./check.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/types.js';
import { computeFixes } from '../edit/fixes.js';
import type { Fix } from '../edit/fixes.js';
import { applyEdits, editsOverlap } from '../edit/text.js';
import type { TextEdit } from '../edit/text.js';
import { loadPlan } from '../load/index.js';
import { parseFile } from '../load/parse.js';
import { checkLoaded, checkPlan } from './pipeline.js';
import type { CheckOptions, CheckResult } from './pipeline.js';
import { checkWriteTarget, writeFileSafe } from '../write/index.js';

/**
 * `mplan lint --fix`, ESLint's way: only safe fixes (src/edit/fixes.ts),
 * all the edits of a file applied at once and never overlapping; the plan is
 * checked again on the fixed text before anything is written, and a fix
 * whose result has more errors than the plan had is dropped. Fixing may
 * bring another safe fix to light (a typing slip hid a misspelt reference),
 * so this repeats until nothing more is fixed: a second `--fix` changes
 * nothing.
 */

export interface FixOptions {
  /** Compute and check the fixes, write nothing (`--fix-dry-run`). */
  dryRun?: boolean;
  /** Only fix these files (plan-root-relative), when files were named on the command line. */
  only?: ReadonlySet<string>;
}

export interface AppliedFix {
  diagnostic: Diagnostic;
  fix: Fix;
}

export interface FixOutcome {
  /** The findings left: a fresh run on the written files (with --fix-dry-run, on the fixed text). */
  result: CheckResult;
  applied: AppliedFix[];
  /** Files changed (or that would be), plan-root-relative, sorted. */
  files: string[];
  /** Files not written: their text on disk is not exactly what the run read. */
  skipped: string[];
}

/** Passes are bounded: each one fixes at least one finding, and a plan has finitely many, but a pathological plan must not loop long. */
const MAX_PASSES = 10;

export async function fixPlan(dir: string, options: CheckOptions, fixOptions: FixOptions = {}): Promise<FixOutcome> {
  const first = await checkPlan(dir, options);
  const root = first.loaded.root;
  const original = new Map<string, string>();
  /** The fixed text of each file changed so far. */
  let texts = new Map<string, string>();
  const applied: AppliedFix[] = [];
  const recheck = (overlay: ReadonlyMap<string, string>) => checkOverlay(dir, overlay, options);
  let current = first;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const candidates = safeFixes(current, fixOptions.only);
    if (!candidates.length) break;
    const textOf = (file: string): string | undefined => texts.get(file) ?? current.model.files.find((f) => f.path === file)?.text;
    for (const c of candidates) for (const e of c.fix.edits) if (!original.has(e.file) && !texts.has(e.file)) original.set(e.file, textOf(e.file) ?? '');
    const apply = (list: readonly AppliedFix[]) => withEdits(texts, list.flatMap((c) => c.fix.edits), textOf);
    const hidden = brokenFiles(current);
    const errorCount = (r: CheckResult) => countErrors(r, hidden);
    const errors = errorCount(current);
    let overlay = apply(candidates);
    let after = await recheck(overlay);
    let accepted = candidates;
    if (errorCount(after) > errors) {
      // One of them adds an error: keep each fix that does not, one at a time.
      accepted = [];
      for (const c of candidates) {
        const tryOverlay = apply([...accepted, c]);
        const tried = await recheck(tryOverlay);
        if (errorCount(tried) <= errors) {
          accepted.push(c);
          overlay = tryOverlay;
          after = tried;
        }
      }
      if (!accepted.length) break;
    }
    texts = overlay;
    applied.push(...accepted);
    current = after;
  }
  // A file fixed back to what it was is no change.
  for (const [file, text] of texts) if (original.get(file) === text) texts.delete(file);
  const files = [...texts.keys()].sort();
  if (!files.length) return { result: first, applied: [], files: [], skipped: [] };
  if (fixOptions.dryRun) {
    // The plan's own templates are checked by a full run only; they are not fixed, so their findings stay.
    const templates = first.diagnostics.filter((d) => !current.loaded.files.some((f) => f.path === d.file) && d.file.startsWith('templates/'));
    return { result: { ...current, diagnostics: [...current.diagnostics, ...templates] }, applied, files, skipped: [] };
  }
  const skipped = writeFixed(root, files, texts, original);
  const result = await checkPlan(dir, options);
  const written = files.filter((f) => !skipped.includes(f));
  return { result, applied: applied.filter((a) => a.fix.edits.every((e) => written.includes(e.file))), files: written, skipped };
}

/** The first safe fix of each finding, leaving out any that touches what an earlier one touches. */
function safeFixes(result: CheckResult, only: ReadonlySet<string> | undefined): AppliedFix[] {
  const out: AppliedFix[] = [];
  const taken: TextEdit[] = [];
  const ctx = { model: result.model, suppressible: new Set<string>(), reason: '' };
  const wanted = only ? result.diagnostics.filter((d) => only.has(d.file)) : result.diagnostics;
  for (const { diagnostic, fixes } of computeFixes(wanted, ctx)) {
    const fix = fixes.find((f) => f.safe);
    if (!fix || editsOverlap(taken, fix.edits)) continue;
    taken.push(...fix.edits);
    out.push({ diagnostic, fix });
  }
  return out;
}

function withEdits(texts: ReadonlyMap<string, string>, edits: readonly TextEdit[], textOf: (file: string) => string | undefined): Map<string, string> {
  const out = new Map(texts);
  const byFile = new Map<string, TextEdit[]>();
  for (const e of edits) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  for (const [file, list] of byFile) {
    const text = textOf(file);
    if (text !== undefined) out.set(file, applyEdits(text, list).text);
  }
  return out;
}

/** Files with YAML errors: their documents are read in part, so what is wrong in the rest of them is not yet reported. */
function brokenFiles(result: CheckResult): Set<string> {
  return new Set(result.diagnostics.filter((d) => d.severity === 'error' && d.rule.startsWith('yaml-')).map((d) => d.file));
}

/**
 * The errors a fix must not add to. In a file that had YAML errors, only
 * those count: mending the YAML lets the rest of the file be checked, and
 * what that finds was wrong before the fix, only unseen.
 */
function countErrors(result: CheckResult, hidden: ReadonlySet<string>): number {
  let n = 0;
  for (const d of result.diagnostics) if (d.severity === 'error' && (!hidden.has(d.file) || d.rule.startsWith('yaml-'))) n++;
  return n;
}

/** The pipeline on the plan as on disk, but for the files given in memory. */
async function checkOverlay(dir: string, overlay: ReadonlyMap<string, string>, options: CheckOptions): Promise<CheckResult> {
  const loaded = loadPlan(dir, { ignore: options.ignore });
  for (const [rel, text] of overlay) {
    const parsed = parseFile(rel, path.join(loaded.root, ...rel.split('/')), text);
    const i = loaded.files.findIndex((f) => f.path === rel);
    if (i < 0) continue;
    if (parsed.file) loaded.files[i] = parsed.file;
    else loaded.files.splice(i, 1);
    loaded.diagnostics = [...loaded.diagnostics.filter((d) => d.file !== rel), ...parsed.diagnostics];
  }
  return checkLoaded(loaded, { ...options, cache: false });
}

/**
 * Write the fixed files, each atomically and only if it still holds what
 * the run read (src/write/index.ts). Every target is checked before the
 * first write, so a refusal leaves all files as they were. A file whose
 * bytes do not read back as exactly the text the run used is left alone.
 */
function writeFixed(root: string, files: readonly string[], texts: ReadonlyMap<string, string>, original: ReadonlyMap<string, string>): string[] {
  const skipped: string[] = [];
  const plans: Array<{ abs: string; rel: string; bytes: Buffer; content: string }> = [];
  for (const rel of files) {
    const abs = path.join(root, ...rel.split('/'));
    let bytes: Buffer;
    let raw: string;
    try {
      bytes = readFileSync(abs);
      raw = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      skipped.push(rel);
      continue;
    }
    const bom = raw.startsWith('\ufeff') ? '\ufeff' : '';
    if (raw.slice(bom.length) !== original.get(rel)) {
      skipped.push(rel);
      continue;
    }
    plans.push({ abs, rel, bytes, content: bom + texts.get(rel)! });
  }
  for (const p of plans) checkWriteTarget(p.abs, { name: p.rel, planFile: true });
  for (const p of plans) writeFileSafe(p.abs, Buffer.from(p.content, 'utf8'), { name: p.rel, planFile: true, expected: p.bytes });
  return skipped;
}
