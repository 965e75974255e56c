import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MplanError } from '../diagnostics/error.js';

/**
 * Write a file atomically: into a temporary file beside it, then rename.
 * A reader never sees a half-written file, and a failed write leaves the
 * old file as it was.
 */
export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  const abs = path.resolve(file);
  const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.${process.pid}.${Date.now()}.tmp`);
  try {
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(tmp, content, { flag: 'wx' });
    renameSync(tmp, abs);
  } catch (err) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // the folder itself is unusable (e.g. a file stands where it should be): there is no temp file to remove
    }
    throw new MplanError('usage-write-failed', { file, reason: (err as NodeJS.ErrnoException).code ?? String(err) });
  }
}
