/**
 * Use case: `mplan test-rules`, RuleTester for a plan's own rules. Fixture cases are
 * small plans laid out as
 *
 *   rules-tests/<rule-id>/valid/<case>/*.yaml     must give no finding of the rule
 *   rules-tests/<rule-id>/invalid/<case>/*.yaml   must give exactly the expected ones
 *
 * An invalid case lists what it expects in `expected.yaml`
 * (`- { rule, file, line, column?, messageId? }`) or with `# expect: <rule-id>`
 * comments on the offending lines. A case without an mplan.yaml gets a
 * minimal Plan. The rules come from the plan under test (its lint.custom and
 * lint.plugins), so the fixtures test exactly what CI runs. Each case goes
 * through the one assembly of the pipeline (./pipeline.ts) with the rule
 * under test alone.
 */
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { MAX_DATA_BYTES, readRegularText } from '../util/read.js';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Diagnostic } from '../diagnostics/types.js';
import { loadPlan, readPlanFile } from '../load/index.js';
import type { LoadedPlan, SourceFile } from '../load/index.js';
import { parseFile } from '../load/parse.js';
import { PLAN_FILE_NAMES, findPlanRoot } from '../load/root.js';
import { isInside, walkPlan } from '../load/walk.js';
import type { Rule } from '../rules/types.js';
import { asObject } from '../rules/util.js';
import { didYouMean } from '../util/suggest.js';
import type { PluginOptions } from '../policy/plugins.js';
import { pushAll } from '../util/array.js';
import { assemble } from './pipeline.js';

export const DEFAULT_TESTS_DIR = 'rules-tests';
const EXPECTED_FILES = ['expected.yaml', 'expected.yml'];
const MINIMAL_PLAN = 'kind: Plan\nid: rule-test\nname: Rule test\nversion: 1\n';

export interface Expected {
  file: string;
  line: number;
  column?: number;
  messageId?: string;
}

/** One line of a failed case: a message id of the policy catalog, and what it is about. */
export interface CaseProblem {
  messageId: string;
  data?: Record<string, string | number>;
  /** The finding or expectation it is about, when there is one. */
  finding?: Diagnostic;
  expected?: Expected;
}

export interface CaseResult {
  rule: string;
  group: 'valid' | 'invalid';
  name: string;
  /** The case folder, relative to the plan root. */
  dir: string;
  ok: boolean;
  problems: CaseProblem[];
}

export interface RuleTestRun {
  root: string;
  testsDir: string;
  /** Config errors of the plan under test (a plugin that does not load…): the run fails. */
  configProblems: Diagnostic[];
  results: CaseResult[];
  /** All rules of the plan, for localizing findings. */
  rules: ReadonlyMap<string, Rule>;
  /** The plan's `locale`, for choosing the language. */
  locale: unknown;
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** The folders in `p`; a link is followed only to a folder inside the plan root (`rootReal`), never to `/` or `/usr`. */
function subdirs(p: string, rootReal: string): string[] {
  if (!isDir(p)) return [];
  return readdirSync(p, { withFileTypes: true })
    .filter((e) => e.isDirectory() || (e.isSymbolicLink() && isDir(path.join(p, e.name)) && isInside(rootReal, realpathSync(path.join(p, e.name)))))
    .map((e) => e.name)
    .sort();
}

const rel = (root: string, p: string) => path.relative(root, p).split(path.sep).join('/') || '.';

/** Read a case folder as a plan; one without an mplan.yaml gets a minimal Plan document. */
export function loadCase(dir: string): LoadedPlan {
  if (PLAN_FILE_NAMES.some((n) => existsSync(path.join(dir, n)))) return loadPlan(dir, { ignore: EXPECTED_FILES });
  const walked = walkPlan(dir, EXPECTED_FILES);
  const diagnostics = [...walked.diagnostics];
  const plan = parseFile('mplan.yaml', path.join(dir, 'mplan.yaml'), MINIMAL_PLAN);
  const files: SourceFile[] = plan.file ? [plan.file] : [];
  for (const f of walked.files) {
    const r = readPlanFile(f.rel, f.abs);
    pushAll(diagnostics, r.diagnostics);
    if (r.file) files.push(r.file);
  }
  return { root: dir, planFile: 'mplan.yaml', files, diagnostics };
}

/** Expectations from `# expect: rule-a, rule-b` comments on the offending lines. */
export function expectFromComments(files: readonly SourceFile[], ruleId: string): Expected[] {
  const out: Expected[] = [];
  for (const f of files) {
    f.text.split(/\r?\n/).forEach((l, i) => {
      const m = /#\s*expect:\s*([\w\s,-]+)$/.exec(l);
      if (m && m[1]!.split(/[\s,]+/).includes(ruleId)) out.push({ file: f.path, line: i + 1 });
    });
  }
  return out;
}

/** Expectations from expected.yaml; a string when the file is not a list of `{ rule?, file, line, column?, messageId? }`. */
function expectFromFile(file: string, ruleId: string): Expected[] | 'bad' {
  let value: unknown;
  try {
    value = parseYaml(readRegularText(file, MAX_DATA_BYTES));
  } catch {
    return 'bad';
  }
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) return 'bad';
  const out: Expected[] = [];
  for (const item of value) {
    const o = asObject(item);
    if (!o || typeof o.file !== 'string' || !Number.isInteger(o.line)) return 'bad';
    if (o.rule !== undefined && o.rule !== ruleId) return 'bad';
    if (o.column !== undefined && !Number.isInteger(o.column)) return 'bad';
    if (o.messageId !== undefined && typeof o.messageId !== 'string') return 'bad';
    out.push({
      file: o.file,
      line: o.line as number,
      ...(o.column !== undefined ? { column: o.column as number } : {}),
      ...(o.messageId !== undefined ? { messageId: o.messageId as string } : {}),
    });
  }
  return out;
}

