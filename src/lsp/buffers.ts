import type { Diagnostic } from '../diagnostics/types.js';
import type { LoadMemo, SourceFile } from '../load/index.js';
import { LIMITS, parseFile, tooLarge } from '../load/parse.js';

/** One open editor buffer: its text counts instead of the file on disk, saved or not. */
interface OpenBuffer {
  version: number;
  text: string;
  /** The buffer parsed, for the version it was parsed at. */
  parsed?: { version: number; result: { file?: SourceFile; diagnostics: Diagnostic[] } };
}

/**
 * The loader's memo seam (src/load/), filled with the editor's open buffers:
 * a plan check reads an open file from its buffer, every other file from
 * disk. A buffer is parsed once per version.
 */
export class OpenBuffers implements LoadMemo {
  private readonly byAbs = new Map<string, OpenBuffer>();

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

  read(rel: string, abs: string): { file?: SourceFile; diagnostics: Diagnostic[] } | undefined {
    const b = this.byAbs.get(abs);
    if (!b) return undefined;
    if (b.parsed?.version === b.version) return b.parsed.result;
    const size = Buffer.byteLength(b.text, 'utf8');
    // The same limit as a file read from disk; the text is kept (positions are answered from it).
    const body = b.text.charCodeAt(0) === 0xfeff ? b.text.slice(1) : b.text;
    const result = size > LIMITS.maxFileBytes ? { diagnostics: [tooLarge(rel, size)] } : parseFile(rel, abs, body);
    b.parsed = { version: b.version, result };
    return result;
  }
}
