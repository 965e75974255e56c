import type { Diagnostic, Location } from '../diagnostics/types.js';
import type { SchemaResult } from '../load/memo.js';
import { YAML_FILE } from '../load/walk.js';

/**
 * The `--cache` file, format 5: one ASCII-only JSON document on three lines,
 *
 *     [{header},
 *     [value,value,...]
 *     ]
 *
 * so that the header and the documents' values are parsed by two
 * JSON.parse calls on slices of the file's text, and a value that did not
 * change is copied into the next cache as the characters it was, never
 * turned back into JSON. Everything per file is in a few flat arrays, not
 * in small objects per file (an entry, its stat, its document list, each
 * document's record and schema result...) that every run would decode;
 * the rare parts (problems found while reading, schema findings, locations
 * looked up) are in `extra`, by file number.
 */
export const FORMAT = 5;

/** File flags (first number of a file's record in `meta`). */
export const F_TEXT = 1; // the file could be read into text: it has documents
export const F_SUP = 2; // its text holds `mplan-disable`
export const F_STAT = 4; // its stat is saved (see RACY_MS in ./index.ts)

/** Document flags. */
export const D_OK = 1;
export const D_MAP = 2;
export const D_SCHEMA = 4; // schema findings known: valid, none (or, with D_EXTRA, in `extra`)
export const D_EXTRA = 8; // schema findings in `extra`
export const D_UNDEF = 16; // no value (written as null)

export type Extra = [file: number, load: Diagnostic[] | 0, schema: Array<[doc: number, valid: boolean, diagnostics: Diagnostic[]]> | 0, locs: Array<[string, Location]> | 0];

export interface Header {
  format: number;
  version: string;
  /** The schemas' fingerprint: schema findings are only as good as the schemas that made them. */
  schemas: string;
  /** Each file, relative to the plan root, in the order the run read them. */
  paths: string[];
  /**
   * Four numbers a file: size, mtimeMs, ctimeMs, inode (zeros when F_STAT is
   * not set), as the base64 of a Float64Array (a plan's worth of numbers as
   * JSON text is slow to parse and to write again).
   */
  stat: string;
  /** sha256 of each file's bytes, base64, HASH_LEN characters a file, one after the other. */
  hash: string;
  /**
   * Per file: flags, number of documents, then per document: its index in
   * the file, where it ends, flags and the length of its value's JSON in
   * the values line.
   */
  meta: number[];
  extra: Extra[];
  /** Folder listings of the last walk (src/load/walk.ts WalkMemo), for these ignore globs; their stats as `stat` above. */
  walk?: { ignore: string; stat: string; dirs: DirListing[] };
}

/** A folder and its listing: sub-folders end with `/`, the rest are YAML files. */
export type DirListing = [rel: string, entries: string[]];

/** Header.walk, decoded: folder k's stat is stat[4k .. 4k+3]. */
export interface DecodedWalk {
  ignore: string;
  stat: Float64Array;
  dirs: DirListing[];
}

/** A listing entry as walkPlan writes it: a name (no `/`, NUL, `.` or `..`), ending with `/` for a folder, in `.yaml` / `.yml` otherwise. */
function entryLike(e: unknown): boolean {
  if (typeof e !== 'string') return false;
  const slash = e.indexOf('/');
  if (slash === -1) return YAML_FILE.test(e) && !e.includes('\0');
  return slash === e.length - 1 && slash > 0 && e !== './' && e !== '../' && !e.includes('\0');
}

/** The walk's listings with their stats, or undefined if they do not hold together. */
function walkOf(w: unknown): DecodedWalk | undefined {
  const x = w as Header['walk'];
  if (!x || typeof x !== 'object' || typeof x.ignore !== 'string' || !Array.isArray(x.dirs)) return undefined;
  const stat = numbers(x.stat, 4 * x.dirs.length);
  if (!stat) return undefined;
  for (const d of x.dirs as unknown[]) {
    if (!Array.isArray(d) || d.length !== 2 || typeof d[0] !== 'string' || !Array.isArray(d[1]) || !d[1].every(entryLike)) return undefined;
  }
  return { ignore: x.ignore, stat, dirs: x.dirs };
}

/** Numbers as the cache stores them: the base64 of a Float64Array. */
export function base64Numbers(list: readonly number[]): string {
  return Buffer.from(Float64Array.from(list).buffer).toString('base64');
}