function matches(e: Expected, d: Diagnostic): boolean {
  return e.file === d.file && e.line === d.line && (e.column === undefined || e.column === d.column) && (e.messageId === undefined || e.messageId === d.messageId);
}

/** Run one rule over one case and compare with what the case expects. */
export async function runCase(rule: Rule, caseDir: string, group: 'valid' | 'invalid'): Promise<CaseProblem[]> {
  const loaded = loadCase(caseDir);
  const run = await assemble(loaded, {}, { until: 'findings', only: rule, haltOn: (d) => d.severity === 'error' });
  if (run.halted) {
    const broken = run.diagnostics.filter((d) => d.severity === 'error');
    return [{ messageId: 'test-rules-invalid-fixture' }, ...broken.map((d) => ({ messageId: 'finding', finding: d }))];
  }
  const id = rule.meta.id;
  const found = run.findings.filter((d) => d.rule === id || d.rule === 'rule-crashed');
  let expected: Expected[] = [];
  if (group === 'invalid') {
    const file = EXPECTED_FILES.map((n) => path.join(caseDir, n)).find((p) => existsSync(p));
    const fromFile = file ? expectFromFile(file, id) : undefined;
    if (fromFile === 'bad') return [{ messageId: 'test-rules-bad-expected' }];
    expected = fromFile ?? expectFromComments(loaded.files, id);
    if (!expected.length) return [{ messageId: 'test-rules-no-expectation', data: { rule: id } }];
  }
  const unmatched = [...found];
  const problems: CaseProblem[] = [];
  for (const e of expected) {
    const i = unmatched.findIndex((d) => matches(e, d));
    if (i >= 0) unmatched.splice(i, 1);
    else problems.push({ messageId: 'test-rules-missing', expected: e });
  }
  for (const d of unmatched) problems.push({ messageId: 'test-rules-unexpected', finding: d });
  return problems;
}

/**
 * Find and run every case. `dir` is the plan (its `rules-tests/` is used),
 * a tests folder inside it, or one rule's folder (holding valid/ and invalid/).
 */
export async function testRules(dir: string, only: readonly string[] = [], plugins: PluginOptions = {}): Promise<RuleTestRun> {
  const abs = path.resolve(dir);
  const { root } = findPlanRoot(abs);
  const rootReal = realpathSync(root);
  let testsDir = abs === root ? path.join(root, DEFAULT_TESTS_DIR) : abs;
  const loaded = loadPlan(root, { ignore: [`${rel(root, testsDir)}/**`] });
  const plan = await assemble(loaded, { plugins }, { until: 'config', validate: false });
  const rules = plan.rules;
  // rules-tests/ as a link out of the plan (to `/`, say) holds no tests of this plan.
  const testsInside = abs !== root || !existsSync(testsDir) || isInside(rootReal, realpathSync(testsDir));
  let ruleDirs = testsInside ? subdirs(testsDir, rootReal).map((name) => ({ name, dir: path.join(testsDir, name) })) : [];
  if (['valid', 'invalid'].some((g) => isDir(path.join(testsDir, g)))) {
    ruleDirs = [{ name: path.basename(testsDir), dir: testsDir }];
    testsDir = path.dirname(testsDir);
  }
  if (only.length) ruleDirs = ruleDirs.filter((r) => only.includes(r.name));
  const results: CaseResult[] = [];
  for (const { name, dir: ruleDir } of ruleDirs) {
    const rule = rules.get(name);
    for (const group of ['valid', 'invalid'] as const) {
      for (const c of subdirs(path.join(ruleDir, group), rootReal)) {
        const caseDir = path.join(ruleDir, group, c);
        let problems: CaseProblem[];
        if (!rule) {
          const suggestion = didYouMean(name, rules.keys());
          problems = [{ messageId: 'test-rules-unknown-rule', data: { rule: name, ...(suggestion ? { suggestion } : {}) } }];
        } else {
          problems = await runCase(rule, caseDir, group);
        }
        results.push({ rule: name, group, name: c, dir: rel(root, caseDir), ok: !problems.length, problems });
      }
    }
  }
  return { root, testsDir, configProblems: plan.policyDiagnostics, results, rules, locale: plan.model.plan?.data.locale };
}
