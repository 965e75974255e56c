import type { Diagnostic } from '../diagnostics/types.js';
import { statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { readPlanFile } from '../load/index.js';
import type { LoadMemo, SourceFile } from '../load/index.js';
import { LIMITS, parseFile, tooLarge } from '../load/parse.js';

/** One open editor buffer: its text counts instead of the file on disk, saved or not. */
interface OpenBuffer {
  version: number;
  text: string;
  /** The buffer parsed, for the version it was parsed at. */
  parsed?: { version: number; result: { file?: SourceFile; diagnostics: Diagnostic[] } };
}

type ReadResult = { file?: SourceFile; diagnostics: Diagnostic[] };

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
    const result = size > LIMITS.maxFileBytes ? { diagnostics: [tooLarge(rel, size)] } : parseFile(rel, abs, body);
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
    const result = readPlanFile(rel, abs);
    this.disk.set(abs, { rel, stamp, result });
    return result;
  }
}