/** `count` finite numbers from base64Numbers, or undefined. */
function numbers(text: unknown, count: number): Float64Array | undefined {
  // Padded base64 of 8 * count bytes is exactly this long; Buffer.from skips characters that are not
  // base64, so with the length fixed any such character leaves fewer bytes than 8 * count. (No
  // re-encoding to compare: it costs every warm run, and what it also refused, URL-safe letters
  // and unused padding bits, still decodes to whole numbers.)
  if (typeof text !== 'string' || text.length !== 4 * Math.ceil((8 * count) / 3)) return undefined;
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length !== 8 * count) return undefined;
  const out = new Float64Array(count);
  new Uint8Array(out.buffer).set(bytes);
  for (let i = 0; i < count; i++) if (!Number.isFinite(out[i])) return undefined;
  return out;
}

export const HASH_LEN = 44;

export const NO_DIAGNOSTICS: Diagnostic[] = Object.freeze([]) as unknown as Diagnostic[];

/** A schema result shared by every valid document restored (read, never changed). */
export const VALID: SchemaResult = Object.freeze({ valid: true, diagnostics: NO_DIAGNOSTICS });

/** A cache file's content, checked: every index below is in range and every number where it should be. */
export interface Decoded {
  header: Header;
  values: unknown[];
  /** The file's text (ASCII): values are copied from it by offset. */
  text: string;
  /** Header.stat, decoded. */
  stat: Float64Array;
  /** Header.walk, decoded. */
  walk: DecodedWalk | undefined;
  /** Per file: where its record starts in meta, and the number of its first document. */
  metaAt: Int32Array;
  firstDoc: Int32Array;
  /** Per document: where its value starts in `text`, and where it ends. */
  valueStart: Int32Array;
  valueEnd: Int32Array;
  extra: Map<number, Extra>;
}

const isInt = Number.isInteger;

/** A line or column as mplan makes them: a whole number from 1 (no file it reads has 2^31 lines). */
const position = (n: unknown): boolean => isInt(n) && (n as number) >= 1 && (n as number) < 2 ** 31;
const SEVERITIES = new Set(['error', 'warn', 'info']);
/** A rule id or message id: no spaces, no markup, not `__proto__`. */
const ID = /^[a-z0-9][a-z0-9._-]{0,99}$/i;

/** Message data: plain strings, numbers and booleans, under ordinary names. */
function dataLike(v: unknown): boolean {
  if (v === undefined) return true;
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  for (const [k, x] of Object.entries(v)) {
    if (k === '__proto__' || !(typeof x === 'string' || (typeof x === 'number' && Number.isFinite(x)) || typeof x === 'boolean')) return false;
  }
  return true;
}

/**
 * A diagnostic about `file` (the file it is saved with), as mplan makes them.
 * The cache is read from the plan folder: its findings are printed as they
 * are, so nothing in them may point elsewhere (`../../../etc/passwd`) or
 * anywhere mplan would never point (line 1e+300).
 */
function diagnosticLike(d: unknown, file: string): boolean {
  const x = d as Diagnostic;
  return (
    !!x &&
    typeof x === 'object' &&
    x.file === file &&
    position(x.line) &&
    position(x.column) &&
    SEVERITIES.has(x.severity) &&
    typeof x.rule === 'string' &&
    ID.test(x.rule) &&
    typeof x.messageId === 'string' &&
    ID.test(x.messageId) &&
    (x.hintId === undefined || (typeof x.hintId === 'string' && ID.test(x.hintId))) &&
    dataLike(x.data) &&
    dataLike(x.hintData) &&
    (x.endLine === undefined || position(x.endLine)) &&
    (x.endColumn === undefined || position(x.endColumn)) &&
    (x.entity === undefined || typeof x.entity === 'string') &&
    // Sentences are worded at the edge, never saved: a cached one would be printed as it is.
    x.message === undefined &&
    x.hint === undefined &&
    (x.related === undefined ||
      (Array.isArray(x.related) && x.related.every((r) => !!r && typeof r === 'object' && pathLike(r.file) && position(r.line) && position(r.column) && ID.test(String(r.messageId)) && dataLike(r.data))))
  );
}

function diagnosticsLike(a: unknown, file: string): a is Diagnostic[] {
  return Array.isArray(a) && a.every((d) => diagnosticLike(d, file));
}

function extraLike(e: unknown, paths: readonly string[], docsOf: (file: number) => number): e is Extra {
  if (!Array.isArray(e) || e.length !== 4 || !isInt(e[0]) || e[0] < 0 || e[0] >= paths.length) return false;
  const [file, load, schema, locs] = e as Extra;
  const rel = paths[file]!;
  if (load !== 0 && !diagnosticsLike(load, rel)) return false;
  if (schema !== 0) {
    if (!Array.isArray(schema)) return false;
    const n = docsOf(file);
    for (const s of schema) {
      if (!Array.isArray(s) || s.length !== 3 || !isInt(s[0]) || s[0] < 0 || s[0] >= n || typeof s[1] !== 'boolean' || !diagnosticsLike(s[2], rel)) return false;
    }
  }
  if (locs !== 0) {
    if (!Array.isArray(locs)) return false;
    for (const l of locs) {
      if (!Array.isArray(l) || l.length !== 2 || typeof l[0] !== 'string' || !l[1] || typeof l[1] !== 'object' || l[1].file !== rel || !position(l[1].line) || !position(l[1].column)) return false;
    }
  }
  return true;
}

