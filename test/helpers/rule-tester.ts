import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { localize } from '../../src/i18n/index.js';
import { RULES_BY_ID } from '../../src/rules/index.js';
import type { Rule } from '../../src/rules/types.js';
import { check } from './plan.js';
import type { PlanFiles } from './plan.js';

export interface ExpectedFinding {
  messageId: string;
  /** Path relative to the plan root. */
  file: string;
  line: number;
  column?: number;
  data?: Record<string, string | number>;
  /** The entity (id or `journey/stage`) the finding is about. */
  entity?: string;
}

export interface ValidCase {
  name: string;
  files: PlanFiles;
  options?: Record<string, unknown>;
}

export interface InvalidCase extends ValidCase {
  /** Expected findings of this rule; when omitted, read from `# expect: <rule-id>` comments in the files. */
  errors?: ExpectedFinding[];
}

/** Findings announced in fixtures by a `# expect: rule-id` comment on the offending line. */
export function expectedFromComments(files: PlanFiles, ruleId: string): Array<{ file: string; line: number }> {
  const out: Array<{ file: string; line: number }> = [];
  for (const [file, text] of Object.entries(files)) {
    text.split('\n').forEach((l, i) => {
      const m = /#\s*expect:\s*([\w\s,-]+)$/.exec(l);
      if (m && m[1]!.split(/[\s,]+/).includes(ruleId)) out.push({ file, line: i + 1 });
    });
  }
  return out;
}

/** Lint a plan with only this rule's findings kept (the rule forced on at its default severity, with options if given). */
export async function runRule(rule: Rule, files: PlanFiles, options?: Record<string, unknown>): Promise<Diagnostic[]> {
  let planFiles = files;
  if (options) {
    const base = files['mplan.yaml'] ?? 'kind: Plan\nid: test-plan\nname: Test plan\nversion: 1\n';
    if (base.includes('lint:')) throw new Error('give options either in mplan.yaml or in the case, not both');
    planFiles = {
      ...files,
      'mplan.yaml': `${base.replace(/\s*$/, '\n')}lint:\n  rules:\n    ${rule.meta.id}: [${rule.meta.severity}, ${JSON.stringify(options)}]\n`,
    };
  }
  // Opt-in rules are switched on explicitly; others run as a team gets them by default.
  const result = await check(planFiles, { lint: true, rules: rule.meta.optIn ? { [rule.meta.id]: rule.meta.severity } : {} });
  // Fixtures must be valid plans: no file, schema or reference errors (other rules' findings do not matter).
  const problems = result.diagnostics.filter((d) => !RULES_BY_ID.has(d.rule) && d.severity === 'error');
  if (problems.length) {
    throw new Error(`fixture is not a valid plan:\n${problems.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${JSON.stringify(d.data)}`).join('\n')}`);
  }
  return result.diagnostics.filter((d) => d.rule === rule.meta.id);
}

/**
 * RuleTester for mplan rules, like ESLint's: plans that must pass, and plans
 * that must fail with exactly the listed findings at the listed places.
 */
export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    it('has at least one valid and one invalid case', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    for (const c of cases.valid) {
      it(`passes: ${c.name}`, async () => {
        const found = await runRule(rule, c.files, c.options);
        expect(found.map((d) => `${d.file}:${d.line} ${d.messageId} ${JSON.stringify(d.data)}`)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`fails: ${c.name}`, async () => {
        const found = await runRule(rule, c.files, c.options);
        // Every finding reads in both languages, fully filled in, at the same place.
        const rules = new Map([[rule.meta.id, rule]]);
        const en = localize(found, 'en', rules);
        const ja = localize(found, 'ja', rules);
        ja.forEach((d, i) => {
          expect(d.message).toMatch(/[ぁ-んァ-ヶ一-龯]/);
          expect(`${d.message} ${d.hint ?? ''}`).not.toMatch(/\{\{/);
          expect(`${en[i]!.message} ${en[i]!.hint ?? ''}`).not.toMatch(/\{\{/);
          expect([d.file, d.line, d.column]).toEqual([en[i]!.file, en[i]!.line, en[i]!.column]);
        });
        if (c.errors) {
          expect(found).toHaveLength(c.errors.length);
          c.errors.forEach((e, i) => {
            const d = found[i]!;
            expect({ messageId: d.messageId, file: d.file, line: d.line }).toEqual({ messageId: e.messageId, file: e.file, line: e.line });
            if (e.column !== undefined) expect(d.column).toBe(e.column);
            if (e.data) expect(d.data).toMatchObject(e.data);
            if (e.entity) expect(d.entity).toBe(e.entity);
            expect(d.severity).toBe(rule.meta.severity);
          });
        } else {
          const expected = expectedFromComments(c.files, rule.meta.id);
          expect(expected.length).toBeGreaterThan(0);
          expect(found.map((d) => ({ file: d.file, line: d.line }))).toEqual(expected);
        }
      });
    }
  });
}
