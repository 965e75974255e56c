/**
 * Untrusted repositories and inputs that must never hang or crash mplan
 * (issue 14, items 8–17): plugins are code from the repo, caches and
 * templates come from the repo, links may point anywhere, files may be
 * FIFOs or devices, patterns may backtrack. Every case runs in a temp
 * folder made here (FIFOs with mkfifo, never the machine's /dev).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run.js';
import { hasStackTrace, planDir, PLAN, removePlanDirs, runJson } from './helpers.js';

afterAll(removePlanDirs);

const GOAL = 'kind: Goal\nid: g-1\nname: Repeat buyers\nstatement: First-time buyers come back.\n';

/** An mplan.yaml with this `lint:` block (top-level indentation, as in the file). */
const planWithLint = (lint: string): string => `${PLAN}lint:\n${lint.replace(/\s*$/, '').split('\n').map((l) => `  ${l}`).join('\n')}\n`;

/** No stack trace, no internal error, in what the run printed. */
function clean(r: { stdout: string; stderr: string }): void {
  expect(hasStackTrace(r.stderr), r.stderr).toBe(false);
  expect(hasStackTrace(r.stdout), r.stdout).toBe(false);
  expect(r.stderr).not.toMatch(/internal error|内部エラー/);
}

describe('custom rule patterns never backtrack (item 14)', () => {
  const custom = (pattern: string) =>
    planWithLint(`custom:
  - id: plain-statement
    severity: error
    message: The statement does not match.
    select: { kind: Goal }
    assert:
      statement: { pattern: ${JSON.stringify(pattern)} }`);

  it('a pattern that backtracks exponentially in JavaScript finishes on a long value, with the right answer', async () => {
    const dir = planDir({ 'g.yaml': `kind: Goal\nid: g-1\nname: G\nstatement: ${'a'.repeat(5000)}!\n` }, custom('^(a|a)*b$'));
    const r = await runJson(['lint', dir], dir);
    clean(r);
    expect(r.diagnostics.filter((d) => d.rule === 'plain-statement').map((d) => `${d.file}:${d.line}`)).toEqual(['g.yaml:4']);
    expect(r.code).toBe(1);
  });

  it('syntax only a backtracking engine supports (look-ahead) is refused at load, located at the pattern, en and ja', async () => {
    const dir = planDir({ 'g.yaml': GOAL }, custom('^(?=.*buyers).*$'));
    const en = await runJson(['lint', dir], dir);
    clean(en);
    const bad = en.diagnostics.filter((d) => d.rule === 'policy-bad-pattern');
    expect(bad.map((d) => `${d.file}:${d.line}`)).toEqual(['mplan.yaml:12']);
    expect(bad[0]!.hint).toMatch(/Look-arounds/);
    const ja = await runJson(['lint', dir, '--lang', 'ja'], dir);
    expect(ja.diagnostics.find((d) => d.rule === 'policy-bad-pattern')!.hint).toMatch(/先読み/);
  });
});

describe('links out of the plan are not followed (item 12)', () => {
  /** A folder outside any plan, holding a YAML file with an error that must never be reported. */
  const outsideFolder = (): string => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mplan-outside-'));
    outside.push(dir);
    writeFileSync(path.join(dir, 'other.yaml'), 'kind: Goal\nid: BAD ID\n');
    mkdirSync(path.join(dir, 'deeper'));
    writeFileSync(path.join(dir, 'deeper', 'more.yaml'), 'kind: Nope\n');
    return dir;
  };
  const outside: string[] = [];
  afterAll(() => {
    for (const d of outside) rmSync(d, { recursive: true, force: true });
  });

  it('a folder link leading out of the plan is skipped with a located warning (en, ja); links inside are followed', async () => {
    const dir = planDir({ 'goals/g.yaml': GOAL });
    symlinkSync(outsideFolder(), path.join(dir, 'shared'));
    symlinkSync('/', path.join(dir, 'goals', 'everything'));
    symlinkSync(path.join(dir, 'goals'), path.join(dir, 'goals-again'));
    const r = await runJson(['validate', dir], dir);
    clean(r);
    expect(r.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.severity}`)).toEqual([
      'goals-again/everything:1:1 symlink-outside warn',
      'goals-again/g.yaml:2:5 id-duplicate error', // the same goal, read twice through the inside link
      'goals/everything:1:1 symlink-outside warn',
      'shared:1:1 symlink-outside warn',
    ]);
    expect(r.diagnostics[0]!.message).toMatch(/outside the plan folder \(\/\)/);
    expect(r.diagnostics[0]!.hint).toMatch(/lint\.ignore/);
    const ja = await runJson(['validate', dir, '--lang', 'ja'], dir);
    expect(ja.diagnostics[0]!.message).toMatch(/計画フォルダの外/);
  });

  it('test-rules: a rules-tests case that is a link out of the plan is not read', async () => {
    const dir = planDir(
      {
        'rules-tests/goal-named/valid/ok/g.yaml': GOAL,
      },
      planWithLint(`ignore: ['rules-tests/**']
custom:
  - id: goal-named
    severity: error
    message: Name the goal.
    select: { kind: Goal }
    assert:
      name: { present: true }`),
    );
    symlinkSync(outsideFolder(), path.join(dir, 'rules-tests', 'goal-named', 'valid', 'elsewhere'));
    symlinkSync('/', path.join(dir, 'rules-tests', 'goal-named', 'valid', 'root'));
    const r = await runCli(['test-rules', dir], { cwd: dir });
    clean(r);
    expect(r.stdout).toContain('✓ goal-named › valid/ok');
    expect(r.stdout).not.toMatch(/elsewhere|root/);
    expect(r.code).toBe(0);
  });
});
