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
