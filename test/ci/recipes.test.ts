import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { runCli } from '../helpers/cli.js';
import { Repo } from '../helpers/repo.js';

/**
 * The CI recipes (docs/ci.md, docs/ci/*.yml, .pre-commit-hooks.yaml) are
 * parsed, checked for consistency, and every `mplan …` command in them is run
 * for real, in order, against a git repository holding the exhibition-b2b
 * example — with a base branch `origin/main` and a pull-request branch that
 * changes a KPI target. Nothing is skipped: a command mplan does not know, or
 * one that fails, fails the test.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (rel: string) => readFileSync(path.join(ROOT, rel), 'utf8');
const PKG_VERSION = JSON.parse(read('package.json')).version as string;

const GITHUB = 'docs/ci/github-workflow.yml';
const GITLAB = 'docs/ci/gitlab-ci.yml';
const HOOKS = '.pre-commit-hooks.yaml';
const DOC = 'docs/ci.md';

/** What CI would put in place of its variables, in our test repository. */
const VARIABLES: Array<[RegExp, string]> = [
  [/\$\{\{\s*github\.base_ref\s*\}\}/g, 'main'],
  [/\$CI_MERGE_REQUEST_TARGET_BRANCH_NAME\b/g, 'main'],
];

interface Command {
  source: string;
  line: string;
  argv: string[];
}

