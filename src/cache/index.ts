import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import path from 'node:path';
import { VERSION } from '../cli/version.js';
import type { Diagnostic, Location } from '../diagnostics/types.js';
import { decodeFile, newSourceFile, parseFile } from '../load/parse.js';
import type { ParsedDoc, SchemaResult, SourceFile } from '../load/source.js';
import { writeFileAtomic } from '../util/write.js';
import { SCHEMAS_HASH } from '../validate/precompiled.js';

/**
 * `mplan lint --cache`: what a run learnt about each unchanged file, so the
 * next run need not parse it again.
 *
 * The cache file (`.mplan-cache.json` in the plan root) is keyed by mplan's
 * version and the schemas' fingerprint and, per file, by a hash of the
 * file's bytes (bump FORMAT when what the loader keeps changes). A file
 * whose size, times and inode are those saved with it is not even read
 * (StatKey); one whose stat changed is read and hashed, and reused if its
 * bytes are the same. For each file the cache holds the problems found
 * while reading it, each document's plain value (the entities), whether its
 * root is a map, where it ends, its schema findings, whether the text holds
 * suppression comments, and every line:column an earlier run looked up in
 * it. The cross-file work — the model, references, every lint rule —
 * always reruns on those values; a file is parsed again only when it
 * changed or when a location inside it is needed that no earlier run asked
 * for, and read only for that or for its suppression comments. A cache that cannot be read, is
 * from another mplan version or has an unexpected shape is ignored and
 * rewritten, never trusted; it is written atomically.
 */
export const CACHE_FILE = '.mplan-cache.json';
const FORMAT = 3;

/**
 * What the file system says about a file: size, modification and change
 * times, inode. A file whose stat matches its entry is trusted unread (as
 * git trusts its index); any difference and the file is read and hashed,
 * and reused if its bytes did not change. The change time moves on every
 * write (a tool that restores the modification time cannot hide one).
 */
type StatKey = [size: number, mtimeMs: number, ctimeMs: number, ino: number];
/**
 * A file written this close (ms) to the run that read it may change again
 * within the same timestamp tick without its stat showing it ("racily
 * clean", as git calls it): its stat is not saved, so the next run hashes it.
 */
const RACY_MS = 2000;

function statKey(st: Stats): StatKey {
  return [st.size, st.mtimeMs, st.ctimeMs, st.ino];
}

function sameStat(a: StatKey | undefined, b: StatKey | undefined): boolean {
  if (!a || !b) return a === b;
  return a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3];
}

interface DocEntry {
  index: number;
  ok: boolean;
  /** The document's root is a map (the only shape that can be an entity). */
  map: boolean;
  /** Where the document ends (how far `# mplan-disable` reaches). */
  end: number;
  value: unknown;
  schema?: SchemaResult;
}

interface FileEntry {
  hash: string;
  /** Absent when the file had just been written when it was read (see RACY_MS). */
  stat?: StatKey;
  /** The text holds `mplan-disable` (suppressions are read from the text). */
  sup?: boolean;
  /** Problems found while reading and parsing the file. */
  load: Diagnostic[];
  /** Absent when the file could not be read into text (binary, not UTF-8, too large...). */
  docs?: DocEntry[];
  /** Locations looked up in this file: [key, location]. */
  locs?: Array<[string, Location]>;
}

interface CacheData {
  format: number;
  version: string;
  /** The schemas' fingerprint: schema findings are only as good as the schemas that made them. */
  schemas: string;
  files: Record<string, FileEntry>;
}

export { locationKey } from './key.js';

function hashOf(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('base64');
}

const HEX = Buffer.from('0123456789abcdef', 'latin1');

/**
 * Bytes of ASCII-only JSON, appended piece by piece (one cache entry at a
 * time), so the cache is never one 10 MB string: with Japanese text,
 * JSON.stringify of the whole cache made a two-byte string twice the file's
 * size, then a copy of it to escape and another to encode.
 */
class AsciiJsonBytes {
  private buf = Buffer.allocUnsafe(1 << 16);
  private len = 0;

