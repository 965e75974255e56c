import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const made: string[] = [];

/**
 * A fresh, empty folder under the system temp folder. It is removed after the
 * test file has run (test/helpers/setup.ts), so a test never has to clean up.
 */
export function tempDir(prefix = 'mplan-test-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Remove every folder tempDir() made; some hold 50 MB files. */
export function removeTempDirs(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}