/** A plan file's path as the walk makes it: relative, `/`-separated, no `.` or `..` segment, a YAML name. */
const PLAN_PATH = /^(?!\/)(?!(?:.*\/)?\.\.?(?:\/|$))[^\\\0]+$/;
const pathLike = (p: unknown): boolean => typeof p === 'string' && PLAN_PATH.test(p) && YAML_FILE.test(p);

/**
 * Read a cache file's text: undefined unless it is this FORMAT from this very
 * mplan version and schemas, and whole (every array the right length, every
 * offset in range). A cache that is anything else is never trusted.
 */
export function decode(text: string, version: string, schemas: string): Decoded | undefined {
  // `[` header `,\n` values `\n]`
  const nl = text.indexOf('\n');
  if (nl < 3 || text.charCodeAt(0) !== 0x5b || text.charCodeAt(nl - 1) !== 0x2c || !text.endsWith('\n]')) return undefined;
  const vs = nl + 1;
  const ve = text.length - 2;
  if (ve <= vs) return undefined;
  let header: Header;
  try {
    header = JSON.parse(text.slice(1, nl - 1)) as Header;
  } catch {
    return undefined;
  }
  if (!header || typeof header !== 'object' || header.format !== FORMAT || header.version !== version || header.schemas !== schemas) return undefined;
  const { paths, stat, hash, meta, extra } = header;
  if (!Array.isArray(paths) || typeof hash !== 'string' || !Array.isArray(meta) || !Array.isArray(extra)) return undefined;
  const walk = header.walk === undefined ? undefined : walkOf(header.walk);
  if (header.walk !== undefined && !walk) return undefined;
  const files = paths.length;
  const stats = numbers(stat, 4 * files);
  if (!stats || hash.length !== HASH_LEN * files) return undefined;
  for (const p of paths) if (!pathLike(p)) return undefined;
  // Walk the records: every number an integer, as many as they say.
  const metaAt = new Int32Array(files);
  const firstDoc = new Int32Array(files + 1);
  let m = 0;
  let docs = 0;
  for (let f = 0; f < files; f++) {
    metaAt[f] = m;
    firstDoc[f] = docs;
    const flags = meta[m];
    const n = meta[m + 1];
    if (!isInt(flags) || !isInt(n) || n < 0 || (!(flags & F_TEXT) && n !== 0)) return undefined;
    m += 2;
    if (m + 4 * n > meta.length) return undefined;
    for (let k = 0; k < 4 * n; k++) if (!isInt(meta[m + k]) || meta[m + k]! < 0) return undefined;
    m += 4 * n;
    docs += n;
  }
  firstDoc[files] = docs;
  if (m !== meta.length) return undefined;
  // Each value's span in the values line: `[` v `,` v ... `]`.
  const valueStart = new Int32Array(docs);
  const valueEnd = new Int32Array(docs);
  let at = vs + 1;
  let d = 0;
  for (let f = 0; f < files; f++) {
    const n = meta[metaAt[f]! + 1]!;
    for (let k = 0; k < n; k++, d++) {
      const len = meta[metaAt[f]! + 2 + 4 * k + 3]!;
      if (len === 0) return undefined;
      valueStart[d] = at;
      valueEnd[d] = at + len;
      at += len + 1; // the comma after it, or the closing bracket
      if (at <= ve && text.charCodeAt(at - 1) !== (d === docs - 1 ? 0x5d : 0x2c)) return undefined;
    }
  }
  if (docs === 0 ? ve !== vs + 2 : at !== ve) return undefined;
  if (text.charCodeAt(vs) !== 0x5b || text.charCodeAt(ve - 1) !== 0x5d) return undefined;
  const byFile = new Map<number, Extra>();
  for (const e of extra) {
    if (!extraLike(e, paths, (f) => meta[metaAt[f]! + 1]!) || byFile.has(e[0])) return undefined;
    byFile.set(e[0], e);
  }
  let values: unknown;
  try {
    values = JSON.parse(text.slice(vs, ve));
  } catch {
    return undefined;
  }
  if (!Array.isArray(values) || values.length !== docs) return undefined;
  return { header, values, text, stat: stats, walk, metaAt, firstDoc, valueStart, valueEnd, extra: byFile };
}
