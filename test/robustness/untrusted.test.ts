/**
 * Untrusted repositories and inputs that must never hang or crash mplan
 * (issue 14, items 8–17): plugins are code from the repo, caches and
 * templates come from the repo, links may point anywhere, files may be
 * FIFOs or devices, patterns may backtrack. Every case runs in a temp
 * folder made here (FIFOs with mkfifo, never the machine's /dev).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { Repo } from '../helpers/repo.js';
import { runCli } from '../helpers/cli.js';
import { OUTPUT_LIMIT } from '../../src/render/engine.js';
import { runJson } from '../helpers/cli.js';
import { writePlan, MINIMAL_PLAN as PLAN } from '../helpers/plan.js';
import { hasStackTrace } from './helpers.js';

/** A folder outside any plan holding these files (link targets). */
function outsideDir(files: Record<string, string>): string {
  return writePlan(files, null);
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
    const dir = writePlan({ 'g.yaml': `kind: Goal\nid: g-1\nname: G\nstatement: ${'a'.repeat(5000)}!\n` }, custom('^(a|a)*b$'));
    const r = await runJson(['lint', dir], dir);
    clean(r);
    expect(r.diagnostics.filter((d) => d.rule === 'plain-statement').map((d) => `${d.file}:${d.line}`)).toEqual(['g.yaml:4']);
    expect(r.code).toBe(1);
  });

  it('syntax only a backtracking engine supports (look-ahead) is refused at load, located at the pattern, en and ja', async () => {
    const dir = writePlan({ 'g.yaml': GOAL }, custom('^(?=.*buyers).*$'));
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
    const dir = writePlan({ 'goals/g.yaml': GOAL });
    symlinkSync(outsideFolder(), path.join(dir, 'shared'));
    symlinkSync('/', path.join(dir, 'goals', 'everything'));
    symlinkSync(path.join(dir, 'goals'), path.join(dir, 'goals-again'));
    const r = await runJson(['validate', dir], dir);
    clean(r);
    expect(r.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.severity}`)).toEqual([
      'goals-again/everything:1:1 symlink-outside warn',
      'goals-again/g.yaml:2:5 id-duplicate error', // the same goal, read twice through the inside link
      'goals/everything:1:1 symlink-outside warn',
      'goals/g.yaml:2:5 id-duplicate error', // a duplicate id is reported at both places
      'shared:1:1 symlink-outside warn',
    ]);
    expect(r.diagnostics[0]!.message).toMatch(/outside the plan folder \(\/\)/);
    expect(r.diagnostics[0]!.hint).toMatch(/lint\.ignore/);
    const ja = await runJson(['validate', dir, '--lang', 'ja'], dir);
    expect(ja.diagnostics[0]!.message).toMatch(/計画フォルダの外/);
  });

  it('test-rules: a rules-tests case that is a link out of the plan is not read', async () => {
    const dir = writePlan(
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
    const dir = writePlan({ 'goals/g.yaml': GOAL, 'templates/en/.keep': '' });
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
    const dir = writePlan({ 'goals/g.yaml': GOAL, 'templates/en/partials/.keep': '' });
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
    const dir = writePlan({ 'goals/g.yaml': GOAL, 'shared/report.hbs': '# Our own report\n' });
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
    const dir = writePlan({ 'goals/g.yaml': GOAL });
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
    const dir = writePlan({ 'goals/g.yaml': GOAL, 'big.hbs': `${'x'.repeat(3 * 1024 * 1024)}\n` });
    mkdirSync(path.join(dir, 'tpl'));
    const folder = await runCli(['render', 'report', dir, '--locale', 'en', '--template', 'tpl'], { cwd: dir });
    clean(folder);
    expect(folder.stderr).toMatch(/^tpl:1:1 {2}This template cannot be used \(it is a folder\)/m);
    expect(folder.code).toBe(1);
    const big = await runCli(['render', 'report', dir, '--locale', 'en', '--template', 'big.hbs'], { cwd: dir });
    clean(big);
    expect(big.stderr).toMatch(/^big\.hbs:1:1 {2}This template cannot be used \(the file is too large\)/m);
    expect(big.stderr).toMatch(/at most 2 MB/);
  });

  it('a FIFO as --baseline: a usage error that says why, no hang', async () => {
    const dir = writePlan({ 'goals/g.yaml': GOAL });
    fifo(path.join(dir, 'baseline.json'), '{"mplan-baseline": 1, "findings": []}');
    const r = await runCli(['lint', dir, '--baseline', 'baseline.json'], { cwd: dir });
    clean(r);
    expect(r.stderr).toContain('Could not read the baseline file baseline.json: it is not an ordinary file but a pipe, a device or a socket.');
    expect(r.code).toBe(2);
  });

  it('render --check with mplan.yaml a FIFO: no hang', async () => {
    const dir = writePlan({ 'goals/g.yaml': GOAL }, null);
    fifo(path.join(dir, 'mplan.yaml'), 'kind: Plan\nlocale: ja\n');
    const r = await runCli(['render', '--check', dir], { cwd: dir });
    clean(r);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/templates checked: no problems found/);
  });
});

/** A plugin that leaves a file named `ran-<tag>` beside itself when it is loaded, and reports every Goal. */
const markingPlugin = (tag: string, message = 'Seen by the plugin.') => `
import { writeFileSync } from 'node:fs';
writeFileSync(new URL('./ran-${tag}', import.meta.url), '');
export const rules = [{
  meta: { id: 'every-goal', severity: 'warn', messages: { seen: { en: ${JSON.stringify(message)} } } },
  check({ model, report }) { for (const g of model.ofKind('Goal')) report({ target: g, messageId: 'seen' }); },
}];
`;

describe('plugins are code from the repo (item 8)', () => {
  it('--help of lint, diff, render, rules and test-rules says so and offers --no-plugins (en, ja)', async () => {
    for (const cmd of ['lint', 'diff', 'render', 'rules', 'test-rules']) {
      const en = await runCli([cmd, '--help'], { cwd: tmpdir() });
      expect(en.stdout.replace(/\s+/g, ' '), cmd).toMatch(/--no-plugins\s+do not run the plan's plugins \(lint\.plugins\): they are JavaScript from the plan repository/);
      const ja = await runCli([cmd, '--help', '--lang', 'ja'], { cwd: tmpdir() });
      expect(ja.stdout.replace(/\s+/g, ' '), cmd).toMatch(/--no-plugins\s+計画のプラグイン（lint\.plugins）を実行しません/);
    }
  });

  it('a plugin path leading out of the plan repository is refused, located, and never run', async () => {
    const elsewhere = outsideDir({ 'x.mjs': markingPlugin('outside') });
    const dir = writePlan({ 'g.yaml': GOAL }, planWithLint(`plugins:\n  - ${JSON.stringify(path.join(elsewhere, 'x.mjs'))}\n  - ${JSON.stringify(path.relative(tmpdir(), elsewhere) === '' ? '' : `../${path.basename(elsewhere)}/x.mjs`)}`));
    const r = await runJson(['lint', dir], dir);
    clean(r);
    expect(existsSync(path.join(elsewhere, 'ran-outside'))).toBe(false);
    expect(r.diagnostics.filter((d) => d.rule === 'plugin-outside').map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual(['mplan.yaml:7:7', 'mplan.yaml:8:7']);
    expect(r.diagnostics.find((d) => d.rule === 'plugin-outside')!.hint).toMatch(/put the plugin file in the plan repository/);
    expect(r.code).toBe(1);
  });

  it('--no-plugins: nothing is run, one located note says so, and lint.rules for plugin rules is no error', async () => {
    const dir = writePlan({ 'g.yaml': GOAL, 'p.mjs': markingPlugin('lint') }, planWithLint('plugins: [./p.mjs]\nrules:\n  every-goal: error'));
    const r = await runJson(['lint', dir, '--no-plugins'], dir);
    clean(r);
    expect(existsSync(path.join(dir, 'ran-lint'))).toBe(false);
    expect(r.diagnostics.filter((d) => d.file === 'mplan.yaml' && d.rule !== 'no-executive-sponsor').map((d) => `${d.line}:${d.column} ${d.rule} ${d.severity}`)).toEqual(['6:12 plugins-not-run info']);
    const ja = await runJson(['lint', dir, '--no-plugins', '--lang', 'ja'], dir);
    expect(ja.diagnostics.find((d) => d.rule === 'plugins-not-run')!.message).toMatch(/実行していません/);
    // Without it, the plugin runs as before.
    const withPlugins = await runJson(['lint', dir], dir);
    expect(existsSync(path.join(dir, 'ran-lint'))).toBe(true);
    expect(withPlugins.diagnostics.some((d) => d.rule === 'every-goal')).toBe(true);
  });

  it('render runs plugins only for the report, whose findings section uses them', async () => {
    const dir = writePlan({ 'g.yaml': GOAL, 'p.mjs': markingPlugin('render') }, planWithLint('plugins: [./p.mjs]'));
    const kpis = await runCli(['render', 'kpis', dir, '--locale', 'en'], { cwd: dir });
    clean(kpis);
    expect(kpis.code).toBe(0);
    expect(existsSync(path.join(dir, 'ran-render'))).toBe(false);
    const noPlugins = await runCli(['render', 'report', dir, '--locale', 'en', '--no-plugins'], { cwd: dir });
    expect(noPlugins.code).toBe(0);
    expect(existsSync(path.join(dir, 'ran-render'))).toBe(false);
    const report = await runCli(['render', 'report', dir, '--locale', 'en'], { cwd: dir });
    expect(report.code).toBe(0);
    expect(existsSync(path.join(dir, 'ran-render'))).toBe(true);
  });

  it('diff and lint --since judge the base revision with its own plugin, not the working tree\'s', async () => {
    const repo = new Repo();
    repo.write({ 'mplan.yaml': planWithLint('plugins: [./rules/p.mjs]'), 'g.yaml': GOAL, 'rules/p.mjs': markingPlugin('base', 'Old policy.') }).commit('old policy');
    // The working tree's plugin no longer reports anything.
    repo.write({ 'rules/p.mjs': 'export const rules = [{ meta: { id: "every-goal", severity: "warn", messages: { seen: { en: "x" } } }, check() {} }];\n' });
    const diff = await runCli(['diff', 'HEAD', '--format', 'json'], { cwd: repo.dir });
    expect(diff.stderr).toBe('');
    const report = JSON.parse(diff.stdout) as { findings: { introduced: Array<{ rule: string }>; resolved: Array<{ rule: string; message: string }> } };
    expect(report.findings.resolved.filter((d) => d.rule === 'every-goal')).toHaveLength(1);
    expect(report.findings.introduced.filter((d) => d.rule === 'every-goal')).toEqual([]);
    // The base's plugin ran from a copy of the revision, not in the work tree.
    expect(existsSync(path.join(repo.dir, 'rules', 'ran-base'))).toBe(false);
    // --since: the quiet plugin is committed, the working tree's reports again: that finding is new.
    repo.commit('quiet policy');
    repo.write({ 'rules/p.mjs': markingPlugin('head', 'New policy.') });
    const since = await runCli(['lint', '--since', 'HEAD', '--format', 'json'], { cwd: repo.dir });
    const found = (JSON.parse(since.stdout) as { diagnostics: Array<{ rule: string; message: string }> }).diagnostics.filter((d) => d.rule === 'every-goal');
    expect(found.map((d) => d.message)).toEqual(['New policy.']);
  });
});

describe('a plugin that never finishes loading (item 9)', () => {
  it('is a located error after the time limit, and lint fails with every other finding printed', async () => {
    vi.stubEnv('MPLAN_PLUGIN_TIMEOUT', '1');
    try {
      const dir = writePlan({ 'g.yaml': 'kind: Goal\nid: BAD ID\n', 'p.mjs': 'await new Promise(() => {});\nexport const rules = [];\n' }, planWithLint('plugins: [./p.mjs]'));
      const r = await runJson(['lint', dir, '--lang', 'ja'], dir);
      clean(r);
      expect(r.code).toBe(1);
      const late = r.diagnostics.find((d) => d.rule === 'plugin-load-timeout')!;
      expect(`${late.file}:${late.line}:${late.column}`).toBe('mplan.yaml:6:13');
      expect(late.message).toBe('プラグイン `./p.mjs` の読み込みが 1 秒以内に終わらなかったため、そのルールは実行していません。');
      expect(r.diagnostics.some((d) => d.file === 'g.yaml' && d.severity === 'error')).toBe(true);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('a run that does not finish never exits 0 (item 9)', () => {
  it('bin/mplan.js: a plugin that ends the process mid-run gives exit 2 and says the run did not finish (en, ja)', () => {
    const dir = writePlan({ 'g.yaml': 'kind: Goal\nid: BAD ID\n', 'p.mjs': 'process.exit(0);\nexport const rules = [];\n' }, planWithLint('plugins: [./p.mjs]'));
    const bin = path.resolve(import.meta.dirname, '..', '..', 'bin', 'mplan.js');
    for (const [lang, words] of [
      ['en_US.UTF-8', 'the run stopped before it finished'],
      ['ja_JP.UTF-8', '実行が完了しないまま終了しました'],
    ] as const) {
      const r = spawnSync(process.execPath, [bin, 'lint', dir], { encoding: 'utf8', env: { PATH: process.env.PATH, LANG: lang } });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(words);
    }
  });
});

describe('a cache from the repository is never trusted (item 10)', () => {
  const CACHE = '.mplan-cache.json';
  const hashOf = (text: string) => createHash('sha256').update(text).digest('base64');

  it('a committed cache, forged to match an edited file, is ignored with a located warning; the error is found', async () => {
    const repo = new Repo();
    repo.write({ 'mplan.yaml': PLAN, 'g.yaml': GOAL });
    expect((await runCli(['lint', '--cache'], { cwd: repo.dir })).code).toBe(0);
    // What a hostile commit does: break the file, and write its new hash into the cache.
    const bad = GOAL.replace('id: g-1', 'id: BAD ID');
    repo.write({ 'g.yaml': bad, [CACHE]: readFileSync(path.join(repo.dir, CACHE), 'latin1').replace(hashOf(GOAL), hashOf(bad)) });
    repo.commit('cache included');
    const cacheBefore = readFileSync(path.join(repo.dir, CACHE));
    const r = await runCli(['lint', '--cache', '--format', 'json'], { cwd: repo.dir });
    const ds = (JSON.parse(r.stdout) as { diagnostics: Array<{ rule: string; file: string; line: number; column: number; severity: string; message: string; hint?: string }> }).diagnostics;
    expect(ds.filter((d) => d.rule === 'id-invalid').map((d) => `${d.file}:${d.line}`)).toEqual(['g.yaml:2']);
    const w = ds.find((d) => d.rule === 'cache-tracked')!;
    expect(`${w.file}:${w.line}:${w.column} ${w.severity}`).toBe('.mplan-cache.json:1:1 warn');
    expect(w.hint).toContain('git rm --cached .mplan-cache.json');
    expect(r.code).toBe(1);
    // Never rewritten while git tracks it (a new one would only be committed again).
    expect(readFileSync(path.join(repo.dir, CACHE)).equals(cacheBefore)).toBe(true);
    const ja = await runCli(['lint', '--cache', '--format', 'json', '--lang', 'ja'], { cwd: repo.dir });
    expect(ja.stdout).toContain('git にコミットされているため');
  });

  it('findings in a cache pointing outside the plan or at impossible lines are not printed: the file is read again', async () => {
    const dir = writePlan({ 'bad.yaml': 'kind: Goal\nid: g-1\nname: [unclosed\n' });
    const first = await runJson(['lint', dir, '--cache'], dir);
    const syntax = first.diagnostics.find((d) => d.rule === 'yaml-syntax')!;
    expect(syntax.file).toBe('bad.yaml');
    const text = readFileSync(path.join(dir, CACHE), 'latin1');
    const forged = text.replace(`"file":"bad.yaml","line":${syntax.line}`, '"file":"../../../etc/passwd","line":1e+300');
    expect(forged).not.toBe(text);
    writeFileSync(path.join(dir, CACHE), forged, 'latin1');
    const r = await runJson(['lint', dir, '--cache'], dir);
    clean(r);
    expect(r.diagnostics.filter((d) => d.rule === 'yaml-syntax').map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual([`bad.yaml:${syntax.line}:${syntax.column}`]);
    expect(r.stdout).not.toContain('passwd');
  });
});

describe('no internal errors on odd but possible input (item 15)', () => {
  it('160,000 findings print, as stylish and as JSON (no "Maximum call stack size exceeded")', async () => {
    const flood = `export const rules = [{
  meta: { id: 'flood', severity: 'warn', messages: { m: { en: 'Finding {{n}}.' } } },
  check({ model, report }) { const g = model.ofKind('Goal')[0]; for (let n = 0; n < 160000; n++) report({ target: g, messageId: 'm', data: { n } }); },
}];\n`;
    const dir = writePlan({ 'g.yaml': GOAL, 'p.mjs': flood }, planWithLint('plugins: [./p.mjs]'));
    const stylish = await runCli(['lint', dir, '--no-color'], { cwd: dir });
    clean(stylish);
    expect(stylish.code).toBe(0);
    expect(stylish.stdout).toContain('Finding 159999.');
    const json = await runJson(['lint', dir], dir);
    expect(json.diagnostics.filter((d) => d.rule === 'flood')).toHaveLength(160000);
  }, 180_000); // a time cap for a slow machine, not a speed check

  it('lint.ignore with an empty glob', async () => {
    const dir = writePlan({ 'g.yaml': GOAL }, planWithLint('ignore: [""]'));
    const r = await runJson(['lint', dir], dir);
    clean(r);
    expect(r.diagnostics.some((d) => d.file === 'g.yaml')).toBe(true);
  });

  it('a plugin message id `__proto__` is a located plugin error, and a rule throwing a Proxy or an object whose toString throws is a located crash', async () => {
    const proto = "export const rules = [{ meta: { id: 'proto-msg', severity: 'warn', messages: JSON.parse('{\"__proto__\": {\"en\": \"x\"}}') }, check({ model, report }) { for (const g of model.ofKind('Goal')) report({ target: g, messageId: '__proto__' }); } }];\n";
    const throwing = `export const rules = [
  { meta: { id: 'throws-proxy', severity: 'warn', messages: { m: { en: 'x' } } }, check() { throw new Proxy({}, { get() { throw new Error('trap'); }, getPrototypeOf() { throw new Error('trap'); } }); } },
  { meta: { id: 'throws-odd', severity: 'warn', messages: { m: { en: 'x' } } }, check() { throw { toString() { throw new Error('nope'); } }; } },
];\n`;
    const dir = writePlan({ 'g.yaml': GOAL, 'p1.mjs': proto, 'p2.mjs': throwing }, planWithLint('plugins: [./p1.mjs, ./p2.mjs]'));
    const r = await runJson(['lint', dir], dir);
    clean(r);
    expect(r.diagnostics.filter((d) => d.file === 'mplan.yaml' && d.rule !== 'no-executive-sponsor').map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual([
      '6:13 plugin-bad-rule',
      '6:23 rule-crashed',
      '6:23 rule-crashed',
    ]);
    expect(r.code).toBe(1);
  });
});

describe('render output has a size cap (item 16)', () => {
  it('a document past the cap is not written, and the message says why and what to check (en, ja)', async () => {
    const saved = OUTPUT_LIMIT.maxChars;
    OUTPUT_LIMIT.maxChars = 10_000; // the real cap is 128 MB: the same check, on a small template
    try {
      const dir = writePlan({ 'g.yaml': GOAL, 'loop.hbs': `${'Repeated text. '.repeat(1000)}\n` });
      const r = await runCli(['render', 'report', dir, '--locale', 'en', '--template', 'loop.hbs', '-o', 'out.md'], { cwd: dir });
      clean(r);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^loop\.hbs:1:1 {2}This template makes a document of more than 0 MB, so nothing was written\./m);
      expect(r.stderr).toContain('inside another');
      expect(existsSync(path.join(dir, 'out.md'))).toBe(false);
      const ja = await runCli(['render', 'report', dir, '--locale', 'en', '--template', 'loop.hbs', '--lang', 'ja'], { cwd: dir });
      expect(ja.stderr).toContain('何も書き出しませんでした');
      expect(ja.stdout).toBe('');
    } finally {
      OUTPUT_LIMIT.maxChars = saved;
    }
  });
});

describe('output and messages (item 17)', () => {
  it('a complex key is located where it is, with no raw Node warning', async () => {
    const warn = vi.spyOn(process, 'emitWarning');
    try {
      const dir = writePlan({ 'g.yaml': `${GOAL}? [a, b]\n: c\n` });
      const r = await runJson(['validate', dir], dir);
      clean(r);
      expect(r.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual(['g.yaml:5:3 yaml-complex-key']);
      expect(r.diagnostics[0]!.hint).toMatch(/plain text followed by a colon/);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it('--format github writes no raw control characters from plan text', async () => {
    const dir = writePlan({ 'g.yaml': GOAL.replace('id: g-1', 'id: "G\\e[31m1\\a"') });
    const r = await runCli(['lint', dir, '--format', 'github'], { cwd: dir });
    expect(r.stdout).toContain('G\\u001b[31m1\\u0007');
    expect(/[\u0000-\u0009\u000b-\u001f\u007f]/.test(r.stdout)).toBe(false);
  });

  it('-o newdir/ is a usage error and writes nothing', async () => {
    const dir = writePlan({ 'g.yaml': GOAL });
    const r = await runCli(['lint', dir, '-o', 'newdir/'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('`newdir/` is a folder');
    expect(existsSync(path.join(dir, 'newdir'))).toBe(false);
  });

  it('--since "" is refused, a missing folder is named as missing, and a repository with no commit is told so', async () => {
    const repo = new Repo();
    repo.write({ 'mplan.yaml': PLAN, 'g.yaml': GOAL });
    const noCommit = await runCli(['lint', '--since', 'main'], { cwd: repo.dir });
    expect(noCommit.code).toBe(2);
    expect(noCommit.stderr).toContain('This repository has no commit yet');
    expect(noCommit.stderr).not.toContain('fetch');
    repo.commit('first');
    const empty = await runCli(['lint', '--since', ''], { cwd: repo.dir });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('is not a git revision');
    const missing = await runCli(['diff', 'main', 'HEAD', 'no-such-folder'], { cwd: repo.dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/The folder .*no-such-folder does not exist/);
    expect(missing.stderr).not.toContain('git repository');
  });
});
