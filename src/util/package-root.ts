/**
 * Where mplan's own files are (schemas/, templates/, docs/, package.json).
 *
 * The same code runs from three places: the TypeScript sources (vitest,
 * `src/util/`), tsc's output (`dist/util/`) and the esbuild bundle
 * (`dist/cli-bundle/`, where every module shares a chunk's location). So no
 * module counts `../` levels: the package root is the nearest folder above
 * this file holding mplan's package.json, found once and cached.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface PackageInfo {
  root: string;
  json: { name?: string; version?: string } & Record<string, unknown>;
}

let found: PackageInfo | undefined;

function find(): PackageInfo {
  const start = path.dirname(fileURLToPath(import.meta.url));
  for (let dir = start; ; ) {
    try {
      const json = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as PackageInfo['json'];
      if (json && json.name === 'mplan') return { root: dir, json };
    } catch {
      /* no package.json here (or not readable): keep walking up */
    }
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  // Not found (a copied-out file): the layout of src/util and dist/util.
  return { root: path.resolve(start, '..', '..'), json: {} };
}

/** The folder holding mplan's package.json (absolute, no trailing separator). */
export function packageRoot(): string {
  return (found ??= find()).root;
}

/** mplan's package.json, parsed (`{}` if it cannot be found). */
export function packageJson(): PackageInfo['json'] {
  return (found ??= find()).json;
}

/** An absolute path inside mplan's package, e.g. `packagePath('schemas')`. */
export function packagePath(...segments: string[]): string {
  return path.join(packageRoot(), ...segments);
}

/** The same as a file: URL; a folder (`dir` true) ends with `/` so `new URL(name, it)` resolves inside it. */
export function packageUrl(relative: string, dir = false): URL {
  const url = pathToFileURL(packagePath(relative));
  if (dir && !url.href.endsWith('/')) url.pathname += '/';
  return url;
}
