import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A fresh copy of one of examples/ in a temp folder, to run commands that write on. */
export function copyExample(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `mplan-${name}-`));
  cpSync(new URL(`../../examples/${name}`, import.meta.url), dir, { recursive: true });
  return dir;
}

/** Every file below a folder, plan-root-relative, with its bytes as text (to compare a folder before and after). */
export function snapshotFiles(dir: string, rel = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(path.join(dir, rel)).sort()) {
    const r = rel ? `${rel}/${name}` : name;
    if (statSync(path.join(dir, r)).isDirectory()) for (const [k, v] of snapshotFiles(dir, r)) out.set(k, v);
    else out.set(r, readFileSync(path.join(dir, r), 'latin1'));
  }
  return out;
}
