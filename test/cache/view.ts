import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CACHE_FILE } from '../../src/cache/index.js';
import { decode } from '../../src/cache/format.js';
import type { Decoded } from '../../src/cache/format.js';
import { VERSION } from '../../src/util/version.js';
import { SCHEMAS_HASH } from '../../src/generated/schemas-hash.js';

/** The plan's cache file as this mplan reads it (undefined when it would not trust it). */
export function decodedCache(dir: string): Decoded | undefined {
  return decode(readFileSync(path.join(dir, CACHE_FILE), 'latin1'), VERSION, SCHEMAS_HASH);
}
