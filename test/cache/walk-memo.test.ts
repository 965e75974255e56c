/**
 * `--cache` remembers folder listings (src/load/walk.ts WalkMemo): a folder
 * whose stat did not change is not read again. These runs happen "an hour
 * later" (folders written just before a run are never remembered), and each
 * warm run must find exactly the files an uncached run finds.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Stats } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { later, runLater } from './later.js';
import { CACHE_FILE } from '../../src/cache/index.js';
import { walkPlan } from '../../src/load/walk.js';
import type { WalkMemo } from '../../src/load/walk.js';
import { runJson } from '../helpers/cli.js';
import { decodedCache } from './view.js';
import { copyExample } from '../helpers/examples.js';
import { writePlan } from '../helpers/plan.js';


function plan(): string {
  const dir = copyExample('exhibition-b2b');
  mkdirSync(path.join(dir, 'extra/deep'), { recursive: true });
  writeFileSync(path.join(dir, 'extra/deep/kpi.yaml'), 'kind: KPI\nid: extra-kpi\nname: Extra KPI\nstage: expo-visitor/discover\ngoals: [show-sourced-pipeline]\n');
  return dir;
}

/** The folders whose listings the cache holds. */
function remembered(dir: string): string[] {
  return (decodedCache(dir)?.walk?.dirs ?? []).map((r) => r[0]);
}

/** Lint with --cache twice "later" (the second run uses the remembered listings) and compare with an uncached run. */
async function same(dir: string): Promise<void> {
  later();
  const plain = await runJson(['lint', dir], dir);
  const warm = await runJson(['lint', '--cache', dir], dir);
  expect(warm.stdout).toBe(plain.stdout);
  const again = await runJson(['lint', '--cache', dir], dir);
  expect(again.stdout).toBe(plain.stdout);
}

