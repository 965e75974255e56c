import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Stats } from 'node:fs';
import path from 'node:path';
import { PlanCache } from '../cache/index.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { releaseStrings } from './cst.js';
import { decodeFile, LIMITS, parseFile, tooLarge } from './parse.js';
import { findPlanRoot } from './root.js';
import type { SourceFile } from './source.js';
import { errorReason, fileProblem, ignoreMatcher, walkPlan, YAML_FILE } from './walk.js';
import { pushAll } from '../util/array.js';

export type { ParsedDoc, SourceFile } from './source.js';
export { findPlanRoot } from './root.js';

export interface LoadedPlan {
  /** --cache only: the cache this load read from; `cache.save()` once the run is complete. */
  cache?: PlanCache;
  /** Absolute path of the plan root (the folder holding mplan.yaml). */
  root: string;
  /** The plan file, relative to the root. */
  planFile: string;
  files: SourceFile[];
  diagnostics: Diagnostic[];
}

export interface LoadOptions {
  /** Extra ignore globs on top of the plan's own `lint.ignore`. */
  ignore?: string[];
  /** Reuse what earlier runs learnt about unchanged files (`mplan lint --cache`, src/cache/). */
  cache?: boolean;
  /**
   * Consulted before the disk for each plan file: what an editor holds for it
   * (unsaved text counts, `mplan lsp`). Undefined for a file it does not hold.
   */
  memo?: LoadMemo;
}

/** Text held for plan files instead of what is on disk (an editor's open buffers). */
export interface LoadMemo {
  /** The file read as `text` would be, or undefined to read it from disk. */
  read(rel: string, abs: string): { file?: SourceFile; diagnostics: Diagnostic[] } | undefined;
}

