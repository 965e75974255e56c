/**
 * Untrusted repositories and inputs that must never hang or crash mplan
 * (issue 14, items 8–17): plugins are code from the repo, caches and
 * templates come from the repo, links may point anywhere, files may be
 * FIFOs or devices, patterns may backtrack. Every case runs in a temp
 * folder made here (FIFOs with mkfifo, never the machine's /dev).
 */
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run.js';
import { hasStackTrace, planDir, PLAN, removePlanDirs, runJson } from './helpers.js';

afterAll(removePlanDirs);

/** Folders made outside any plan (link targets). */
const outside: string[] = [];
afterAll(() => {
  for (const d of outside) rmSync(d, { recursive: true, force: true });
});
function outsideDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mplan-outside-'));
  outside.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

/**
 * A FIFO made with mkfifo in a temp folder. If mplan ever opened it for
 * reading, the test worker would block for good: a writer child unblocks it
 * after a few seconds (the assertions then fail instead of hanging), and is
 * killed at the end either way.
 */
const writers: ChildProcess[] = [];
afterAll(() => {
  for (const w of writers) if (w.exitCode === null) w.kill();
});
function fifo(file: string, content = 'kind: Goal'): void {
  execFileSync('mkfifo', [file]);
  writers.push(spawn('timeout', ['20', 'sh', '-c', 'sleep 3; printf "%s" "$1" > "$0"', file, content], { stdio: 'ignore' }));
}

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
  const outsideFolder = (): string => outsideDir({ 'other.yaml': 'kind: Goal\nid: BAD ID\n', 'deeper/more.yaml': 'kind: Nope\n' });

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

