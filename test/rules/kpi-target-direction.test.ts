import { expect, it } from 'vitest';
import rule from '../../src/rules/kpi-target-direction.js';
import { check, yaml } from '../helpers/plan.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'increase above, decrease below and maintain equal to the baseline',
      files: {
        'kpis/k.yaml': yaml`
          kind: KPI
          id: repeat-rate
          name: Repeat rate
          direction: increase
          baseline: { value: 12 }
          target: { value: 20 }
          ---
          kind: KPI
          id: churn
          name: Churn
          direction: decrease
          baseline: { value: 8.5 }
          target: { value: 6 }
          ---
          kind: KPI
          id: satisfaction
          name: Satisfaction
          direction: maintain
          baseline: { value: 4.5 }
          target: { value: 4.5 }
        `,
      },
    },
    {
      name: 'nothing to compare: no baseline, no target or no direction',
      files: {
        'kpis/k.yaml': yaml`
          kind: KPI
          id: no-baseline
          name: No baseline
          direction: increase
          target: { value: 20 }
          ---
          kind: KPI
          id: no-target
          name: No target
          direction: decrease
          baseline: { value: 20 }
          ---
          kind: KPI
          id: no-direction
          name: No direction
          baseline: { value: 20 }
          target: { value: 10 }
        `,
      },
    },
  ],
  invalid: [
    {
      name: 'increase with a target below the baseline, reported at target.value with the baseline related',
      files: {
        'kpis/k.yaml': yaml`
          kind: KPI
          id: repeat-rate
          name: Repeat rate
          direction: increase
          baseline:
            value: 12
          target:
            value: 10
        `,
      },
      errors: [{ messageId: 'notAbove', file: 'kpis/k.yaml', line: 8, column: 10, data: { id: 'repeat-rate', baseline: 12, target: 10 } }],
    },
    {
      name: 'increase with a target equal to the baseline is no increase',
      files: {
        'kpis/k.yaml': yaml`
          kind: KPI
          id: repeat-rate
          name: Repeat rate
          direction: increase
          baseline: { value: 12 }
          target: { value: 12 } # expect: kpi-target-direction
        `,
      },
    },
    {
      name: 'decrease with a target above the baseline',
      files: {
        'kpis/k.yaml': yaml`
          kind: KPI
          id: cost-per-lead
          name: Cost per lead
          direction: decrease
          baseline: { value: 80 }
          target: { value: 95, by: 2027-03-31 }
        `,
      },
      errors: [{ messageId: 'notBelow', file: 'kpis/k.yaml', line: 6, data: { baseline: 80, target: 95 } }],
    },
    {
      name: 'maintain with a target that moves',
      files: {
        'kpis/k.yaml': yaml`
          kind: KPI
          id: satisfaction
          name: Satisfaction
          direction: maintain
          baseline: { value: 4.5 }
          target: { value: 4.8 }
        `,
      },
      errors: [{ messageId: 'notEqual', file: 'kpis/k.yaml', line: 6, data: { baseline: 4.5, target: 4.8 } }],
    },
  ],
});

it('kpi-target-direction names the baseline as the related place', async () => {
  const r = await check(
    { 'kpis/k.yaml': 'kind: KPI\nid: k\nname: K\ndirection: increase\nbaseline: { value: 5 }\ntarget: { value: 3 }\n' },
    { lint: true },
  );
  const found = r.diagnostics.filter((d) => d.rule === rule.meta.id);
  expect(found).toHaveLength(1);
  expect(found[0]!.related).toMatchObject([{ file: 'kpis/k.yaml', line: 5, messageId: 'baseline', data: { baseline: 5 } }]);
});

it('kpi-target-direction does not crash on values of the wrong type', async () => {
  const r = await check(
    { 'kpis/k.yaml': 'kind: KPI\nid: k\nname: K\ndirection: increase\nbaseline: { value: "12" }\ntarget: 3\n' },
    { lint: true },
  );
  expect(r.diagnostics.filter((d) => d.rule === 'rule-crashed')).toEqual([]);
  expect(r.diagnostics.filter((d) => d.rule === rule.meta.id)).toEqual([]);
});
