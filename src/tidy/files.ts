import { readFileSync } from 'node:fs';
import { MplanError } from '../diagnostics/error.js';
import { writeFileSafe } from '../write/index.js';
import { formatYaml } from './index.js';

/** What `mplan fmt` did with one file. */
export type FileOutcome =
  | { status: 'formatted' | 'unformatted' | 'clean' | 'yaml-errors' | 'not-text' | 'unsafe' }
  /** It was not written: read-only, changed meanwhile, or the write failed. */
  | { status: 'refused'; error: MplanError };

/** Text decoded without loss, or undefined: bytes that are not UTF-8 (Shift_JIS, Latin-1, UTF-16) have no text fmt could write back. */
function losslessText(bytes: Buffer): string | undefined {
  if (bytes.includes(0)) return undefined; // UTF-16 and binary files
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Format one plan file (or, with `check`, only say whether it needs it).
 * Never throws: a file that cannot be handled is left byte-identical and
 * its outcome says why, so one file never stops the run half-way.
 */
export function formatFile(abs: string, name: string, check: boolean): FileOutcome {
  try {
    const bytes = readFileSync(abs);
    const source = losslessText(bytes);
    if (source === undefined) return { status: 'not-text' };
    const r = formatYaml(source);
    if (r.unsafe) return { status: 'unsafe' };
    if (r.text === undefined) return { status: 'yaml-errors' };
    if (r.text === source) return { status: 'clean' };
    if (check) return { status: 'unformatted' };
    writeFileSafe(abs, Buffer.from(r.text, 'utf8'), { name, planFile: true, expected: bytes });
    return { status: 'formatted' };
  } catch (err) {
    if (err instanceof MplanError) return { status: 'refused', error: err };
    const e = err as NodeJS.ErrnoException;
    return { status: 'refused', error: new MplanError(e?.code ? 'usage-write-failed' : 'internal-error', e?.code ? { file: name, reason: e.code } : { detail: String(e?.message ?? e) }) };
  }
}
