import { expect, it } from 'vitest';
import rule from '../../src/rules/kpi-no-goal.js';
import { check, yaml } from '../helpers/plan.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'a KPI that lists a goal',
      files: {
        'goals/g.yaml': yaml`
          kind: Goal
          id: repeat-buyers
          name: Repeat buyers
          statement: Customers come back every month.
        `,
        'kpis/k.yaml': yaml`
          kind: KPI
          id: repeat-rate
          name: Repeat rate
          goals: [repeat-buyers]
        `,
      },
    },
  ],
  invalid: [
    {
      name: 'a KPI with no goals is reported at its id',
      files: {
        'kpis/k.yaml': yaml`
          kind: KPI
          id: repeat-rate
          name: Repeat rate
        `,
      },
      errors: [{ messageId: 'noGoal', file: 'kpis/k.yaml', line: 2, column: 5, data: { id: 'repeat-rate' }, entity: 'repeat-rate' }],
    },
    {
      name: 'an empty goals list counts as no goal',
      files: {
        'kpis/k.yaml': yaml`
          kind: KPI
          name: Repeat rate
          id: repeat-rate # expect: kpi-no-goal
          goals: []
        `,
      },
    },
  ],
});

it('kpi-no-goal does not crash on a goals field of the wrong type', async () => {
  const r = await check({ 'kpis/k.yaml': 'kind: KPI\nid: k\nname: K\ngoals: { a: 1 }\n' }, { lint: true });
  expect(r.diagnostics.filter((d) => d.rule === 'rule-crashed')).toEqual([]);
  expect(r.diagnostics.filter((d) => d.rule === rule.meta.id).map((d) => d.line)).toEqual([2]);
});
