import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Stats } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/types.js';
import { CstReader } from './cst.js';
import type { LoadMemo, ReadResult } from './memo.js';
import { decodeFile, LIMITS, parseFile, tooLarge } from './parse.js';
import { findPlanRoot } from './root.js';
import type { SourceFile } from './source.js';
import { errorReason, fileProblem, ignoreMatcher, walkPlan, YAML_FILE } from './walk.js';
import { pushAll } from '../util/array.js';

export type { ParsedDoc, SourceFile } from './source.js';
export type { FileMemo, LoadMemo, ReadResult, SchemaResult } from './memo.js';
export { findPlanRoot } from './root.js';

export interface LoadedPlan {
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
  /**
   * What is known already about the plan's files (./memo.ts): a memo, or
   * one made for the plan root once it is found. None: everything is read
   * from disk.
   */
  memo?: LoadMemo | ((root: string) => LoadMemo);
}

/**
 * Read one plan file and parse it; problems become diagnostics, never
 * exceptions. A memo may answer first (./memo.ts says in what order);
 * `reader`: the load's fast reader (src/load/cst.ts).
 */
export function readPlanFile(rel: string, abs: string, memo?: LoadMemo, reader?: CstReader): ReadResult {
  const known = memo?.known?.(rel, abs);
  if (known) return known;
  const given = memo?.text?.(rel, abs);
  if (given !== undefined) return parsed(rel, abs, memo!, parseFile(rel, abs, given, 'fast', false, reader));
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
  const same = memo?.sameBytes?.(rel, abs, bytes, st);
  if (same) return same;
  const decoded = decodeFile(rel, bytes);
  // A file on disk need not keep its text unless the memo wants it: read again only where a finding must be located.
  const result = decoded.text === undefined ? { diagnostics: decoded.diagnostics } : parseFile(rel, abs, decoded.text, 'fast', !memo?.keepText, reader);
  return memo ? parsed(rel, abs, memo, result) : result;
}

/** Tell the memo what a file parsed to, and attach what it keeps for the file. */
function parsed(rel: string, abs: string, memo: LoadMemo, result: ReadResult): ReadResult {
  const fileMemo = memo.parsed?.(rel, result);
  if (fileMemo && result.file) result.file.memo = fileMemo;
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
  const memo = typeof options.memo === 'function' ? options.memo(root) : options.memo;
  const reader = new CstReader();
  const plan = readPlanFile(planRel, planAbs, memo, reader);
  pushAll(diagnostics, plan.diagnostics);
  const ignore = [...ignoreGlobs(plan.file), ...(options.ignore ?? [])];
  const walked = walkPlan(root, ignore, memo?.walk?.(ignore));
  // The plan file was read (and any problem with it reported) above: do not report it twice.
  pushAll(diagnostics, walked.diagnostics.filter((d) => d.file !== planRel));
  const files: SourceFile[] = [];
  for (const f of walked.files) {
    if (f.rel === planRel) {
      if (plan.file) files.push(plan.file);
      continue;
    }
    const r = readPlanFile(f.rel, f.abs, memo, reader);
    pushAll(diagnostics, r.diagnostics);
    if (r.file) files.push(r.file);
  }
  return { root, planFile: planRel, files, diagnostics };
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
  const reader = new CstReader();
  const read = (f: InMemoryFile): ReadResult => {
    const abs = path.join(root, ...f.rel.split('/'));
    if (typeof f.text === 'string') return parseFile(f.rel, abs, f.text, 'fast', false, reader);
    const decoded = decodeFile(f.rel, f.text);
    if (decoded.text === undefined) return { diagnostics: decoded.diagnostics };
    return parseFile(f.rel, abs, decoded.text, 'fast', false, reader);
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
  return { root, planFile: planRel, files: out, diagnostics };
}
