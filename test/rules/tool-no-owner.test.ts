import rule from '../../src/rules/tool-no-owner.js';
import { yaml } from '../helpers/plan.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'a tool with an owner',
      files: {
        'team/ops.yaml': yaml`
          kind: Role
          id: ops
          name: Marketing ops
          type: internal
        `,
        'tools/ma.yaml': yaml`
          kind: Tool
          id: ma
          name: MA
          category: marketing-automation
          owner: ops
        `,
      },
    },
  ],
  invalid: [
    {
      name: 'no owner: reported at the tool id',
      files: {
        'tools/ma.yaml': yaml`
          kind: Tool
          id: ma
          name: MA
          category: marketing-automation
          ---
          kind: Tool
          id: crm
          name: CRM
          category: crm
        `,
      },
      errors: [
        { messageId: 'noOwner', file: 'tools/ma.yaml', line: 2, column: 5, data: { id: 'ma' }, entity: 'ma' },
        { messageId: 'noOwner', file: 'tools/ma.yaml', line: 7, column: 5, data: { id: 'crm' }, entity: 'crm' },
      ],
    },
  ],
});
