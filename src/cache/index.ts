import { spawnSync } from 'node:child_process';
import { closeSync, constants, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { VERSION } from '../util/version.js';
import type { Diagnostic, Location } from '../diagnostics/types.js';
import { decodeFile, LazySourceFile, parseFile, readTextAgain } from '../load/parse.js';
import type { Positions } from '../load/positions.js';
import type { FileMemo, LoadMemo, ReadResult, SchemaResult } from '../load/memo.js';
import type { ParsedDoc, SourceFile } from '../load/source.js';
import { writeFileAtomic } from '../write/index.js';
import { SCHEMAS_HASH } from '../generated/schemas-hash.js';
import { AsciiJsonBytes, asciiJson, isAscii } from './ascii.js';
import { base64Numbers, D_EXTRA, D_MAP, D_OK, D_SCHEMA, D_UNDEF, decode, F_STAT, F_SUP, F_TEXT, FORMAT, HASH_LEN, NO_DIAGNOSTICS, VALID } from './format.js';
import type { Decoded, DecodedWalk, DirListing, Extra, Header } from './format.js';

/**
 * `mplan lint --cache`: what a run learnt about each unchanged file, so the
 * next run need not parse it again.
 *
 * The cache file (`.mplan-cache.json` in the plan root, laid out as
 * ./format.ts says) is keyed by mplan's version and the schemas'
 * fingerprint and, per file, by a hash of the file's bytes (bump FORMAT
 * when what the loader keeps changes). A file whose size, times and inode
 * are those saved with it is not even read (StatKey); one whose stat
 * changed is read and hashed, and reused if its bytes are the same. For
 * each file the cache holds the problems found while reading it, each
 * document's plain value (the entities), whether its root is a map, where
 * it ends, its schema findings, whether the text holds suppression
 * comments, and every line:column an earlier run looked up in it. The
 * cross-file work — the model, references, every lint rule — always reruns
 * on those values; a file is parsed again only when it changed or when a
 * location inside it is needed that no earlier run asked for, and read only
 * for that or for its suppression comments. The walk's folder listings are
 * kept too (src/load/walk.ts WalkMemo): a folder whose stat did not change
 * is not listed again. A cache that cannot be read,
 * is from another format or mplan version or does not hold together is
 * ignored and rewritten, never trusted; it is written atomically.
 */
export const CACHE_FILE = '.mplan-cache.json';

/** True when git tracks the cache file in the repository holding `root` (false outside git, or without git). */
function trackedByGit(root: string): boolean {
  const r = spawnSync('git', ['-C', root, 'ls-files', '--error-unmatch', '--', CACHE_FILE], {
    stdio: 'ignore',
    windowsHide: true,
    env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0' },
  });
  return !r.error && r.status === 0;
}

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
/**
 * Files whose bytes are unchanged but whose stat changed that a run leaves
 * to be hashed again next time instead of rewriting the cache (see dirty()).
 */
const STAT_ONLY_BUDGET = 64;

const NO_THROW = { throwIfNoEntry: false } as const;

function statKey(st: Stats): StatKey {
  return [st.size, st.mtimeMs, st.ctimeMs, st.ino];
}

/** Whether `st` is the stat saved as nums[at .. at+3] (a file's or a folder's, see ./format.ts). */
function statIs(st: Stats, nums: Float64Array, at: number): boolean {
  return st.size === nums[at] && st.mtimeMs === nums[at + 1] && st.ctimeMs === nums[at + 2] && st.ino === nums[at + 3];
}

function sameStat(a: StatKey | undefined, b: StatKey | undefined): boolean {
  if (!a || !b) return a === b;
  return a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3];
}

/**
 * node:crypto, loaded on first use: a warm run whose files all kept their
 * stat hashes nothing, so it need not load the module (and its own).
 */
let crypto: typeof import('node:crypto') | undefined;

