import { expect, it } from 'vitest';
import rule from '../../src/rules/kpi-no-target.js';
import { check, yaml } from '../helpers/plan.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'a KPI with a target and a by date',
      files: {
        'kpis/k.yaml': yaml`
          kind: KPI
          id: repeat-rate
          name: Repeat rate
          target: { value: 20, by: 2027-03-31 }
        `,
      },
    },
  ],
  invalid: [
    {
      name: 'a KPI with no target is reported at its id',
      files: {
        'kpis/k.yaml': yaml`
          kind: KPI
          id: repeat-rate
          name: Repeat rate
          baseline: { value: 12 }
        `,
      },
      errors: [{ messageId: 'noTarget', file: 'kpis/k.yaml', line: 2, column: 5, data: { id: 'repeat-rate' } }],
    },
    {
      name: 'a target with no by date is reported at the target key',
      files: {
        'kpis/k.yaml': yaml`
          kind: KPI
          id: repeat-rate
          name: Repeat rate
          target:
            value: 20
        `,
      },
      errors: [{ messageId: 'noTargetDate', file: 'kpis/k.yaml', line: 4, column: 1, data: { id: 'repeat-rate' } }],
    },
    {
      name: 'one finding per KPI, the right kind for each',
      files: {
        'kpis/k.yaml': yaml`
          kind: KPI
          id: one
          name: One
          ---
          kind: KPI
          id: two
          name: Two
          target: { value: 3 }
        `,
      },
      errors: [
        { messageId: 'noTarget', file: 'kpis/k.yaml', line: 2 },
        { messageId: 'noTargetDate', file: 'kpis/k.yaml', line: 8, column: 1 },
      ],
    },
  ],
});

it('kpi-no-target does not crash on a target of the wrong type', async () => {
  const r = await check({ 'kpis/k.yaml': 'kind: KPI\nid: k\nname: K\ntarget: [1, 2]\n' }, { lint: true });
  expect(r.diagnostics.filter((d) => d.rule === 'rule-crashed')).toEqual([]);
  expect(r.diagnostics.filter((d) => d.rule === rule.meta.id)).toEqual([]);
});