  /** Append JSON text, writing each character above U+007E as a `\u` escape. */
  push(json: string): void {
    const n = json.length;
    if (this.len + 6 * n > this.buf.length) {
      let size = this.buf.length * 2;
      while (size < this.len + 6 * n) size *= 2;
      const next = Buffer.allocUnsafe(size);
      this.buf.copy(next, 0, 0, this.len);
      this.buf = next;
    }
    const out = this.buf;
    let o = this.len;
    for (let i = 0; i < n; i++) {
      const c = json.charCodeAt(i);
      if (c <= 0x7e) out[o++] = c;
      else {
        out[o++] = 0x5c; // \
        out[o++] = 0x75; // u
        out[o++] = HEX[c >> 12]!;
        out[o++] = HEX[(c >> 8) & 15]!;
        out[o++] = HEX[(c >> 4) & 15]!;
        out[o++] = HEX[c & 15]!;
      }
    }
    this.len = o;
  }

  bytes(): Buffer {
    return this.buf.subarray(0, this.len);
  }
}

/**
 * JSON text with every character above U+007E written as a `\\u` escape
 * (JSON.parse reads it back to the same value). An ASCII-only file is
 * decoded into a one-byte string, and so are the strings parsed from it:
 * with Japanese text in a plan, plain JSON made the whole 10 MB text and
 * every string in it two bytes a character (issue 8, warm runs).
 */
export function asciiJson(json: string): string {
  const out = new AsciiJsonBytes();
  out.push(json);
  return out.bytes().toString('latin1');
}

/** A plain value that survives JSON unchanged (no NaN, Infinity or -0; yaml's core schema yields nothing else odd). */
function jsonSafe(v: unknown): boolean {
  if (v === undefined) return true; // a document YAML errors made unusable has no value
  const stack: unknown[] = [v];
  while (stack.length) {
    const x = stack.pop();
    if (typeof x === 'number') {
      if (!Number.isFinite(x) || Object.is(x, -0)) return false;
    } else if (x && typeof x === 'object') {
      if (Array.isArray(x)) {
        for (const y of x) stack.push(y);
      } else {
        if (Object.getPrototypeOf(x) !== Object.prototype && Object.getPrototypeOf(x) !== null) return false;
        for (const k of Object.keys(x)) stack.push((x as Record<string, unknown>)[k]);
      }
    } else if (x !== null && typeof x !== 'string' && typeof x !== 'boolean') return false;
  }
  return true;
}

/** An entry as this version writes it; anything else (hand-edited, truncated...) is a miss. */
function wellFormed(e: FileEntry): boolean {
  if (!e || typeof e !== 'object' || !Array.isArray(e.load) || !e.load.every((d) => d && typeof d === 'object' && typeof d.file === 'string' && Number.isInteger(d.line))) return false;
  if (e.stat !== undefined && !(Array.isArray(e.stat) && e.stat.length === 4 && e.stat.every((n) => typeof n === 'number' && Number.isFinite(n)))) return false;
  if (e.sup !== undefined && typeof e.sup !== 'boolean') return false;
  if (e.locs !== undefined && !(Array.isArray(e.locs) && e.locs.every((l) => Array.isArray(l) && typeof l[0] === 'string' && l[1] && Number.isInteger(l[1].line)))) return false;
  if (e.docs === undefined) return true;
  return (
    Array.isArray(e.docs) &&
    e.docs.every(
      (d) =>
        d && typeof d === 'object' && Number.isInteger(d.index) && typeof d.ok === 'boolean' && typeof d.map === 'boolean' && Number.isInteger(d.end) &&
        (d.schema === undefined || (typeof d.schema === 'object' && d.schema !== null && typeof d.schema.valid === 'boolean' && Array.isArray(d.schema.diagnostics))),
    )
  );
}

function validShape(d: unknown): d is CacheData {
  if (!d || typeof d !== 'object') return false;
  const c = d as CacheData;
  return c.format === FORMAT && c.version === VERSION && c.schemas === SCHEMAS_HASH && !!c.files && typeof c.files === 'object' && !Array.isArray(c.files);
}

