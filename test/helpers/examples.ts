import { cpSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from './temp.js';

/** The repository's root folder. */
export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The bundled example plans (read them; copy them with copyExample before changing anything). */
export const EXAMPLES = {
  'exhibition-b2b': path.join(REPO, 'examples', 'exhibition-b2b'),
  'd2c-coffee-ja': path.join(REPO, 'examples', 'd2c-coffee-ja'),
} as const;

export type ExampleName = keyof typeof EXAMPLES | 'policies';

export const RFP_IDS = { 'exhibition-b2b': 'rfp-digital-agency-2027', 'd2c-coffee-ja': 'rfp-creative-agency-2027' } as const;
export const JOURNEY_IDS = { 'exhibition-b2b': 'expo-visitor', 'd2c-coffee-ja': 'subscription' } as const;

/** The folder of a bundled example plan. */
export function exampleDir(name: ExampleName): string {
  return path.join(REPO, 'examples', name);
}

/**
 * A copy of a bundled example plan that a test may change: into `to` when
 * given, else into a folder named after the example in a fresh temp folder
 * (removed after the test file).
 */
export function copyExample(name: ExampleName, to?: string): string {
  const dir = to ?? path.join(tempDir('mplan-example-'), name);
  cpSync(exampleDir(name), dir, { recursive: true });
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