function toCommand(source: string, raw: string): Command {
  let line = raw;
  for (const [re, value] of VARIABLES) line = line.replace(re, value);
  // Recipe lines stay plain: no pipes, redirections, chaining or substitutions the test could not run.
  expect(line, `${source}: \`${raw}\` uses shell syntax or an unknown variable`).not.toMatch(/[|<>&;`$'"\\]/);
  return { source, line, argv: line.split(/\s+/).filter(Boolean).slice(1) };
}

/** Every `mplan …` line in the string values of a YAML file (run:, script:, entry:, …). */
function commandsInYaml(source: string, text: string): Command[] {
  const out: Command[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      for (const l of v.split('\n')) if (/^mplan\s/.test(l.trim())) out.push(toCommand(source, l.trim()));
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const doc of parseAllDocuments(text)) {
    expect(doc.errors, `${source} is not valid YAML`).toEqual([]);
    walk(doc.toJS());
  }
  return out;
}

/** Fenced code blocks of a Markdown file, with their info string. */
function codeBlocks(md: string): Array<{ lang: string; body: string }> {
  return [...md.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1]!, body: m[2]! }));
}

/** Every `mplan …` command line in the code blocks of docs/ci.md, in order. */
function commandsInMarkdown(source: string, md: string): Command[] {
  const out: Command[] = [];
  for (const { body } of codeBlocks(md)) {
    for (const raw of body.split('\n')) {
      const l = raw
        .trim()
        .replace(/^(?:-\s+)?(?:run:|entry:|\$)\s*/, '')
        .replace(/^-\s+/, '')
        .replace(/\s+#.*$/, '');
      if (/^mplan\s/.test(l)) out.push(toCommand(source, l));
    }
  }
  return out;
}

/** The files a command says it writes: `--format name=file`, `-o file`, `--write-baseline file`. */
function outputsOf(argv: string[]): Array<{ kind: string; file: string }> {
  const out: Array<{ kind: string; file: string }> = [];
  const formats = argv.flatMap((a, i) => (a === '--format' || a === '-f' ? [argv[i + 1]!] : []));
  for (const f of formats) if (f.includes('=')) out.push({ kind: f.slice(0, f.indexOf('=')), file: f.slice(f.indexOf('=') + 1) });
  argv.forEach((a, i) => {
    if (a === '-o' || a === '--output') out.push({ kind: formats.find((f) => !f.includes('=')) ?? 'default', file: argv[i + 1]! });
    if (a === '--write-baseline') out.push({ kind: 'baseline', file: argv[i + 1]! });
  });
  return out;
}

/** A written output file is what its format promises. */
function expectOutput(kind: string, text: string, where: string): void {
  expect(text.length, `${where}: empty output`).toBeGreaterThan(0);
  if (kind === 'sarif') {
    const sarif = JSON.parse(text);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].tool.driver.name).toMatch(/mplan/i);
  } else if (kind === 'gitlab') {
    expect(Array.isArray(JSON.parse(text)), where).toBe(true);
  } else if (kind === 'junit') {
    expect(text, where).toMatch(/^<\?xml[\s\S]*<testsuites?\b/);
  } else if (kind === 'json') {
    expect(JSON.parse(text), where).toHaveProperty('diagnostics');
  } else if (kind === 'baseline') {
    expect(JSON.parse(text), where).toHaveProperty('mplan-baseline');
  }
}

const docText = read(DOC);
const githubText = read(GITHUB);
const gitlabText = read(GITLAB);
const hooksText = read(HOOKS);

/** All recipe commands, in the order a reader meets them (duplicates kept once). */
function allCommands(): Command[] {
  const seen = new Set<string>();
  return [
    ...commandsInYaml(GITHUB, githubText),
    ...commandsInYaml(GITLAB, gitlabText),
    ...commandsInYaml(HOOKS, hooksText),
    ...commandsInMarkdown(DOC, docText),
  ].filter((c) => !seen.has(c.line) && seen.add(c.line));
}

/** The example plan in a git repository: `origin/main` is the example, HEAD a branch that raises a KPI target. */
async function exampleRepo(): Promise<Repo> {
  const repo = new Repo().example('exhibition-b2b', '.');
  // The recipes check the canonical layout; a team that adopted `mplan fmt` has it.
  expect((await runCli(['fmt'], { cwd: repo.dir })).code).toBe(0);
  const lint = await runCli(['lint'], { cwd: repo.dir });
  expect(lint.code, lint.stdout + lint.stderr).toBe(0);
  repo.commit('plan');
  repo.git('update-ref', 'refs/remotes/origin/main', 'HEAD');
  repo.git('checkout', '-q', '-b', 'raise-sql-target');
  const kpis = readFileSync(path.join(repo.dir, 'kpis/pipeline.yaml'), 'utf8');
  const changed = kpis.replace('target: { value: 10, by: 2028-01-15 }', 'target: { value: 12, by: 2028-01-15 }');
  expect(changed).not.toBe(kpis);
  repo.write({ 'kpis/pipeline.yaml': changed });
  repo.commit('raise the lead-to-SQL target');
  return repo;
}

describe('CI recipe files', () => {
  it('are valid YAML, and docs/ci.md shows each of them verbatim', () => {
    for (const [file, text] of [
      [GITHUB, githubText],
      [GITLAB, gitlabText],
      [HOOKS, hooksText],
    ] as const) {
      for (const doc of parseAllDocuments(text)) expect(doc.errors, file).toEqual([]);
      expect(docText.includes(text), `${DOC} must contain ${file} verbatim (copy the file into the page again)`).toBe(true);
    }
    for (const { lang, body } of codeBlocks(docText)) if (lang === 'yaml') expect(() => parse(body), body).not.toThrow();
  });

  it('the GitHub workflow fetches history, uploads the SARIF file lint writes and comments with the diff it writes', () => {
    const wf = parse(githubText);
    expect(Object.keys(wf.on)).toContain('pull_request');
    const jobs = Object.values(wf.jobs) as Array<{ permissions: Record<string, string>; steps: Array<Record<string, any>> }>;
    expect(jobs).toHaveLength(1);
    const { steps, permissions } = jobs[0]!;
    expect(permissions).toMatchObject({ 'security-events': 'write', 'pull-requests': 'write' });
    const uses = (prefix: string) => steps.filter((s) => typeof s.uses === 'string' && s.uses.startsWith(prefix));
    expect(uses('actions/checkout@')[0]?.with?.['fetch-depth']).toBe(0);
    expect(Number(uses('actions/setup-node@')[0]?.with?.['node-version'])).toBeGreaterThanOrEqual(20);

    const commands = commandsInYaml(GITHUB, githubText);
    const lint = commands.find((c) => c.argv[0] === 'lint')!;
    expect(lint.argv).toEqual(expect.arrayContaining(['--format', 'github']));
    const sarif = outputsOf(lint.argv).find((o) => o.kind === 'sarif')!;
    expect(uses('github/codeql-action/upload-sarif@')[0]?.with?.sarif_file).toBe(sarif.file);

    const diff = commands.find((c) => c.argv[0] === 'diff')!;
    expect(diff.argv).toEqual(expect.arrayContaining(['--format', 'markdown']));
    const diffFile = outputsOf(diff.argv)[0]!.file;
    const comment = uses('actions/github-script@')[0]!;
    expect(comment.with.script).toContain(`'${diffFile}'`);
    expect(comment.if).toContain(`hashFiles('${diffFile}')`);

    expect(commands.some((c) => c.argv.join(' ') === 'fmt --check')).toBe(true);
    // Every step after lint still runs when lint finds errors.
    for (const s of steps.slice(steps.findIndex((s) => String(s.run).startsWith('mplan lint')) + 1)) expect(String(s.if), s.name).toContain('!cancelled()');
  });

  it('the GitLab jobs publish the code-quality and JUnit files lint writes', () => {
    const ci = parse(gitlabText) as Record<string, { script: string[]; variables?: Record<string, unknown>; artifacts?: any }>;
    const job = ci.mplan!;
    const lint = commandsInYaml(GITLAB, job.script.join('\n')).find((c) => c.argv[0] === 'lint')!;
    const outs = outputsOf(lint.argv);
    expect(job.artifacts.reports.codequality).toBe(outs.find((o) => o.kind === 'gitlab')!.file);
    expect(job.artifacts.reports.junit).toBe(outs.find((o) => o.kind === 'junit')!.file);
    expect(job.artifacts.when).toBe('always');
    const diffJob = Object.values(ci).find((j) => j.script?.some((l) => l.startsWith('mplan diff')))!;
    expect(diffJob.variables?.GIT_DEPTH).toBe(0);
    const diff = commandsInYaml(GITLAB, diffJob.script.join('\n'))[0]!;
    expect(diffJob.artifacts.paths).toContain(outputsOf(diff.argv)[0]!.file);
  });

  it('the recipes install the mplan version this repository is', () => {
    const [major, minor] = PKG_VERSION.split('.');
    for (const [file, text] of [
      [GITHUB, githubText],
      [GITLAB, gitlabText],
    ] as const) {
      const pins = [...text.matchAll(/npm install --global mplan@(\S+)/g)].map((m) => m[1]);
      expect(pins.length, file).toBeGreaterThan(0);
      for (const pin of pins) expect(pin, file).toBe(`${major}.${minor}`);
    }
    expect(docText).toContain(`rev: v${PKG_VERSION}`);
  });
});

describe('.pre-commit-hooks.yaml', () => {
  // pre-commit's manifest schema (pre_commit/clientlib.py, MANIFEST_HOOK_DICT).
  const REQUIRED = ['id', 'name', 'entry', 'language'];
  const OPTIONAL = [
    'alias', 'files', 'exclude', 'types', 'types_or', 'exclude_types', 'additional_dependencies', 'args', 'always_run',
    'fail_fast', 'pass_filenames', 'description', 'language_version', 'log_file', 'require_serial', 'stages', 'verbose',
    'minimum_pre_commit_version',
  ];
  const hooks = parse(hooksText) as Array<Record<string, unknown>>;

  it('defines mplan-lint, mplan-validate and mplan-fmt with the keys pre-commit requires', () => {
    expect(Array.isArray(hooks)).toBe(true);
    expect(hooks.map((h) => h.id)).toEqual(['mplan-lint', 'mplan-validate', 'mplan-fmt']);
    for (const h of hooks) {
      for (const k of REQUIRED) expect(typeof h[k], `${h.id}.${k}`).toBe('string');
      for (const k of Object.keys(h)) expect([...REQUIRED, ...OPTIONAL], `${h.id}: unknown key ${k}`).toContain(k);
      expect(h.language).toBe('node');
      expect(h.pass_filenames).toBe(false);
      expect(String(h.entry)).toMatch(/^mplan (lint|validate|fmt)$/);
      const files = new RegExp(String(h.files));
      for (const f of ['mplan.yaml', 'kpis/pipeline.yaml', 'team/roles.yml']) expect(files.test(f), `${h.id} files ~ ${f}`).toBe(true);
      for (const f of ['README.md', 'package.json', 'yaml.txt']) expect(files.test(f), `${h.id} files !~ ${f}`).toBe(false);
    }
  });

  it('the .pre-commit-config.yaml shown in docs/ci.md uses hooks that exist', () => {
    const configs = codeBlocks(docText)
      .filter((b) => b.lang === 'yaml' && /^repos:/m.test(b.body))
      .map((b) => parse(b.body) as { repos: Array<{ repo: string; rev: string; hooks: Array<{ id: string }> }> });
    expect(configs).toHaveLength(1);
    const ids = new Set(hooks.map((h) => h.id));
    for (const r of configs[0]!.repos) for (const h of r.hooks) expect(ids.has(h.id), h.id).toBe(true);
  });
});

describe('every mplan command in the recipes, run against the example plan', () => {
  let repo: Repo;
  const commands = allCommands();

  beforeAll(async () => {
    repo = await exampleRepo();
  });

  it('covers lint, validate, fmt and diff', () => {
    expect(new Set(commands.map((c) => c.argv[0]))).toEqual(new Set(['lint', 'validate', 'fmt', 'diff']));
    expect(commands.length).toBeGreaterThanOrEqual(10);
  });

  for (const c of commands) {
    it(`${c.source}: ${c.line}`, async () => {
      const outputs = outputsOf(c.argv);
      // Each named output must be written by this very line.
      for (const o of outputs) rmSync(path.join(repo.dir, o.file), { force: true });
      // A baseline the recipe reads must have been written by an earlier recipe line.
      const reads = c.argv.indexOf('--baseline');
      if (reads >= 0) expect(existsSync(path.join(repo.dir, c.argv[reads + 1]!)), `${c.line} reads a baseline no earlier line writes`).toBe(true);

      const r = await runCli(c.argv, { cwd: repo.dir });
      expect(r.code, `${c.line}\n${r.stdout}\n${r.stderr}`).toBe(0);
      expect(r.stderr, 'no stack trace').not.toMatch(/\n\s+at /);
      for (const o of outputs) {
        const file = path.join(repo.dir, o.file);
        expect(existsSync(file), `${c.line} did not write ${o.file}`).toBe(true);
        expectOutput(o.kind, readFileSync(file, 'utf8'), `${c.line} → ${o.file}`);
      }
      if (c.argv[0] === 'diff' && outputs.length) {
        // The diff is against the base branch: it shows the pull request's change.
        const md = readFileSync(path.join(repo.dir, outputs[0]!.file), 'utf8');
        expect(md).toContain('lead-to-sql-rate');
        expect(md).toMatch(/10.*→.*12/);
      }
    });
  }

  it('the GitHub lint step fails the job on an error, annotates it and still writes the SARIF file for upload', async () => {
    const broken = await exampleRepo();
    const kpis = readFileSync(path.join(broken.dir, 'kpis/pipeline.yaml'), 'utf8');
    broken.write({ 'kpis/pipeline.yaml': kpis.replace('owner: bdr-lead', 'owner: nobody-yet') });
    const lint = commandsInYaml(GITHUB, githubText).find((c) => c.argv[0] === 'lint')!;
    const r = await runCli(lint.argv, { cwd: broken.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=kpis\/pipeline\.yaml,line=\d+/m);
    const sarif = JSON.parse(readFileSync(path.join(broken.dir, outputsOf(lint.argv).find((o) => o.kind === 'sarif')!.file), 'utf8'));
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
  });
});
