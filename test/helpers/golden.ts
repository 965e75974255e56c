import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/** `UPDATE_GOLDEN=1 npx vitest run <files>` rewrites the goldens those tests compare with. */
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/**
 * A comparer with the golden files of one folder: `expectGolden(name, actual)`
 * passes when `actual` is byte for byte the committed file `name`, and on a
 * difference fails showing the diff. A golden is only ever written when asked
 * (`UPDATE_GOLDEN=1`): a missing one fails, so none is created unseen.
 */
export function goldens(folder: string | URL): (name: string, actual: string) => void {
  const dir = typeof folder === 'string' ? folder : fileURLToPath(folder);
  return (name, actual) => {
    const file = path.join(dir, name);
    const rel = path.relative(process.cwd(), file);
    if (UPDATE) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, actual);
    }
    if (!existsSync(file)) throw new Error(`golden ${rel} does not exist: run UPDATE_GOLDEN=1 npx vitest run <this test file>, then review it with git diff`);
    const expected = readFileSync(file);
    if (Buffer.from(actual).equals(expected)) return;
    expect(actual, `output differs from golden ${rel} (after a deliberate change: UPDATE_GOLDEN=1, then review with git diff)`).toBe(expected.toString('utf8'));
    throw new Error(`output differs from golden ${rel} in bytes that are not UTF-8 text`);
  };
}