describe('templates come only from the repo and the package (item 11)', () => {
  const SECRET = 'aws_secret_access_key = NOT-FOR-REPORTS';

  it('a template override that links out of the repo is refused, located, and nothing of the file is rendered (en, ja)', async () => {
    const secret = outsideDir({ credentials: SECRET });
    const dir = planDir({ 'goals/g.yaml': GOAL, 'templates/en/.keep': '' });
    symlinkSync(path.join(secret, 'credentials'), path.join(dir, 'templates', 'en', 'report.md.hbs'));
    const r = await runCli(['render', 'report', dir, '--locale', 'en'], { cwd: dir });
    clean(r);
    expect(r.stdout + r.stderr).not.toContain('NOT-FOR-REPORTS');
    expect(r.stderr).toMatch(/^templates\/en\/report\.md\.hbs\n {2}1:1 {2}error {2}This template is a link to a file outside the plan repository/m);
    expect(r.stderr).toMatch(/copy the file there/);
    expect(r.code).toBe(1);
    const ja = await runCli(['render', 'report', dir, '--locale', 'en', '--lang', 'ja'], { cwd: dir });
    expect(ja.stderr).toMatch(/計画リポジトリの外のファイル/);
  });

  it('a partial linking out of the repo: render refuses it, render --check and lint report it', async () => {
    const secret = outsideDir({ credentials: SECRET });
    const dir = planDir({ 'goals/g.yaml': GOAL, 'templates/en/partials/.keep': '' });
    symlinkSync(path.join(secret, 'credentials'), path.join(dir, 'templates', 'en', 'partials', 'footer.hbs'));
    const render = await runCli(['render', 'report', dir, '--locale', 'en'], { cwd: dir });
    clean(render);
    expect(render.stdout + render.stderr).not.toContain('NOT-FOR-REPORTS');
    expect(render.code).toBe(1);
    const check = await runCli(['render', '--check', dir], { cwd: dir });
    clean(check);
    expect(check.stderr).toMatch(/^templates\/en\/partials\/footer\.hbs:1:1 {2}This template is a link to a file outside/m);
    expect(check.code).toBe(1);
    const lint = await runJson(['lint', dir], dir);
    expect(lint.diagnostics.filter((d) => d.rule === 'render-template-outside').map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual(['templates/en/partials/footer.hbs:1:1']);
  });

  it('a link to another file inside the repo is followed as before', async () => {
    const dir = planDir({ 'goals/g.yaml': GOAL, 'shared/report.hbs': '# Our own report\n' });
    mkdirSync(path.join(dir, 'templates', 'en'), { recursive: true });
    symlinkSync(path.join(dir, 'shared', 'report.hbs'), path.join(dir, 'templates', 'en', 'report.md.hbs'));
    const r = await runCli(['render', 'report', dir, '--locale', 'en'], { cwd: dir });
    clean(r);
    expect(r.stdout).toBe('# Our own report\n');
    expect(r.code).toBe(0);
  });
});

describe('only ordinary files are read, with a size cap (item 13)', () => {
  it('a FIFO as --template, as a template override and as a partial: located, no hang', async () => {
    const dir = planDir({ 'goals/g.yaml': GOAL });
    mkdirSync(path.join(dir, 'templates', 'en', 'partials'), { recursive: true });
    fifo(path.join(dir, 'pipe.hbs'), '# from the pipe');
    const explicit = await runCli(['render', 'report', dir, '--locale', 'en', '--template', 'pipe.hbs'], { cwd: dir });
    clean(explicit);
    expect(explicit.stderr).toMatch(/^pipe\.hbs:1:1 {2}This template cannot be used \(it is not an ordinary file but a pipe, a device or a socket\)/m);
    expect(explicit.code).toBe(1);
    fifo(path.join(dir, 'templates', 'en', 'report.md.hbs'), '# from the pipe');
    fifo(path.join(dir, 'templates', 'en', 'partials', 'x.hbs'), 'x');
    const override = await runCli(['render', 'report', dir, '--locale', 'en'], { cwd: dir });
    clean(override);
    expect(override.stdout).toBe('');
    expect(override.code).toBe(1);
    const check = await runCli(['render', '--check', dir, '--lang', 'ja'], { cwd: dir });
    clean(check);
    expect(check.stderr).toMatch(/^templates\/en\/partials\/x\.hbs:1:1 {2}このテンプレートは使えません（通常のファイルではありません/m);
    expect(check.stderr).toMatch(/^templates\/en\/report\.md\.hbs:1:1 /m);
    expect(check.code).toBe(1);
  });

  it('a folder as --template, and a template over the size cap: located, in plain words', async () => {
    const dir = planDir({ 'goals/g.yaml': GOAL, 'big.hbs': `${'x'.repeat(3 * 1024 * 1024)}\n` });
    mkdirSync(path.join(dir, 'tpl'));
    const folder = await runCli(['render', 'report', dir, '--locale', 'en', '--template', 'tpl'], { cwd: dir });
    clean(folder);
    expect(folder.stderr).toMatch(/^tpl:1:1 {2}This template cannot be used \(it is a folder\)/m);
    expect(folder.code).toBe(1);
    const big = await runCli(['render', 'report', dir, '--locale', 'en', '--template', 'big.hbs'], { cwd: dir });
    clean(big);
    expect(big.stderr).toMatch(/^big\.hbs:1:1 {2}This template cannot be used \(it is too large\)/m);
    expect(big.stderr).toMatch(/at most 2 MB/);
  });

  it('a FIFO as --baseline: a usage error that says why, no hang', async () => {
    const dir = planDir({ 'goals/g.yaml': GOAL });
    fifo(path.join(dir, 'baseline.json'), '{"mplan-baseline": 1, "findings": []}');
    const r = await runCli(['lint', dir, '--baseline', 'baseline.json'], { cwd: dir });
    clean(r);
    expect(r.stderr).toContain('Could not read the baseline file baseline.json: it is not an ordinary file but a pipe, a device or a socket.');
    expect(r.code).toBe(2);
  });

  it('render --check with mplan.yaml a FIFO: no hang', async () => {
    const dir = planDir({ 'goals/g.yaml': GOAL }, null);
    fifo(path.join(dir, 'mplan.yaml'), 'kind: Plan\nlocale: ja\n');
    const r = await runCli(['render', '--check', dir], { cwd: dir });
    clean(r);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/template\(s\) checked: no problems found/);
  });
});
