/**
 * The CLI as users run it: `node bin/mplan.js`, i.e. the esbuild bundle in
 * dist/cli-bundle/ (scripts/bundle.mjs), run as a child process. The other
 * CLI tests run the TypeScript sources in-process, so only these catch a
 * broken bundle: a chunk that is missing, a file of mplan's own (schemas/,
 * templates/, docs/, package.json) looked up at the wrong place, a dependency
 * that does not survive bundling. Where it can, each test compares the
 * built CLI's output with the sources' (test/cli/run.ts), byte for byte.
 *
 * The bundle is rebuilt first when it is older than src/ (as `npm run build`
 * would; `npm ci` runs it through `prepare`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliEnv, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = path.join(ROOT, 'bin', 'mplan.js');
const BUNDLE = path.join(ROOT, 'dist', 'cli-bundle');
const EXHIBITION = path.join(ROOT, 'examples', 'exhibition-b2b');
const COFFEE = path.join(ROOT, 'examples', 'd2c-coffee-ja');
const EVERY_RULE = path.join(ROOT, 'test', 'fixtures', 'every-rule');

/** Newest modification time of the files under `dir` whose names end with `ext`. */
function newest(dir: string, ext: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newest(p, ext));
    else if (e.name.endsWith(ext)) t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

function ensureBundle(): void {
  const main = path.join(BUNDLE, 'main.js');
  const sources = Math.max(newest(path.join(ROOT, 'src'), '.ts'), statSync(path.join(ROOT, 'scripts', 'bundle.mjs')).mtimeMs);
  if (existsSync(main) && statSync(main).mtimeMs >= sources) return;
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'bundle.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`scripts/bundle.mjs failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
}

let tmp: string;
/** Where the module trace hook writes, one resolved URL a line. */
let hook: string;

beforeAll(() => {
  ensureBundle();
  tmp = tempDir('mplan-built-cli-');
  // A module hook that records every module the CLI resolves (ESM imports: the bundle's chunks and its externals).
  writeFileSync(
    path.join(tmp, 'trace-resolve.mjs'),
    "import { appendFileSync } from 'node:fs';\nlet file;\nexport function initialize(data) { file = data.file; }\n" +
      'export async function resolve(specifier, context, next) { const r = await next(specifier, context); appendFileSync(file, `${r.url}\\n`); return r; }\n',
  );
  hook = path.join(tmp, 'trace-hook.mjs');
  writeFileSync(
    hook,
    "import { register } from 'node:module';\nregister('./trace-resolve.mjs', import.meta.url, { data: { file: process.env.MPLAN_TRACE_FILE } });\n",
  );
});


interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the built CLI in a child process, in the environment runCli gives (test/helpers/cli.ts) plus PATH. */
function mplan(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; node?: string[] } = {}): Run {
  const r = spawnSync(process.execPath, [...(options.node ?? []), BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env.PATH, ...cliEnv(options.env) },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The modules a run of the built CLI loads. */
function modulesLoaded(args: string[]): { run: Run; urls: string[] } {
  const file = path.join(tmp, `trace-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(file, '');
  const run = mplan(args, { node: ['--import', hook], env: { MPLAN_TRACE_FILE: file } });
  const urls = [...new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean))];
  return { run, urls };
}

const bundleFiles = (urls: string[]) => urls.filter((u) => u.startsWith('file:') && fileURLToPath(u).startsWith(BUNDLE + path.sep));
const holds = (urls: string[], text: string) => bundleFiles(urls).some((u) => readFileSync(fileURLToPath(u), 'utf8').includes(text));

/** No stack trace, no "could not start". */
function clean(r: Run): void {
  expect(r.stderr).not.toMatch(/\n\s+at .*[(:]\d|could not start|internal error/);
}

describe('the built CLI (node bin/mplan.js → dist/cli-bundle)', () => {
  it('every chunk a bundle file imports exists', () => {
    const files = readdirSync(BUNDLE).filter((f) => f.endsWith('.js'));
    expect(files).toContain('main.js');
    const missing: string[] = [];
    for (const f of files) {
      for (const m of readFileSync(path.join(BUNDLE, f), 'utf8').matchAll(/["'](\.\/[^"']+\.js)["']/g)) {
        if (!existsSync(path.join(BUNDLE, m[1]!))) missing.push(`${f} → ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('--version prints the version from package.json', () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const r = mplan([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`${version}\n`);
      expect(r.stderr).toBe('');
    }
  });

  it('--help is the same as from the sources, in English and in Japanese, and loads neither yaml nor handlebars', async () => {
    for (const env of [{}, { LANG: 'ja_JP.UTF-8' }]) {
      const r = mplan(['--help'], { env });
      const expected = await runCli(['--help'], { cwd: ROOT, env });
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(expected.stdout);
      expect(r.stdout).toMatch(/^(Usage|使い方): mplan/);
      for (const cmd of ['validate', 'lint', 'render', 'explain', 'init', 'schema']) expect(r.stdout).toContain(`  ${cmd}`);
      clean(r);
    }
    const { run, urls } = modulesLoaded(['--help']);
    expect(run.code).toBe(0);
    expect(bundleFiles(urls).length).toBeGreaterThan(0); // the trace works
    expect(urls.filter((u) => u.includes('/node_modules/'))).toEqual([]);
    expect(holds(urls, 'node_modules/yaml/')).toBe(false);
  });

  it('lint: a clean example exits 0; the every-rule fixture exits 1 with the same JSON as from the sources', async () => {
    const ok = mplan(['lint', EXHIBITION]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('No problems found');
    clean(ok);

    const args = ['lint', EVERY_RULE, '--format', 'json'];
    const r = mplan(args);
    const expected = await runCli(args, { cwd: ROOT });
    expect(r.code).toBe(1);
    expect(expected.code).toBe(1);
    expect(r.stdout).toBe(expected.stdout);
    expect(JSON.stringify(JSON.parse(r.stdout))).toContain('kpi-no-stage');
    clean(r);
  });

  it('lint loads the yaml parser but not handlebars (render’s) nor ajv (the run-time schema compile)', () => {
    const { run, urls } = modulesLoaded(['lint', EXHIBITION]);
    expect(run.code).toBe(0);
    expect(holds(urls, 'node_modules/yaml/')).toBe(true);
    expect(urls.filter((u) => /\/node_modules\/(handlebars|ajv)\//.test(u))).toEqual([]);
  });

  it('validate (Japanese example) exits 0 and speaks Japanese', () => {
    const r = mplan(['validate', COFFEE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('問題は見つかりませんでした');
    clean(r);
  });

  it('render report finds the built-in templates (en and ja) and writes what the sources write', async () => {
    for (const [plan, name] of [
      [EXHIBITION, 'exhibition'],
      [COFFEE, 'coffee'],
    ] as const) {
      const built = path.join(tmp, `${name}-built.md`);
      const fromSources = path.join(tmp, `${name}-src.md`);
      const r = mplan(['render', 'report', plan, '-o', built]);
      expect(r.code, r.stderr).toBe(0);
      clean(r);
      expect((await runCli(['render', 'report', plan, '-o', fromSources], { cwd: ROOT })).code).toBe(0);
      const text = readFileSync(built, 'utf8');
      expect(text.length).toBeGreaterThan(1000);
      expect(text).toBe(readFileSync(fromSources, 'utf8'));
    }
    const { urls } = modulesLoaded(['render', 'report', EXHIBITION, '-o', path.join(tmp, 'traced.md')]);
    expect(urls.some((u) => u.includes('/node_modules/handlebars/'))).toBe(true);
  });

  it('explain prints the rule’s page from docs/ (and the Japanese page with --lang ja)', () => {
    const r = mplan(['explain', 'kpi-no-stage']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(path.join(ROOT, 'docs', 'rules', 'kpi-no-stage.md'), 'utf8'));
    clean(r);
    const ja = path.join(ROOT, 'docs', 'ja', 'rules', 'kpi-no-stage.md');
    const rj = mplan(['explain', 'kpi-no-stage', '--lang', 'ja']);
    expect(rj.code).toBe(0);
    expect(rj.stdout).toBe(readFileSync(existsSync(ja) ? ja : path.join(ROOT, 'docs', 'rules', 'kpi-no-stage.md'), 'utf8'));
  });

  it('init writes the starter plan from templates/init, and it validates', () => {
    for (const locale of ['en', 'ja']) {
      const dir = path.join(tmp, `init-${locale}`);
      const r = mplan(['init', dir, '--locale', locale]);
      expect(r.code, r.stderr).toBe(0);
      clean(r);
      expect(existsSync(path.join(dir, 'mplan.yaml'))).toBe(true);
      const shipped = readdirSync(path.join(ROOT, 'templates', 'init', locale), { recursive: true }).filter((f) => String(f).endsWith('.yaml'));
      for (const f of shipped) expect(existsSync(path.join(dir, String(f))), String(f)).toBe(true);
      expect(mplan(['validate', dir]).code).toBe(0);
    }
  });

  it('schema --out writes the same schema files as the sources', async () => {
    const built = path.join(tmp, 'schemas-built');
    const fromSources = path.join(tmp, 'schemas-src');
    const r = mplan(['schema', '--out', built]);
    expect(r.code, r.stderr).toBe(0);
    clean(r);
    expect((await runCli(['schema', '--out', fromSources], { cwd: ROOT })).code).toBe(0);
    const files = readdirSync(built).sort();
    expect(files).toEqual(readdirSync(fromSources).sort());
    expect(files.filter((f) => f.endsWith('.schema.json')).length).toBeGreaterThanOrEqual(readdirSync(path.join(ROOT, 'schemas')).filter((f) => f.endsWith('.schema.json')).length);
    for (const f of files) expect(readFileSync(path.join(built, f), 'utf8'), f).toBe(readFileSync(path.join(fromSources, f), 'utf8'));
  });

  it('a usage error is exit 2 with a plain message, no stack trace', () => {
    const r = mplan(['lnit']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('lint');
    clean(r);
  });
});