/** Parse a restored file for real, the first time something needs to know where its nodes sit. */
function parseNow(file: SourceFile): void {
  const r = parseFile(file.path, file.abs, file.text);
  const real = new Map((r.file?.docs ?? []).map((d) => [d.index, d]));
  for (const pd of file.docs) {
    Object.defineProperty(pd, 'positions', { value: real.get(pd.index)?.positions, writable: true, enumerable: true, configurable: true });
  }
}

export class PlanCache {
  readonly file: string;
  private readonly old: CacheData | undefined;
  /** What this run read: per file, its hash, load problems and (when it has text) the SourceFile. */
  private readonly seen = new Map<string, { hash: string; stat?: StatKey; load: Diagnostic[]; file?: SourceFile; restored: boolean; locs: number }>();
  /** When this run started reading files (see RACY_MS). */
  private readonly started = Date.now();

  constructor(root: string) {
    this.file = path.join(root, CACHE_FILE);
    let data: unknown;
    let fd: number | undefined;
    try {
      // Only an ordinary file is read (O_NONBLOCK: a FIFO put there must not block the run).
      fd = openSync(this.file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
      if (!fstatSync(fd).isFile()) throw new Error('not a file');
      data = JSON.parse(readFileSync(fd, 'utf8'));
    } catch {
      data = undefined; // missing, corrupt or not a file: start afresh, the file is rewritten at the end
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
    this.old = validShape(data) ? data : undefined;
  }

  /**
   * The cached reading of a file whose size, times and inode are those
   * saved with it, without reading the file (its text is read only if
   * something asks for it), or undefined.
   */
  restoreUnchanged(rel: string, abs: string): { file?: SourceFile; diagnostics: Diagnostic[] } | undefined {
    const entry = this.old?.files[rel];
    if (!entry?.stat) return undefined;
    let st: Stats;
    try {
      st = statSync(abs);
    } catch {
      return undefined;
    }
    if (!st.isFile()) return undefined;
    const key = statKey(st);
    if (!sameStat(key, entry.stat) || !wellFormed(entry)) return undefined;
    const lazyText = (): string => {
      try {
        return decodeFile(rel, readFileSync(abs)).text ?? '';
      } catch {
        return '';
      }
    };
    return this.restoreEntry(rel, abs, entry, key, lazyText);
  }

  /**
   * The cached reading of a file whose bytes did not change, or undefined.
   * Its documents carry their values and schema findings; where their
   * nodes sit is parsed again only if a location nobody asked for before is needed.
   */
  restore(rel: string, abs: string, bytes: Buffer, st?: Stats): { file?: SourceFile; diagnostics: Diagnostic[] } | undefined {
    const hash = hashOf(bytes);
    const stat = st ? statKey(st) : undefined;
    const entry = this.old?.files[rel];
    if (!entry || entry.hash !== hash || !wellFormed(entry)) {
      this.seen.set(rel, { hash, stat, load: [], restored: false, locs: 0 });
      return undefined;
    }
    if (!entry.docs) return this.restoreEntry(rel, abs, entry, stat, '');
    const decoded = decodeFile(rel, bytes);
    if (decoded.text === undefined) {
      this.seen.set(rel, { hash, stat, load: [], restored: false, locs: 0 });
      return undefined;
    }
    return this.restoreEntry(rel, abs, entry, stat, decoded.text);
  }

  private restoreEntry(
    rel: string,
    abs: string,
    entry: FileEntry,
    stat: StatKey | undefined,
    text: string | (() => string),
  ): { file?: SourceFile; diagnostics: Diagnostic[] } {
    if (!entry.docs) {
      this.seen.set(rel, { hash: entry.hash, stat, load: entry.load, restored: true, locs: 0 });
      return { diagnostics: entry.load };
    }
    const file = newSourceFile(rel, abs, text);
    file.locations = new Map(entry.locs ?? []);
    file.hasDisable = typeof text === 'string' ? text.includes('mplan-disable') : entry.sup !== false;
    for (const d of entry.docs) {
      const pd: ParsedDoc = { index: d.index, value: d.value, ok: d.ok, rootIsMap: d.map, end: d.end, cachedSchema: d.schema };
      if (d.ok) {
        Object.defineProperty(pd, 'positions', {
          get() {
            parseNow(file);
            return pd.positions;
          },
          enumerable: true,
          configurable: true,
        });
      }
      file.docs.push(pd);
    }
    this.seen.set(rel, { hash: entry.hash, stat, load: entry.load, file, restored: true, locs: file.locations!.size });
    return { file, diagnostics: entry.load };
  }

  /** The stat to save for a file: none when it was written just before this run read it. */
  private savedStat(stat: StatKey | undefined): StatKey | undefined {
    if (!stat) return undefined;
    return Math.max(stat[1], stat[2]) < this.started - RACY_MS ? stat : undefined;
  }

  /** Note a file read and parsed afresh this run (restore() said it changed). */
  remember(rel: string, result: { file?: SourceFile; diagnostics: Diagnostic[] }): void {
    const s = this.seen.get(rel);
    if (!s) return;
    s.load = result.diagnostics;
    s.file = result.file;
    if (result.file) result.file.locations = new Map();
  }

  /** Whether this run learnt anything the cache does not hold yet. */
  private dirty(): boolean {
    if (!this.old || Object.keys(this.old.files).length !== this.seen.size) return true;
    for (const [rel, s] of this.seen) {
      if (!s.restored) return true;
      if (!sameStat(this.savedStat(s.stat), this.old.files[rel]?.stat)) return true;
      if (!s.file) continue;
      if ((s.file.locations?.size ?? 0) !== s.locs) return true;
      for (const pd of s.file.docs) if (pd.schemaResult) return true;
    }
    return false;
  }

  /** Write the cache for the next run (only when something changed). Returns a problem to report, if any. */
  save(): Diagnostic | undefined {
    if (!this.dirty()) return undefined;
    // The same JSON as JSON.stringify({ format, version, schemas, files }), written entry by entry.
    const out = new AsciiJsonBytes();
    out.push(`${JSON.stringify({ format: FORMAT, version: VERSION, schemas: SCHEMAS_HASH } satisfies Omit<CacheData, 'files'>).slice(0, -1)},"files":{`);
    let first = true;
    for (const [rel, s] of this.seen) {
      const stat = this.savedStat(s.stat);
      const entry: FileEntry = { hash: s.hash, ...(stat ? { stat } : {}), load: s.load };
      if (s.file) {
        const docs: DocEntry[] = [];
        let safe = true;
        for (const pd of s.file.docs) {
          // A restored value came from this JSON: only a value parsed this run needs the check.
          if (!s.restored && !jsonSafe(pd.value)) {
            safe = false;
            break;
          }
          const schema = pd.schemaResult ?? pd.cachedSchema;
          docs.push({ index: pd.index, ok: pd.ok, map: pd.rootIsMap, end: pd.end, value: pd.value, ...(schema ? { schema } : {}) });
        }
        if (!safe) continue; // odd values (.nan, .inf): this file is simply parsed every time
        entry.docs = docs;
        entry.sup = s.file.hasDisable ?? s.file.text.includes('mplan-disable');
        const locs = s.file.locations;
        if (locs?.size) entry.locs = [...locs];
      }
      out.push(`${first ? '' : ','}${JSON.stringify(rel)}:${JSON.stringify(entry)}`);
      first = false;
    }
    out.push('}}');
    try {
      writeFileAtomic(this.file, out.bytes());
      return undefined;
    } catch (err) {
      const reason = (err as { data?: { reason?: string } }).data?.reason ?? String((err as Error).message ?? err);
      return {
        rule: 'cache-unwritable',
        severity: 'info',
        file: CACHE_FILE,
        line: 1,
        column: 1,
        messageId: 'cache-unwritable',
        data: { file: CACHE_FILE, reason },
      };
    }
  }
}
