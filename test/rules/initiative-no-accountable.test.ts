import { expect, it } from 'vitest';
import rule from '../../src/rules/initiative-no-accountable.js';
import { check, yaml } from '../helpers/plan.js';
import { ruleTester } from '../helpers/rule-tester.js';

const role = 'kind: Role\nid: crm-lead\nname: CRM lead\ntype: internal\n';

ruleTester(rule, {
  valid: [
    {
      name: 'an initiative with an accountable role',
      files: {
        'team/r.yaml': role,
        'initiatives/i.yaml': yaml`
          kind: Initiative
          id: welcome-mail
          name: Welcome mail
          accountable: crm-lead
        `,
      },
    },
  ],
  invalid: [
    {
      name: 'responsible roles alone do not make anyone accountable',
      files: {
        'team/r.yaml': role,
        'initiatives/i.yaml': yaml`
          kind: Initiative
          id: welcome-mail
          name: Welcome mail
          responsible: [crm-lead]
        `,
      },
      errors: [{ messageId: 'noAccountable', file: 'initiatives/i.yaml', line: 2, column: 5, data: { id: 'welcome-mail' } }],
    },
  ],
});

it('initiative-no-accountable does not crash on an accountable of the wrong type', async () => {
  const r = await check({ 'initiatives/i.yaml': 'kind: Initiative\nid: i\nname: I\naccountable: { who: x }\n' }, { lint: true });
  expect(r.diagnostics.filter((d) => d.rule === 'rule-crashed')).toEqual([]);
  expect(r.diagnostics.filter((d) => d.rule === rule.meta.id).map((d) => d.line)).toEqual([2]);
});