function hashOf(bytes: Buffer): string {
  crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return crypto.createHash('sha256').update(bytes).digest('base64');
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

/**
 * What the cache knows about one file and what this run learnt about it
 * (`SourceFile.memo`, src/load/memo.ts): the locations looked up in it, and
 * its documents' schema findings. The locations map is made only when
 * something is located in the file (most files of a warm run need none).
 */
class Recall implements FileMemo {
  private locs: Map<string, Location> | undefined = undefined;
  /** This run's schema findings, by document index. */
  results: Map<number, SchemaResult> | undefined = undefined;

  /** `saved`: locations looked up in earlier runs. */
  constructor(private readonly saved?: Array<[string, Location]>) {}

  schema(doc: ParsedDoc): SchemaResult | undefined {
    return doc instanceof CachedDoc ? doc.cachedSchema : undefined;
  }

  validated(doc: ParsedDoc, result: SchemaResult): void {
    (this.results ??= new Map()).set(doc.index, result);
  }

  location(key: string): Location | undefined {
    return this.map().get(key);
  }

  located(key: string, location: Location): void {
    this.map().set(key, location);
  }

  private map(): Map<string, Location> {
    return (this.locs ??= new Map(this.saved));
  }

  /** The schema findings to save for a document: this run's, else an earlier run's. */
  schemaToSave(doc: ParsedDoc): SchemaResult | undefined {
    return this.results?.get(doc.index) ?? this.schema(doc);
  }

  /** Whether this run learnt anything to save: a location no earlier run had, or schema findings. */
  learnt(): boolean {
    return (this.locs !== undefined && this.locs.size !== (this.saved?.length ?? 0)) || this.results !== undefined;
  }

  /** The locations to save. */
  locationList(): Array<[string, Location]> | undefined {
    return this.locs ? [...this.locs] : this.saved;
  }
}

/**
 * A plan file restored from the cache: its text is read and its line index
 * built only when something asks for them (most files of a warm run need
 * neither).
 */
class CachedFile extends LazySourceFile {
  declare docs: CachedDoc[];

  constructor(
    path: string,
    abs: string,
    text: string | undefined,
    public override hasDisable: boolean,
    public override memo: Recall,
  ) {
    super(path, abs, text, [], readTextAgain); // the import, so tests can count the reads
  }
}

/** A document restored from the cache: where its nodes sit is parsed on first access. */
class CachedDoc implements ParsedDoc {
  private pos: Positions | undefined = undefined;
  private parsed = false;

  constructor(
    private readonly file: CachedFile,
    readonly index: number,
    readonly value: unknown,
    readonly ok: boolean,
    readonly rootIsMap: boolean,
    readonly end: number,
    readonly cachedSchema: SchemaResult | undefined,
    /** The document's number in the cache it came from (its value is copied from there). */
    readonly from: number,
  ) {}

  get positions(): Positions | undefined {
    if (!this.ok && this.value === undefined) return undefined; // a partial document (ok false, with a value) has positions too
    if (!this.parsed) parseNow(this.file);
    return this.pos;
  }

  set positions(value: Positions | undefined) {
    this.pos = value;
    this.parsed = true;
  }
}

/** Parse a restored file for real, the first time something needs to know where its nodes sit. */
function parseNow(file: CachedFile): void {
  const r = parseFile(file.path, file.abs, file.text);
  const real = new Map((r.file?.docs ?? []).map((d) => [d.index, d]));
  for (const pd of file.docs) pd.positions = real.get(pd.index)?.positions;
}

/** A file read this run that is not simply restored: new, changed, or its stat changed. */
interface Fresh {
  hash: string;
  stat?: StatKey;
  load: Diagnostic[];
}

/** What this run did with a file: restored with the same stat (the cache's file number), or read (Fresh / restored with a new stat). */
type Seen = { old: number; stat: StatKey | undefined } | Fresh;

/**
 * The cache as the loader's memo (src/load/memo.ts): restores files whose
 * stat or bytes are unchanged, remembers folder listings, and learns from
 * what the loader parsed; `save()` once the run is complete.
 */
export class PlanCache implements LoadMemo {
  /** Files parsed afresh keep their text: save() looks for suppression comments in it. */
  readonly keepText = true;
  readonly file: string;
  private readonly old: Decoded | undefined;
  /** The files this run read, in order, and for each what it did (a number: restored unread, the cache's file number). */
  private readonly rels: string[] = [];
  private readonly seen: Array<number | Seen> = [];
  private readonly files: Array<SourceFile | undefined> = [];
  /** Where the next file is expected in the cache (files are read in the order they were saved). */
  private cursor = 0;
  private byPath: Map<string, number> | undefined;
  /** When this run started reading files (see RACY_MS). */
  private readonly started = Date.now();
  /** The walk's ignore globs (JSON), the folder listings saved for them (by folder: number in old.walk), and this walk's with their stats. */
  private walkIgnore: string | undefined;
  private oldWalk: DecodedWalk | undefined;
  private oldDirs: Map<string, number> | undefined;
  private readonly dirs: DirListing[] = [];
  private readonly dirStats: number[] = [];
  private dirsChanged = false;

  /** The cache file is tracked by git: it is neither read nor written (see save()). */
  private readonly tracked: boolean;

  constructor(root: string) {
    this.file = path.join(root, CACHE_FILE);
    let text: string | undefined;
    let fd: number | undefined;
    try {
      // Only an ordinary file is read (O_NONBLOCK: a FIFO put there must not block the run).
      fd = openSync(this.file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
      if (!fstatSync(fd).isFile()) throw new Error('not a file');
      text = readFileSync(fd, 'latin1');
    } catch {
      text = undefined; // missing or not a file: start afresh, the file is rewritten at the end
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
    // A cache that git tracks came with the repository, not from an earlier run here: whoever
    // committed it chose every finding in it (and the hashes that make them look current).
    this.tracked = text !== undefined && trackedByGit(root);
    this.old = text === undefined || this.tracked ? undefined : decode(text, VERSION, SCHEMAS_HASH);
  }

  /** Folder listings for walkPlan (src/load/walk.ts): those saved by an earlier walk with the same ignore globs. */
  walk(ignore: readonly string[]): this {
    const key = JSON.stringify(ignore);
    this.walkIgnore = key;
    const w = this.old?.walk;
    this.oldWalk = w && w.ignore === key ? w : undefined;
    this.oldDirs = this.oldWalk && new Map(this.oldWalk.dirs.map((d, k) => [d[0], k]));
    return this;
  }

  listing(rel: string, st: Stats): readonly string[] | undefined {
    const k = this.oldDirs?.get(rel);
    if (k === undefined || !statIs(st, this.oldWalk!.stat, 4 * k)) return undefined;
    this.keepOldDir(k);
    return this.oldWalk!.dirs[k]![1];
  }

  listed(rel: string, st: Stats, entries: string[]): void {
    const k = this.oldDirs?.get(rel);
    const was = k === undefined ? undefined : this.oldWalk!.dirs[k]![1];
    const same = !!was && was.length === entries.length && was.every((e, j) => e === entries[j]);
    if (Math.max(st.mtimeMs, st.ctimeMs) < this.started - RACY_MS) {
      this.dirs.push([rel, entries]);
      this.dirStats.push(st.size, st.mtimeMs, st.ctimeMs, st.ino);
      // Only a new listing is worth rewriting the cache for: a folder whose stat alone changed
      // (an editor made and removed a swap file in it) is simply read again next time.
      if (!same) this.dirsChanged = true;
    } else if (same) this.keepOldDir(k!); // changed just before this walk read it: not saved (see RACY_MS)
  }

  /** Keep an old folder listing, with the stat it was saved with. */
  private keepOldDir(k: number): void {
    const w = this.oldWalk!;
    this.dirs.push(w.dirs[k]!);
    for (let j = 4 * k; j < 4 * k + 4; j++) this.dirStats.push(w.stat[j]!);
  }

  /** The cache's number for a file, or -1. */
  private indexOf(rel: string): number {
    const paths = this.old!.header.paths;
    const c = this.cursor;
    if (paths[c] === rel) {
      this.cursor = c + 1;
      return c;
    }
    if (c > 0 && paths[c - 1] === rel) return c - 1; // asked again (known(), then sameBytes())
    this.byPath ??= new Map(paths.map((p, i) => [p, i]));
    const i = this.byPath.get(rel);
    if (i === undefined) return -1;
    this.cursor = i + 1;
    return i;
  }

  /** A file's flags in the cache (F_TEXT, F_SUP, F_STAT). */
  private oldFlags(i: number): number {
    const o = this.old!;
    return o.header.meta[o.metaAt[i]!]!;
  }

  private oldStat(i: number): StatKey | undefined {
    const o = this.old!;
    if (!(this.oldFlags(i) & F_STAT)) return undefined;
    const s = o.stat;
    return [s[4 * i]!, s[4 * i + 1]!, s[4 * i + 2]!, s[4 * i + 3]!];
  }

  /**
   * The cached reading of a file whose size, times and inode are those
   * saved with it, without reading the file (its text is read only if
   * something asks for it), or undefined.
   */
  known(rel: string, abs: string): ReadResult | undefined {
    const o = this.old;
    if (!o) return undefined;
    const i = this.indexOf(rel);
    if (i < 0 || !(this.oldFlags(i) & F_STAT)) return undefined;
    const st = statSync(abs, NO_THROW);
    if (!st || !st.isFile()) return undefined;
    if (!statIs(st, o.stat, 4 * i)) return undefined;
    return this.restoreEntry(rel, abs, i, i, undefined);
  }

  /**
   * The cached reading of a file whose bytes did not change, or undefined.
   * Its documents carry their values and schema findings; where their
   * nodes sit is parsed again only if a location nobody asked for before is needed.
   */
  sameBytes(rel: string, abs: string, bytes: Buffer, st?: Stats): ReadResult | undefined {
    const hash = hashOf(bytes);
    const stat = st ? statKey(st) : undefined;
    const o = this.old;
    const i = o ? this.indexOf(rel) : -1;
    const miss = (): undefined => {
      this.note(rel, { hash, stat, load: NO_DIAGNOSTICS }, undefined);
      return undefined;
    };
    if (i < 0 || !o!.header.hash.startsWith(hash, HASH_LEN * i)) return miss();
    const seen = { old: i, stat };
    if (!(this.oldFlags(i) & F_TEXT)) return this.restoreEntry(rel, abs, i, seen, '');
    const decoded = decodeFile(rel, bytes);
    if (decoded.text === undefined) return miss();
    return this.restoreEntry(rel, abs, i, seen, decoded.text);
  }

  private note(rel: string, seen: number | Seen, file: SourceFile | undefined): void {
    this.rels.push(rel);
    this.seen.push(seen);
    this.files.push(file);
  }

  private restoreEntry(rel: string, abs: string, i: number, seen: number | Seen, text: string | undefined): ReadResult {
    const o = this.old!;
    const meta = o.header.meta;
    const m = o.metaAt[i]!;
    const flags = meta[m]!;
    const extra = o.extra.get(i);
    const load = extra?.[1] || NO_DIAGNOSTICS;
    if (!(flags & F_TEXT)) {
      this.note(rel, seen, undefined);
      return { diagnostics: load };
    }
    // F_SUP was found in these very bytes (sameBytes() checked their hash): no need to search the text again.
    const file = new CachedFile(rel, abs, text, (flags & F_SUP) !== 0, new Recall(extra?.[3] || undefined));
    const n = meta[m + 1]!;
    const first = o.firstDoc[i]!;
    const schemas = extra?.[2] || undefined;
    for (let k = 0, p = m + 2; k < n; k++, p += 4) {
      const f = meta[p + 2]!;
      let schema: SchemaResult | undefined;
      if (f & D_EXTRA) {
        const s = schemas?.find((x) => x[0] === k);
        schema = s ? { valid: s[1], diagnostics: s[2] } : undefined;
      } else if (f & D_SCHEMA) schema = VALID;
      const value = f & D_UNDEF ? undefined : o.values[first + k];
      file.docs.push(new CachedDoc(file, meta[p]!, value, (f & D_OK) !== 0, (f & D_MAP) !== 0, meta[p + 1]!, schema, first + k));
    }
    this.note(rel, seen, file);
    return { file, diagnostics: load };
  }

  /** The stat to save for a file: none when it was written just before this run read it. */
  private savedStat(stat: StatKey | undefined): StatKey | undefined {
    if (!stat) return undefined;
    return Math.max(stat[1], stat[2]) < this.started - RACY_MS ? stat : undefined;
  }

  /** Note a file read and parsed afresh this run (sameBytes() said it changed); what to learn about it. */
  parsed(rel: string, result: ReadResult): FileMemo | undefined {
    const last = this.rels.length - 1;
    if (last < 0 || this.rels[last] !== rel) return undefined;
    const s = this.seen[last] as Fresh;
    s.load = result.diagnostics;
    this.files[last] = result.file;
    return result.file ? new Recall() : undefined;
  }

  /**
   * Whether this run learnt anything the cache does not hold yet. A file whose
   * bytes did not change but whose stat did (touched, saved without an edit,
   * checked out again, or written just before the last run read it, so that
   * run could not trust its stat) is not worth rewriting the whole cache for:
   * the next run reads and hashes it again, which costs a small part of
   * rewriting the cache of a big plan. Beyond STAT_ONLY_BUDGET such files the cache is
   * rewritten, so their stats are trusted again.
   */
  private dirty(): boolean {
    const o = this.old;
    if (!o || o.header.paths.length !== this.rels.length || this.dirsChanged) return true;
    let statOnly = 0;
    for (let i = 0; i < this.rels.length; i++) {
      const s = this.seen[i]!;
      if (typeof s !== 'number') {
        if (!('old' in s) || s.old !== i) return true;
        if (!sameStat(this.savedStat(s.stat), this.oldStat(i)) && ++statOnly > STAT_ONLY_BUDGET) return true;
      } else if (s !== i) return true;
      const f = this.files[i];
      if (!f) continue;
      if ((f.memo as Recall).learnt()) return true;
    }
    return false;
  }

  /** Write the cache for the next run (only when something changed). Returns a problem to report, if any. */
  save(): Diagnostic | undefined {
    if (this.tracked) {
      const data = { file: CACHE_FILE };
      return { rule: 'cache-tracked', severity: 'warn', file: CACHE_FILE, line: 1, column: 1, messageId: 'cache-tracked', data, hintId: 'cache-tracked.hint', hintData: data };
    }
    if (!this.dirty()) return undefined;
    const o = this.old;
    const header: Header = { format: FORMAT, version: VERSION, schemas: SCHEMAS_HASH, paths: [], stat: '', hash: '', meta: [], extra: [] };
    const { paths, meta, extra } = header;
    const stats: number[] = [];
    const hashes: string[] = [];
    /** Per document saved: a value's JSON (this run's), or its number in the old cache (copied as it was). */
    const values: Array<string | number> = [];
    for (let i = 0; i < this.rels.length; i++) {
      const s = this.seen[i]!;
      const from = typeof s === 'number' ? s : 'old' in s ? s.old : -1;
      const file = this.files[i];
      const fileNo = paths.length;
      const metaAt = meta.length;
      let flags = 0;
      let schemas: Array<[number, boolean, Diagnostic[]]> | undefined;
      meta.push(0, 0);
      if (file) {
        flags |= F_TEXT;
        if (file.hasDisable ?? file.text.includes('mplan-disable')) flags |= F_SUP;
        const docs = file.docs;
        const recall = file.memo as Recall;
        let k = 0;
        for (; k < docs.length; k++) {
          const pd = docs[k]!;
          let json: string | number;
          if (pd instanceof CachedDoc) json = pd.from;
          else if (jsonSafe(pd.value)) json = pd.value === undefined ? 'null' : asciiJson(JSON.stringify(pd.value));
          else break; // odd values (.nan, .inf): this file is simply parsed every time
          const schema = recall.schemaToSave(pd);
          let f = (pd.ok ? D_OK : 0) | (pd.rootIsMap ? D_MAP : 0) | (pd.value === undefined ? D_UNDEF : 0);
          if (schema) {
            f |= D_SCHEMA;
            if (!schema.valid || schema.diagnostics.length) {
              f |= D_EXTRA;
              (schemas ??= []).push([k, schema.valid, schema.diagnostics]);
            }
          }
          meta.push(pd.index, pd.end, f, typeof json === 'number' ? o!.valueEnd[json]! - o!.valueStart[json]! : json.length);
          values.push(json);
        }
        if (k < docs.length) {
          meta.length = metaAt;
          values.length -= k;
          continue;
        }
        meta[metaAt + 1] = docs.length;
      }
      if (typeof s === 'number') {
        // Restored with the stat it was saved with (known() trusts only a saved stat).
        flags |= F_STAT;
        for (let k = 4 * s; k < 4 * s + 4; k++) stats.push(o!.stat[k]!);
      } else {
        const st = this.savedStat(s.stat);
        if (st) {
          flags |= F_STAT;
          stats.push(st[0], st[1], st[2], st[3]);
        } else stats.push(0, 0, 0, 0);
      }
      meta[metaAt] = flags;
      paths.push(this.rels[i]!);
      hashes.push(from >= 0 ? o!.header.hash.slice(HASH_LEN * from, HASH_LEN * (from + 1)) : (s as Fresh).hash);
      const load = from >= 0 ? o!.extra.get(from)?.[1] || NO_DIAGNOSTICS : (s as Fresh).load;
      const locs = (file?.memo as Recall | undefined)?.locationList();
      if (load.length || schemas || locs?.length) extra.push([fileNo, load.length ? load : 0, schemas ?? 0, locs?.length ? locs : 0] satisfies Extra);
    }
    header.hash = hashes.join('');
    header.stat = base64Numbers(stats);
    if (this.walkIgnore !== undefined) {
      header.walk = {
        ignore: this.walkIgnore,
        stat: base64Numbers(this.dirStats),
        dirs: this.dirs,
      };
    }
    const head = JSON.stringify(header);
    const out = new AsciiJsonBytes(head.length + (o ? o.text.length - o.header.hash.length : 0) + 1024);
    out.pushAscii('[');
    if (isAscii(head)) out.pushAscii(head);
    else out.push(head);
    out.pushAscii(',\n[');
    // Values copied from the old cache are copied in runs (one copy for a stretch of unchanged documents).
    for (let d = 0; d < values.length; ) {
      if (d > 0) out.pushAscii(',');
      const v = values[d]!;
      if (typeof v === 'string') {
        out.pushAscii(v);
        d++;
        continue;
      }
      let e = d + 1;
      while (e < values.length && values[e] === (values[e - 1] as number) + 1) e++;
      out.pushAscii(o!.text, o!.valueStart[v]!, o!.valueEnd[(values[e - 1] as number)]!);
      d = e;
    }
    out.pushAscii(']\n]');
    try {
      writeFileAtomic(this.file, out.bytes(), { ownFile: true });
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
