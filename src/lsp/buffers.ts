import type { Diagnostic, Location } from '../diagnostics/types.js';
import { statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { readPlanFile } from '../load/index.js';
import type { FileMemo, LoadMemo, SchemaResult, SourceFile } from '../load/index.js';
import type { WalkMemo } from '../load/memo.js';
import type { ParsedDoc } from '../load/source.js';
import { LIMITS, parseFile, tooLarge } from '../load/parse.js';

/** One open editor buffer: its text counts instead of the file on disk, saved or not. */
interface OpenBuffer {
  version: number;
  text: string;
  /** The buffer parsed, for the version it was parsed at. */
  parsed?: { version: number; result: { file?: SourceFile; diagnostics: Diagnostic[] } };
}

type ReadResult = { file?: SourceFile; diagnostics: Diagnostic[] };

/**
 * What successive checks learn about one parsed file (`SourceFile.memo`):
 * its documents' schema findings and the locations looked up in it. It is
 * made with the parse and dropped with it, so what it says is about exactly
 * the documents it was made for: a file that did not change since the last
 * check is neither validated nor located again.
 */
class Kept implements FileMemo {
  private schemas: Map<ParsedDoc, SchemaResult> | undefined;
  private locs: Map<string, Location> | undefined;

  schema(doc: ParsedDoc): SchemaResult | undefined {
    return this.schemas?.get(doc);
  }

  validated(doc: ParsedDoc, result: SchemaResult): void {
    (this.schemas ??= new Map()).set(doc, result);
  }

  location(key: string): Location | undefined {
    return this.locs?.get(key);
  }

  located(key: string, location: Location): void {
    (this.locs ??= new Map()).set(key, location);
  }
}

/** Give a parsed file its memo (see Kept). */
function keep(result: ReadResult): ReadResult {
  if (result.file) result.file.memo = new Kept();
  return result;
}

/**
 * A folder changed within this long of being listed may change again without
 * its stat showing it (times are as coarse as the file system keeps them):
 * its listing is not kept.
 */
const RACY_MS = 2000;

/** A file read from disk, with the stat it was read at. */
interface DiskEntry {
  rel: string;
  stamp: string;
  result: ReadResult;
}

const stampOf = (st: Stats): string => `${st.size}:${st.mtimeMs}:${st.ctimeMs}:${st.ino}`;

/**
 * The loader's memo seam (src/load/), filled with the editor's open buffers:
 * a plan check reads an open file from its buffer, every other file from
 * disk. A buffer is parsed once per version, a file on disk once per
 * change (its size, times and inode): a keystroke re-checks the plan
 * without reading the thousands of files it did not touch. Nothing read
 * is changed by a check, so a parsed file is shared by successive checks.
 */
export class OpenBuffers implements LoadMemo {
  private readonly byAbs = new Map<string, OpenBuffer>();
  private readonly disk = new Map<string, DiskEntry>();
  /** Folder listings by the ignore globs they were walked with, then by folder (src/load/walk.ts). */
  private readonly folders = new Map<string, Map<string, { stamp: string; entries: readonly string[] }>>();

  /** Folder listings: a folder whose stat did not change since the last check is not read again. */
  walk(ignore: readonly string[]): WalkMemo {
    const key = JSON.stringify(ignore);
    let dirs = this.folders.get(key);
    if (!dirs) this.folders.set(key, (dirs = new Map()));
    const known = dirs;
    return {
      listing: (rel, st) => {
        const k = known.get(rel);
        return k && k.stamp === stampOf(st) ? k.entries : undefined;
      },
      listed: (rel, st, entries) => {
        if (Date.now() - Math.max(st.mtimeMs, st.ctimeMs) < RACY_MS) known.delete(rel);
        else known.set(rel, { stamp: stampOf(st), entries });
      },
    };
  }

  set(abs: string, version: number, text: string): void {
    const b = this.byAbs.get(abs);
    if (b && b.version === version && b.text === text) return;
    this.byAbs.set(abs, { version, text });
  }

  delete(abs: string): void {
    this.byAbs.delete(abs);
  }

  has(abs: string): boolean {
    return this.byAbs.has(abs);
  }

  known(rel: string, abs: string): ReadResult | undefined {
    const b = this.byAbs.get(abs);
    if (!b) return this.fromDisk(rel, abs);
    if (b.parsed?.version === b.version) return b.parsed.result;
    const size = Buffer.byteLength(b.text, 'utf8');
    // The same limit as a file read from disk; the text is kept (positions are answered from it).
    const body = b.text.charCodeAt(0) === 0xfeff ? b.text.slice(1) : b.text;
    const result = keep(size > LIMITS.maxFileBytes ? { diagnostics: [tooLarge(rel, size)] } : parseFile(rel, abs, body));
    b.parsed = { version: b.version, result };
    return result;
  }

  private fromDisk(rel: string, abs: string): ReadResult | undefined {
    let st: Stats;
    try {
      st = statSync(abs);
    } catch {
      this.disk.delete(abs);
      return undefined; // the loader reports what is wrong with it
    }
    if (!st.isFile()) return undefined;
    const stamp = stampOf(st);
    const known = this.disk.get(abs);
    if (known && known.rel === rel && known.stamp === stamp) return known.result;
    const result = keep(readPlanFile(rel, abs));
    this.disk.set(abs, { rel, stamp, result });
    return result;
  }
}
