import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/load/index.js';
import { buildModel } from '../../src/model/build.js';
import { resolveConfig } from '../../src/rules/config.js';
import { runRules } from '../../src/rules/engine.js';
import { defineRule } from '../../src/rules/types.js';
import type { Severity } from '../../src/diagnostics/types.js';
import { writePlan } from '../helpers/plan.js';

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

describe('milder findings follow the explicit choice of the team', () => {
  it('an explicit severity in mplan.yaml, even the default one, applies to every finding', async () => {
    const { check } = await import('../helpers/plan.js');
    const r = await check(
      {
        'mplan.yaml': 'kind: Plan\nid: p\nname: P\nversion: 1\nperiod: { start: 2027-04-01, end: 2028-03-31 }\nlint:\n  rules:\n    initiative-dates: error\n',
        'initiatives/i.yaml': 'kind: Initiative\nid: i\nname: I\nstart: 2027-01-01\nend: 2027-06-30\n',
      },
      { lint: true },
    );
    const found = r.diagnostics.filter((d) => d.rule === 'initiative-dates');
    expect(found.map((d) => d.severity)).toEqual(['error']);
  });
});
