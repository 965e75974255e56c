import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = path.join(ROOT, 'bin', 'mplan.js');
export const BUNDLE = path.join(ROOT, 'dist', 'cli-bundle');

/** Newest modification time of the files under `dir` whose names end with `ext`. */
export function newest(dir: string, ext: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newest(p, ext));
    else if (e.name.endsWith(ext)) t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

/** Rebuild the CLI bundle (dist/cli-bundle/, what `node bin/mplan.js` runs) when it is older than src/. */
export function ensureBundle(): void {
  const main = path.join(BUNDLE, 'main.js');
  const sources = Math.max(newest(path.join(ROOT, 'src'), '.ts'), statSync(path.join(ROOT, 'scripts', 'bundle.mjs')).mtimeMs);
  if (existsSync(main) && statSync(main).mtimeMs >= sources) return;
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'bundle.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`scripts/bundle.mjs failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
}
