import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/role-no-responsibility.js';
import { check, yaml } from '../helpers/plan.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'a role with responsibilities, one that owns a tool and one accountable for an initiative',
      files: {
        'team/roles.yaml': yaml`
          kind: Role
          id: writer
          name: Writer
          type: internal
          responsibilities: [Writes the newsletter]
          ---
          kind: Role
          id: ops
          name: Marketing ops
          type: internal
          ---
          kind: Role
          id: lead
          name: Campaign lead
          type: internal
        `,
        'tools/crm.yaml': yaml`
          kind: Tool
          id: crm
          name: CRM
          category: crm
          owner: ops
        `,
        'initiatives/i.yaml': yaml`
          kind: Initiative
          id: webinar
          name: Webinar
          accountable: lead
        `,
      },
    },
    {
      name: 'a stage owner inside a journey counts',
      files: {
        'team/roles.yaml': yaml`
          kind: Role
          id: cs
          name: Customer success
          type: internal
        `,
        'journeys/j.yaml': yaml`
          kind: Journey
          id: buy
          name: Buy
          stages:
            - id: onboard
              name: Onboard
              owner: cs
        `,
      },
    },
  ],
  invalid: [
    {
      name: 'a role that is only consulted and informed, with no responsibilities',
      files: {
        'team/roles.yaml': yaml`
          kind: Role
          id: lead
          name: Campaign lead
          type: internal
          responsibilities: [Runs campaigns]
          ---
          kind: Role
          id: legal
          name: Legal
          type: internal
          responsibilities: []
        `,
        'initiatives/i.yaml': yaml`
          kind: Initiative
          id: webinar
          name: Webinar
          accountable: lead
          consulted: [legal]
          informed: [legal]
        `,
      },
      errors: [{ messageId: 'noResponsibility', file: 'team/roles.yaml', line: 8, column: 5, data: { id: 'legal' }, entity: 'legal' }],
    },
    {
      name: 'blank responsibilities do not count',
      files: {
        'team/roles.yaml': yaml`
          kind: Role
          id: intern # expect: role-no-responsibility
          name: Intern
          type: internal
          responsibilities: ['  ']
        `,
      },
    },
  ],
});

describe('role-no-responsibility on broken plans', () => {
  it('does not crash when responsibilities is not a list', async () => {
    const result = await check(
      {
        'team/roles.yaml': yaml`
          kind: Role
          id: intern
          name: Intern
          type: internal
          responsibilities: { a: 1 }
        `,
      },
      { lint: true, rules: { 'role-no-responsibility': 'info' } },
    );
    expect(result.diagnostics.filter((d) => d.rule === 'rule-crashed')).toEqual([]);
    expect(result.diagnostics.filter((d) => d.rule === 'role-no-responsibility')).toHaveLength(1);
  });
});
