import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/load/index.js';
import { buildModel } from '../../src/model/build.js';
import { resolveConfig } from '../../src/rules/config.js';
import { runRules } from '../../src/rules/engine.js';
import { defineRule } from '../../src/rules/types.js';
import type { Severity } from '../../src/diagnostics/types.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CheckOptions } from '../../src/app/pipeline.js';
import { RULES } from '../../src/rules/index.js';
import { check, writePlan } from '../helpers/plan.js';
import type { PlanFiles } from '../helpers/plan.js';

/** A rule with an error case and a milder case reported with its own severity. */
const rule = defineRule({
  meta: {
    id: 'kpi-no-goal',
    severity: 'error',
    category: 'kpis',
    description: { en: 'test', ja: 'テスト' },
    messages: { bad: { en: 'bad', ja: '悪い' }, mild: { en: 'mild', ja: '軽い' } },
  },
  check({ model, report }) {
    report({ target: model.plan!, messageId: 'bad' });
    report({ target: model.plan!, messageId: 'mild', severity: 'warn' });
  },
});

function run(cli: Record<string, Severity | 'off'> = {}, planExtra = ''): Array<[string, string]> {
  const dir = writePlan({ 'mplan.yaml': `kind: Plan\nid: p\nname: P\nversion: 1\n${planExtra}` });
  const { model } = buildModel(loadPlan(dir));
  const { config } = resolveConfig(model, [rule], { rules: cli });
  return runRules(model, [rule], config).map((d) => [d.messageId, d.severity]);
}

describe('Report.severity', () => {
  it('applies a per-finding severity while the rule runs at its default severity', () => {
    expect(run()).toEqual([
      ['bad', 'error'],
      ['mild', 'warn'],
    ]);
  });

  it('is overridden by a different severity set with --rule', () => {
    expect(run({ 'kpi-no-goal': 'info' })).toEqual([
      ['bad', 'info'],
      ['mild', 'info'],
    ]);
  });

  it('is overridden by a different severity set in mplan.yaml', () => {
    expect(run({}, 'lint:\n  rules:\n    kpi-no-goal: warn\n')).toEqual([
      ['bad', 'warn'],
      ['mild', 'warn'],
    ]);
  });

  it('reports nothing when the rule is off', () => {
    expect(run({ 'kpi-no-goal': 'off' })).toEqual([]);
  });
});

/**
 * Every built-in rule that reports some findings at a severity of their own,
 * with a plan that gives one finding at the default severity and one at the
 * secondary severity.
 */
const SECONDARY: Record<string, { files: PlanFiles; expected: Array<[string, Severity]> }> = {
  'initiative-dates': {
    files: {
      'mplan.yaml': 'kind: Plan\nid: p\nname: P\nversion: 1\nperiod: { start: 2027-04-01, end: 2028-03-31 }\n',
      'initiatives/i.yaml': 'kind: Initiative\nid: a\nname: A\nstart: 2027-06-01\nend: 2027-05-01\n---\nkind: Initiative\nid: b\nname: B\nstart: 2027-01-01\nend: 2027-06-30\n',
    },
    expected: [
      ['endBeforeStart', 'error'],
      ['outsidePeriod', 'warn'],
    ],
  },
  'budget-over-plan': {
    files: {
      'mplan.yaml': 'kind: Plan\nid: p\nname: P\nversion: 1\nbudget: { amount: 100, currency: USD }\n',
      'initiatives/i.yaml': 'kind: Initiative\nid: a\nname: A\nbudget: { amount: 200, currency: USD }\n---\nkind: Initiative\nid: b\nname: B\nbudget: { amount: 5, currency: EUR }\n',
    },
    expected: [
      ['overBudgetWithOthers', 'error'],
      ['otherCurrency', 'info'],
    ],
  },
};

function withLintRules(files: PlanFiles, rules: string): PlanFiles {
  return { ...files, 'mplan.yaml': `${files['mplan.yaml']}lint:\n  rules:\n${rules}` };
}

async function severities(ruleId: string, files: PlanFiles, options: CheckOptions = {}): Promise<Array<[string, string]>> {
  const r = await check(files, { lint: true, ...options });
  return r.diagnostics
    .filter((d) => d.rule === ruleId)
    .map((d): [string, string] => [d.messageId, d.severity])
    .sort((a, b) => a[0].localeCompare(b[0]));
}

describe('a rule\'s secondary severities change only when the configured severity differs from the default', () => {
  const sorted = (xs: Array<[string, Severity]>): Array<[string, Severity]> => [...xs].sort((a, b) => a[0].localeCompare(b[0]));

  it('covers every built-in rule that reports a finding with a severity of its own', () => {
    // A report-level `severity:` in a rule file is a secondary severity: the table above must hold that rule.
    const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../src/rules');
    const withSecondary = RULES.map((r) => r.meta.id).filter((id) => {
      const src = readFileSync(path.join(dir, `${id}.ts`), 'utf8');
      return (src.match(/\bseverity: '(?:info|warn|error)'/g) ?? []).length > 1;
    });
    expect(withSecondary.sort()).toEqual(Object.keys(SECONDARY).sort());
  });

  for (const [id, { files, expected }] of Object.entries(SECONDARY)) {
    const rule = RULES.find((r) => r.meta.id === id)!;
    const def = rule.meta.severity;
    const other: Severity = def === 'warn' ? 'error' : 'warn';

    it(`${id}: the default severity keeps the milder finding mild`, async () => {
      expect(await severities(id, files)).toEqual(sorted(expected));
    });
    it(`${id}: \`${id}: ${def}\` (its default) in lint.rules changes nothing`, async () => {
      expect(await severities(id, withLintRules(files, `    ${id}: ${def}\n`))).toEqual(sorted(expected));
      expect(await severities(id, withLintRules(files, `    ${id}: [${def}, {}]\n`))).toEqual(sorted(expected));
    });
    it(`${id}: --rule ${id}=${def} (its default) changes nothing`, async () => {
      expect(await severities(id, files, { rules: { [id]: def } })).toEqual(sorted(expected));
    });
    it(`${id}: --preset strict (error for every rule) changes nothing when error is the default`, async () => {
      const strict = sorted(expected.map(([m, s]): [string, Severity] => [m, def === 'error' ? s : 'error']));
      expect(await severities(id, files, { preset: 'mplan:strict' })).toEqual(strict);
    });
    it(`${id}: a different severity (${other}) applies to every finding`, async () => {
      const all = sorted(expected.map(([m]): [string, Severity] => [m, other]));
      expect(await severities(id, withLintRules(files, `    ${id}: ${other}\n`))).toEqual(all);
      expect(await severities(id, files, { rules: { [id]: other } })).toEqual(all);
    });
  }
});