describe('--cache folder listings', () => {
  runLater();

  it('remembers every folder but the root, and a warm run reads none of them', async () => {
    const dir = plan();
    await same(dir);
    expect(remembered(dir)).toEqual(expect.arrayContaining(['extra', 'extra/deep', 'kpis']));
    expect(remembered(dir)).not.toContain('');
    const mtime = statSync(path.join(dir, CACHE_FILE)).mtimeMs;
    await runJson(['lint', '--cache', dir], dir);
    expect(statSync(path.join(dir, CACHE_FILE)).mtimeMs, 'nothing new: not rewritten').toBe(mtime);
  });

  it('finds a file added to, and misses a file removed from, a remembered folder', async () => {
    const dir = plan();
    await same(dir);
    writeFileSync(path.join(dir, 'extra/deep/goal.yaml'), 'kind: Goal\nid: extra-goal\nname: G\nstatement: S\nhorizon: someday\n');
    await same(dir);
    expect((await runJson(['lint', '--cache', dir], dir)).stdout).toContain('extra/deep/goal.yaml');
    rmSync(path.join(dir, 'extra/deep/kpi.yaml'));
    await same(dir);
    expect((await runJson(['lint', '--cache', dir], dir)).stdout).not.toContain('extra/deep/kpi.yaml');
  });

  it('follows a renamed folder, a folder replaced by a file, and a new folder', async () => {
    const dir = plan();
    await same(dir);
    renameSync(path.join(dir, 'extra/deep'), path.join(dir, 'extra/moved'));
    await same(dir);
    rmSync(path.join(dir, 'extra/moved'), { recursive: true });
    writeFileSync(path.join(dir, 'extra/moved'), 'not a folder');
    await same(dir);
    mkdirSync(path.join(dir, 'kpis/more'));
    writeFileSync(path.join(dir, 'kpis/more/k.yaml'), 'kind: KPI\nid: more-kpi\nname: More\n');
    await same(dir);
    expect((await runJson(['lint', '--cache', dir], dir)).stdout).toContain('kpis/more/k.yaml');
  });

  it('lists again when the ignore globs change', async () => {
    const dir = plan();
    await same(dir);
    const planFile = path.join(dir, 'mplan.yaml');
    const text = readFileSync(planFile, 'utf8');
    expect(text).toContain('  ignore:\n    - drafts/**\n');
    writeFileSync(planFile, text.replace('  ignore:\n    - drafts/**\n', '  ignore:\n    - drafts/**\n    - extra/deep/**\n'));
    await same(dir);
    expect((await runJson(['lint', '--cache', dir], dir)).stdout).not.toContain('extra/deep/kpi.yaml');
    writeFileSync(planFile, text);
    await same(dir);
    expect((await runJson(['lint', '--cache', dir], dir)).stdout).toContain('extra/deep/kpi.yaml');
  });

  it.each([
    ['a stat cut short', (t: string) => t.replace(/("walk":\{"ignore":"(?:[^"\\]|\\.)*","stat":")[^"]{12}/, '$1')],
    ['an entry that leaves its folder', (t: string) => t.replace(/("dirs":\[\["[^"]*",\[)"/, '$1"../x.yaml","')],
    ['an entry that is not a YAML file', (t: string) => t.replace(/("dirs":\[\["[^"]*",\[)"/, '$1"notes.txt","')],
    ['a record without its listing', (t: string) => t.replace(/("dirs":\[\["[^"]*"),\[[^\]]*\]/, '$1')],
  ])('ignores (and rewrites) a cache whose folder listings have %s', async (_name, tamper) => {
    const dir = plan();
    await same(dir);
    const good = readFileSync(path.join(dir, CACHE_FILE), 'latin1');
    const bad = tamper(good);
    expect(bad).not.toBe(good);
    writeFileSync(path.join(dir, CACHE_FILE), bad);
    await same(dir);
    expect(remembered(dir)).toContain('extra/deep');
  });

  it('never remembers a folder holding a symlink, so links and loops are followed as without --cache', async () => {
    const dir = plan();
    symlinkSync(path.join(dir, 'extra/deep'), path.join(dir, 'extra/link'));
    symlinkSync(dir, path.join(dir, 'extra/deep/loop'));
    await same(dir);
    expect(remembered(dir)).not.toContain('extra');
    expect(remembered(dir)).not.toContain('extra/deep');
    expect((await runJson(['lint', '--cache', dir], dir)).stdout).toContain('extra/link/kpi.yaml');
    rmSync(path.join(dir, 'extra/link'));
    await same(dir);
  });
});

describe('walkPlan with a WalkMemo', () => {
  const memoOf = (saved: Record<string, string[]>, stats: Record<string, Stats>) => {
    const listed: string[] = [];
    const memo: WalkMemo = {
      listing: (rel, st) => (saved[rel] && stats[rel] && st.mtimeMs === stats[rel]!.mtimeMs && st.ino === stats[rel]!.ino ? saved[rel] : undefined),
      listed: (rel, _st, entries) => {
        listed.push(`${rel}=${entries.join(',')}`);
      },
    };
    return { memo, listed };
  };

  it('takes a remembered listing when the stat matches (so it must be right), reads the folder otherwise', () => {
    const root = writePlan(Object.fromEntries(['mplan.yaml', 'a/x.yaml', 'a/b/y.yaml', 'c/z.yml', 'c/notes.txt'].map((f) => [f, 'kind: Goal\n'])), null);
    const first = memoOf({}, {});
    const live = walkPlan(root, [], first.memo);
    expect(first.listed).toEqual(['a/b=y.yaml', 'a=b/,x.yaml', 'c=z.yml']);
    // A remembered listing is trusted as it is (here one that differs from the disk: a/ghost.yaml).
    const stats = { a: statSync(path.join(root, 'a')), c: statSync(path.join(root, 'c')) };
    const second = memoOf({ a: ['b/', 'ghost.yaml', 'x.yaml'], c: ['z.yml'] }, stats);
    const warm = walkPlan(root, [], second.memo);
    expect(warm.files.map((f) => f.rel)).toEqual(['a/b/y.yaml', 'a/ghost.yaml', 'a/x.yaml', 'c/z.yml', 'mplan.yaml']);
    expect(warm.files.find((f) => f.rel === 'a/b/y.yaml')!.abs).toBe(path.join(root, 'a', 'b', 'y.yaml'));
    expect(second.listed).toEqual(['a/b=y.yaml']); // a and c came from the memo; the root is always read
    // Once the folder changes, its listing is read again.
    writeFileSync(path.join(root, 'a/new.yaml'), 'kind: Goal\n');
    const third = memoOf({ a: ['b/', 'ghost.yaml', 'x.yaml'] }, stats);
    expect(walkPlan(root, [], third.memo).files.map((f) => f.rel)).toEqual(['a/b/y.yaml', 'a/new.yaml', 'a/x.yaml', 'c/z.yml', 'mplan.yaml']);
    expect(third.listed).toEqual(['a/b=y.yaml', 'a=b/,new.yaml,x.yaml', 'c=z.yml']);
  });
});

