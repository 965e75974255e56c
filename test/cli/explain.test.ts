// `mplan explain <id>` explains every id mplan prints with a finding, not only
// the built-in lint rules.
import { describe, expect, it } from 'vitest';
import { writePlan } from '../helpers/plan.js';
import { runCli } from '../helpers/cli.js';

const PLAN_WITH_OWN_RULES = `kind: Plan
id: p
name: P
version: 1
lint:
  custom:
    - id: big-budget-needs-cfo
      severity: error
      description: { en: "Big initiatives consult the CFO.", ja: "大きな施策は CFO に相談する。" }
      message: { en: "Initiative {{id}} spends a lot but consults no CFO.", ja: "施策 {{id}} は予算が大きいのに CFO に相談していません。" }
      hint: { en: "Add the CFO to consulted.", ja: "consulted に CFO を加えてください。" }
      docs: https://wiki.example.com/policies#budget
      select: { kind: Initiative }
      assert:
        consulted: { present: true }
  plugins:
    - ./rules/every-kpi.mjs
`;

const PLUGIN = `export const rules = [{
  meta: {
    id: 'every-kpi',
    severity: 'warn',
    category: 'kpis',
    description: { en: 'Every KPI is reported.' },
    docs: 'https://example.com/every-kpi',
    messages: { seen: { en: 'Saw KPI {{id}}.', ja: 'KPI {{id}} を確認しました。' } },
  },
  check() {},
}];
`;

describe('mplan explain', () => {
  it('explains a code that is not a lint rule: ref-unresolved, with its fix and its docs link', async () => {
    const r = await runCli(['explain', 'ref-unresolved'], { cwd: '/' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# ref-unresolved\n/);
    expect(r.stdout).toContain('`‹field›` refers to `‹target›`');
    expect(r.stdout).toContain('How to fix: Check the spelling');
    expect(r.stdout).toContain('docs/errors.md#ref-unresolved');
  });

  it('explains yaml-syntax and schema codes in Japanese', async () => {
    for (const id of ['yaml-syntax', 'schema-enum']) {
      const r = await runCli(['explain', id, '--lang', 'ja'], { cwd: '/' });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`# ${id}`);
      expect(r.stdout).toContain('詳しくは: ');
      expect(r.stdout).toMatch(/[\u3040-\u30ff]/);
    }
  });

  it('explains the plan’s custom and plugin rules, with their docs link, in en and ja', async () => {
    const dir = writePlan({ 'mplan.yaml': PLAN_WITH_OWN_RULES, 'rules/every-kpi.mjs': PLUGIN });
    const custom = await runCli(['explain', 'big-budget-needs-cfo'], { cwd: dir });
    expect(custom.stderr).toBe('');
    expect(custom.code).toBe(0);
    expect(custom.stdout).toContain('Big initiatives consult the CFO.');
    expect(custom.stdout).toContain('Initiative ‹id› spends a lot but consults no CFO.');
    expect(custom.stdout).toContain('How to fix: Add the CFO to consulted.');
    expect(custom.stdout).toContain('More: https://wiki.example.com/policies#budget');
    const ja = await runCli(['explain', 'big-budget-needs-cfo', dir, '--lang', 'ja'], { cwd: '/' });
    expect(ja.stdout).toContain('大きな施策は CFO に相談する。');
    expect(ja.stdout).toContain('直し方: consulted に CFO を加えてください。');
    const plugin = await runCli(['explain', 'every-kpi'], { cwd: dir });
    expect(plugin.code).toBe(0);
    expect(plugin.stdout).toContain('Every KPI is reported.');
    expect(plugin.stdout).toContain('More: https://example.com/every-kpi');
  });

  it('an unknown id is a usage error in the plan’s language, with a suggestion', async () => {
    const dir = writePlan({ 'mplan.yaml': 'kind: Plan\nid: p\nname: P\nversion: 1\nlocale: ja\n' });
    const r = await runCli(['explain', 'kpi-no-stag'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('`kpi-no-stag` は mplan のルールでも');
    expect(r.stderr).toContain('（`kpi-no-stage` のことですか？）');
    expect(r.stderr).not.toMatch(/is not|did you mean/);
  });
});
