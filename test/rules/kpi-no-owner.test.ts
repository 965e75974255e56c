import { expect, it } from 'vitest';
import rule from '../../src/rules/kpi-no-owner.js';
import { check, yaml } from '../helpers/plan.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'a KPI with an owner role',
      files: {
        'team/r.yaml': yaml`
          kind: Role
          id: crm-lead
          name: CRM lead
          type: internal
        `,
        'kpis/k.yaml': yaml`
          kind: KPI
          id: repeat-rate
          name: Repeat rate
          owner: crm-lead
        `,
      },
    },
  ],
  invalid: [
    {
      name: 'a KPI with no owner is reported at its id',
      files: {
        'kpis/k.yaml': yaml`
          # Repeat purchases
          kind: KPI
          id: repeat-rate
          name: Repeat rate
        `,
      },
      errors: [{ messageId: 'noOwner', file: 'kpis/k.yaml', line: 3, column: 5, data: { id: 'repeat-rate' }, entity: 'repeat-rate' }],
    },
  ],
});

it('kpi-no-owner reports an empty owner (a schema error too) without crashing', async () => {
  const r = await check({ 'kpis/k.yaml': 'kind: KPI\nid: k\nname: K\nowner:\n' }, { lint: true });
  expect(r.diagnostics.filter((d) => d.rule === 'rule-crashed')).toEqual([]);
  expect(r.diagnostics.filter((d) => d.rule === rule.meta.id).map((d) => d.line)).toEqual([2]);
});
