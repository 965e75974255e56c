/**
 * The acceptance plan of issue 4: test/fixtures/every-rule is a valid plan
 * that breaks every built-in rule (and the opt-in roadmap-phases-overlap,
 * switched on in its mplan.yaml) exactly once. Each offending line carries a
 * `# expect: <rule-id>` comment; every rule must report exactly one finding,
 * at exactly that line, and nothing else may be reported.
 */
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { localize } from '../../src/i18n/index.js';
import { checkPlan } from '../../src/app/pipeline.js';
import type { CheckResult } from '../../src/app/pipeline.js';
import { RULES, RULES_BY_ID } from '../../src/rules/index.js';
import type { PlanFiles } from '../helpers/plan.js';
import { expectedFromComments } from '../helpers/rule-tester.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/every-rule/', import.meta.url));

/** Every file of the fixture, by path relative to its root (with `/`). */
function readFixture(dir: string, prefix = ''): PlanFiles {
  const files: PlanFiles = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) Object.assign(files, readFixture(path.join(dir, entry.name), rel));
    else files[rel] = readFileSync(path.join(dir, entry.name), 'utf8');
  }
  return files;
}

/** A fresh copy of the fixture, so nothing the run might write lands in the repo. */
function copyFixture(): string {
  const dir = tempDir('mplan-every-rule-');
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

const where = (d: { file: string; line: number }) => `${d.file}:${d.line}`;
const describeAll = (ds: Diagnostic[]) => ds.map((d) => `${where(d)}:${d.column} ${d.rule} ${d.messageId}`);

/** Rule ids named in `# expect:` comments, each with the lines that name it. */
function expectComments(files: PlanFiles): Map<string, string[]> {
  const named = new Map<string, string[]>();
  for (const [file, text] of Object.entries(files)) {
    text.split('\n').forEach((l, i) => {
      const m = /#\s*expect:\s*([\w\s,-]+)$/.exec(l);
      for (const id of m ? m[1]!.split(/[\s,]+/).filter(Boolean) : []) named.set(id, [...(named.get(id) ?? []), `${file}:${i + 1}`]);
    });
  }
  return named;
}

describe('a plan that breaks every rule once (test/fixtures/every-rule)', () => {
  const files = readFixture(FIXTURE);
  let dir: string;
  let result: CheckResult;

  beforeAll(async () => {
    dir = copyFixture();
    result = await checkPlan(dir, { lint: true });
  });

  it('covers every registered rule, opt-in ones included', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(48);
    expect(RULES.some((r) => r.meta.optIn)).toBe(true);
    // Each rule is announced on exactly one line, and no comment names an unknown rule.
    const named = expectComments(files);
    expect([...named.keys()].filter((id) => !RULES_BY_ID.has(id))).toEqual([]);
    for (const rule of RULES) expect({ rule: rule.meta.id, lines: named.get(rule.meta.id)?.length ?? 0 }).toEqual({ rule: rule.meta.id, lines: 1 });
  });

  it('is a valid plan: validate reports nothing', async () => {
    const validated = await checkPlan(copyFixture());
    expect(describeAll(validated.diagnostics)).toEqual([]);
  });

  it('lint reports nothing but rule findings (no schema, reference, config or suppression diagnostics)', () => {
    expect(describeAll(result.diagnostics.filter((d) => !RULES_BY_ID.has(d.rule)))).toEqual([]);
  });

  it('every rule has exactly one finding, and there are no others', () => {
    const counts = new Map<string, number>(RULES.map((r) => [r.meta.id, 0]));
    for (const d of result.diagnostics) counts.set(d.rule, (counts.get(d.rule) ?? 0) + 1);
    const wrong = [...counts].filter(([, n]) => n !== 1);
    expect(wrong, describeAll(result.diagnostics).join('\n')).toEqual([]);
    expect(result.diagnostics).toHaveLength(RULES.length);
  });

  describe.each(RULES.map((r) => [r.meta.id, r] as const))('%s', (id, rule) => {
    it('reports its one finding at the line marked `# expect`, at its configured severity', () => {
      const found = result.diagnostics.filter((d) => d.rule === id);
      expect(found.map(where)).toEqual(expectedFromComments(files, id).map(where));
      // Milder cases (initiative-dates outside the period, other currencies) were not picked.
      const configured = rule.meta.optIn ? 'warn' : rule.meta.severity;
      expect(found.map((d) => d.severity)).toEqual([configured]);
      expect(found[0]!.column).toBeGreaterThanOrEqual(1);
    });
  });

  it('reads in Japanese: every finding has a complete Japanese message at the same place', () => {
    const en = localize(result.diagnostics, 'en', result.rules);
    const ja = localize(result.diagnostics, 'ja', result.rules);
    expect(ja).toHaveLength(RULES.length);
    ja.forEach((d, i) => {
      const e = en[i]!;
      expect([d.rule, d.file, d.line, d.column]).toEqual([e.rule, e.file, e.line, e.column]);
      expect(d.message, `${d.rule}: ${d.message}`).toMatch(/[ぁ-んァ-ヶ一-龯]/);
      expect(d.message).not.toBe(e.message);
      expect(`${d.message} ${d.hint ?? ''}`).not.toMatch(/\{\{|undefined/);
      expect(`${e.message} ${e.hint ?? ''}`).not.toMatch(/\{\{|undefined/);
    });
  });

  async function lintJson(lang: 'en' | 'ja') {
    const target = copyFixture();
    const r = await runCli(['lint', target, '--format', 'json', '--lang', lang], { cwd: target });
    return { code: r.code, err: r.stderr, json: JSON.parse(r.stdout) as { diagnostics: Array<{ rule: string; file: string; line: number; severity: string; message: string }> } };
  }


  it.each(['en', 'ja'] as const)('mplan lint --format json --lang %s: exit 1, one finding per rule at the marked line', async (lang) => {
    const { code, err, json } = await lintJson(lang);
    expect(err).toBe('');
    expect(code).toBe(1);
    expect(json.diagnostics).toHaveLength(RULES.length);
    const byRule = new Map(json.diagnostics.map((d) => [d.rule, d]));
    expect([...byRule.keys()].sort()).toEqual(RULES.map((r) => r.meta.id).sort());
    for (const rule of RULES) {
      const d = byRule.get(rule.meta.id)!;
      expect(where(d)).toEqual(expectedFromComments(files, rule.meta.id).map(where)[0]);
      if (lang === 'ja') expect(d.message, `${d.rule}: ${d.message}`).toMatch(/[ぁ-んァ-ヶ一-龯]/);
      else expect(d.message).not.toMatch(/[ぁ-んァ-ヶ一-龯]/);
    }
  });
});
