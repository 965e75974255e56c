/**
 * Property: whatever is done to a plan between two runs — files written,
 * appended to, removed, touched, folders made, renamed or removed — `lint
 * --cache` prints exactly what an uncached run prints. Runs happen "later"
 * (fake clock), so file stats and folder listings are trusted whenever they
 * are unchanged: this is what exercises those shortcuts.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync, appendFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { later, runLater } from './later.js';
import { runJson } from '../helpers/cli.js';
import { copyExample } from '../helpers/examples.js';
import { tempDir } from '../helpers/temp.js';


const FOLDERS = ['kpis', 'extra', 'extra/deep', 'goals'];
const DOCS = [
  'kind: KPI\nid: p-kpi\nname: P KPI\nstage: expo-visitor/discover\ngoals: [show-sourced-pipeline]\n',
  'kind: Goal\nid: p-goal\nname: G\nstatement: S\nhorizon: someday\n',
  'kind: Challenge\nid: p-challenge\nname: X\ngoal: no-such-goal\ncurrent: a\nproblem: b\n',
  'kind: Tool\nid: p-tool\nname: T\n',
  'kind: Goal\nid: [\n',
];

type Edit =
  | { op: 'write'; folder: number; name: number; doc: number }
  | { op: 'append'; folder: number; name: number }
  | { op: 'remove'; folder: number; name: number }
  | { op: 'touch'; folder: number; name: number }
  | { op: 'mkdir'; folder: number }
  | { op: 'rename'; folder: number }
  | { op: 'rmdir'; folder: number };

// Files in two folders, two names each, so that later rounds often edit what earlier rounds wrote.
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('write' as const), folder: fc.nat(1), name: fc.nat(1), doc: fc.nat(DOCS.length - 1) }),
  fc.record({ op: fc.constant('append' as const), folder: fc.nat(1), name: fc.nat(1) }),
  fc.record({ op: fc.constant('remove' as const), folder: fc.nat(1), name: fc.nat(1) }),
  fc.record({ op: fc.constant('touch' as const), folder: fc.nat(1), name: fc.nat(1) }),
  fc.record({ op: fc.constant('mkdir' as const), folder: fc.nat(FOLDERS.length - 1) }),
  fc.record({ op: fc.constant('rename' as const), folder: fc.nat(FOLDERS.length - 1) }),
  fc.record({ op: fc.constant('rmdir' as const), folder: fc.nat(FOLDERS.length - 1) }),
);

let appended = 0;

function apply(dir: string, e: Edit): void {
  const folder = path.join(dir, FOLDERS[e.folder]!);
  const file = 'name' in e ? path.join(folder, `f${e.name}.yaml`) : '';
  switch (e.op) {
    case 'write':
      mkdirSync(folder, { recursive: true });
      writeFileSync(file, DOCS[e.doc]!.replace(/id: p-/, `id: p${e.folder}${e.name}-`));
      break;
    case 'append':
      // In place (same inode), and visible in the output: a dangling owner (or a duplicate key).
      if (existsSync(file) && statSync(file).isFile()) appendFileSync(file, `owner: no-such-role-${appended++}\n`);
      break;
    case 'remove':
      rmSync(file, { force: true });
      break;
    case 'touch':
      if (existsSync(file)) utimesSync(file, new Date(), new Date());
      break;
    case 'mkdir':
      mkdirSync(path.join(folder, 'sub'), { recursive: true });
      writeFileSync(path.join(folder, 'sub', 'k.yaml'), `kind: Tool\nid: sub-tool-${e.folder}\nname: Sub\n`);
      break;
    case 'rename':
      if (existsSync(folder) && !existsSync(`${folder}-moved`)) renameSync(folder, `${folder}-moved`);
      else if (existsSync(`${folder}-moved`) && !existsSync(folder)) renameSync(`${folder}-moved`, folder);
      break;
    case 'rmdir':
      rmSync(folder, { recursive: true, force: true });
      break;
  }
}

describe('--cache after any edits', () => {
  runLater();

  it('prints what an uncached run prints', async () => {
    const base = tempDir('mplan-cache-edits-');
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }), async (rounds) => {
        const dir = path.join(base, `p${n++}`);
        copyExample('exhibition-b2b', dir);
        await runJson(['lint', '--cache', dir], dir);
        for (const round of rounds) {
          for (const e of round) apply(dir, e);
          later(); // everything on disk is now "old": stats and listings are trusted
          const warm = await runJson(['lint', '--cache', dir], dir);
          const plain = await runJson(['lint', dir], dir);
          expect(warm.stdout).toBe(plain.stdout);
          expect(warm.code).toBe(plain.code);
        }
        expect(readdirSync(dir)).toContain('.mplan-cache.json');
      }),
      { numRuns: 25 },
    );
  });
});