/** Read one file from disk and parse it; problems become diagnostics, never exceptions. */
export function readPlanFile(rel: string, abs: string, cache?: PlanCache): { file?: SourceFile; diagnostics: Diagnostic[] } {
  // --cache: a file whose size, times and inode match the cache is restored without being read.
  const unchanged = cache?.restoreUnchanged(rel, abs);
  if (unchanged) return unchanged;
  let bytes: Buffer;
  let fd: number | undefined;
  let st: Stats;
  try {
    // One open + fstat per file (not stat, then open + fstat again inside readFileSync).
    // O_NONBLOCK: opening a FIFO returns at once; it is refused below, never read.
    fd = openSync(abs, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    st = fstatSync(fd);
    // Only ordinary files are opened: a FIFO would block the read, a folder cannot be read.
    if (st.isDirectory()) return { diagnostics: [fileProblem(rel, 'file-unreadable', { reason: errorReason({ code: 'EISDIR' }) })] };
    if (!st.isFile()) return { diagnostics: [fileProblem(rel, 'file-not-regular', {})] };
    if (st.size > LIMITS.maxFileBytes) {
      return { diagnostics: [tooLarge(rel, st.size)] };
    }
    bytes = Buffer.allocUnsafe(st.size);
    let got = 0;
    while (got < st.size) {
      const n = readSync(fd, bytes, got, st.size - got, got);
      if (n === 0) break;
      got += n;
    }
    if (got < st.size) bytes = bytes.subarray(0, got);
  } catch (err) {
    return { diagnostics: [fileProblem(rel, 'file-unreadable', { reason: errorReason(err) })] };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  // --cache: an unchanged file is restored from the cache instead of parsed (src/cache/).
  const restored = cache?.restore(rel, abs, bytes, st);
  if (restored) return restored;
  const decoded = decodeFile(rel, bytes);
  // Without --cache the text is not kept: read again only where a finding must be located.
  const result = decoded.text === undefined ? { diagnostics: decoded.diagnostics } : parseFile(rel, abs, decoded.text, 'fast', !cache);
  cache?.remember(rel, result);
  return result;
}

/** A plan file's `lint.ignore` globs. */
export function ignoreGlobs(planFile: SourceFile | undefined): string[] {
  const out: string[] = [];
  for (const d of planFile?.docs ?? []) {
    const v = d.value as { kind?: unknown; lint?: { ignore?: unknown } } | undefined;
    if (v && typeof v === 'object' && v.kind === 'Plan' && Array.isArray(v.lint?.ignore)) {
      for (const g of v.lint!.ignore as unknown[]) if (typeof g === 'string') out.push(g);
    }
  }
  return out;
}

/**
 * load: find the plan root, read every plan file once and parse every
 * document with its source ranges. Each file is parsed exactly once.
 */
export function loadPlan(dir: string, options: LoadOptions = {}): LoadedPlan {
  const { root, planFile: planAbs } = findPlanRoot(dir);
  const planRel = path.relative(root, planAbs).split(path.sep).join('/');
  const diagnostics: Diagnostic[] = [];
  const cache = options.cache ? new PlanCache(root) : undefined;
  const memo = options.memo;
  const plan = memo?.read(planRel, planAbs) ?? readPlanFile(planRel, planAbs, cache);
  pushAll(diagnostics, plan.diagnostics);
  const ignore = [...ignoreGlobs(plan.file), ...(options.ignore ?? [])];
  // --cache: folders whose stat did not change are not listed again (src/cache/).
  const walked = walkPlan(root, ignore, cache?.walkMemo(ignore));
  // The plan file was read (and any problem with it reported) above: do not report it twice.
  pushAll(diagnostics, walked.diagnostics.filter((d) => d.file !== planRel));
  const files: SourceFile[] = [];
  for (const f of walked.files) {
    if (f.rel === planRel) {
      if (plan.file) files.push(plan.file);
      continue;
    }
    const r = memo?.read(f.rel, f.abs) ?? readPlanFile(f.rel, f.abs, cache);
    pushAll(diagnostics, r.diagnostics);
    if (r.file) files.push(r.file);
  }
  releaseStrings(); // src/load/cst.ts: the plan's values keep their one copy of each text
  return { root, planFile: planRel, files, diagnostics, ...(cache ? { cache } : {}) };
}

/** A plan file given in memory (e.g. a blob read from a git revision). */
export interface InMemoryFile {
  /** Relative to the plan root, `/`-separated. */
  rel: string;
  /** The file's content: bytes are decoded like a file read from disk. */
  text: string | Buffer;
}

const SKIPPED_SEGMENTS = new Set(['.git', 'node_modules']);

/** Order paths the way walkPlan visits them: folder by folder, names sorted. */
function compareRel(a: string, b: string): number {
  const as = a.split('/');
  const bs = b.split('/');
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    if (as[i] !== bs[i]) return as[i]! < bs[i]! ? -1 : 1;
  }
  return as.length - bs.length;
}

/**
 * load, from memory: the same as loadPlan for files that are not on disk
 * (a plan at a git revision). `root` is where the plan would sit on disk
 * (used for absolute paths in messages only). The plan file is `mplan.yaml`
 * (or `mplan.yml`) at the top of `files`; `lint.ignore` and `.git` /
 * `node_modules` are honoured like on disk. Never throws.
 */
export function loadPlanFromFiles(root: string, files: readonly InMemoryFile[], options: LoadOptions = {}): LoadedPlan {
  const diagnostics: Diagnostic[] = [];
  const read = (f: InMemoryFile): { file?: SourceFile; diagnostics: Diagnostic[] } => {
    const abs = path.join(root, ...f.rel.split('/'));
    if (typeof f.text === 'string') return parseFile(f.rel, abs, f.text);
    const decoded = decodeFile(f.rel, f.text);
    if (decoded.text === undefined) return { diagnostics: decoded.diagnostics };
    return parseFile(f.rel, abs, decoded.text);
  };
  const planEntry = files.find((f) => f.rel === 'mplan.yaml') ?? files.find((f) => f.rel === 'mplan.yml');
  const planRel = planEntry?.rel ?? 'mplan.yaml';
  const plan = planEntry ? read(planEntry) : { diagnostics: [] as Diagnostic[], file: undefined };
  pushAll(diagnostics, plan.diagnostics);
  const ignore = [...ignoreGlobs(plan.file), ...(options.ignore ?? [])];
  const isIgnored = ignoreMatcher(ignore);
  const ignoredDir = (rel: string): boolean => {
    const segs = rel.split('/');
    for (let i = 1; i < segs.length; i++) {
      const dir = segs.slice(0, i).join('/');
      if (isIgnored(dir) || isIgnored(`${dir}/`)) return true;
    }
    return false;
  };
  const out: SourceFile[] = [];
  const chosen = files
    .filter((f) => YAML_FILE.test(f.rel) && !f.rel.split('/').some((s) => SKIPPED_SEGMENTS.has(s)))
    .filter((f) => !isIgnored(f.rel) && !ignoredDir(f.rel))
    .sort((a, b) => compareRel(a.rel, b.rel));
  for (const f of chosen) {
    if (f === planEntry) {
      if (plan.file) out.push(plan.file);
      continue;
    }
    const r = read(f);
    pushAll(diagnostics, r.diagnostics);
    if (r.file) out.push(r.file);
  }
  releaseStrings();
  return { root, planFile: planRel, files: out, diagnostics };
}
