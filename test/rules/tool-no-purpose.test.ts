import rule from '../../src/rules/tool-no-purpose.js';
import { yaml } from '../helpers/plan.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'a tool with a purpose',
      files: {
        'tools/ga.yaml': yaml`
          kind: Tool
          id: ga
          name: GA
          category: analytics
          purpose: Measure which pages lead to a demo request.
        `,
      },
    },
  ],
  invalid: [
    {
      name: 'no purpose: reported at the tool id',
      files: {
        'tools/ga.yaml': yaml`
          kind: Tool
          id: ga
          name: GA
          category: analytics
        `,
      },
      errors: [{ messageId: 'noPurpose', file: 'tools/ga.yaml', line: 2, column: 5, data: { id: 'ga' }, entity: 'ga' }],
    },
    {
      name: 'a blank purpose counts as none',
      files: {
        'tools/ga.yaml': yaml`
          kind: Tool
          id: ga # expect: tool-no-purpose
          name: GA
          category: analytics
          purpose: '   '
        `,
      },
    },
  ],
});
