import rule from '../../src/rules/tool-perpetual-license.js';
import { yaml } from '../helpers/plan.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'subscription, free, open-source and no licence given',
      files: {
        'tools/tools.yaml': yaml`
          kind: Tool
          id: a
          name: A
          category: crm
          license: subscription
          ---
          kind: Tool
          id: b
          name: B
          category: analytics
          license: free
          ---
          kind: Tool
          id: c
          name: C
          category: cms
          license: open-source
          ---
          kind: Tool
          id: d
          name: D
          category: other
        `,
      },
    },
    {
      name: 'a perpetual licence on a tool that is retiring: it is already being replaced',
      files: {
        'tools/tools.yaml': yaml`
          kind: Tool
          id: old-survey
          name: Old survey suite
          category: survey
          license: perpetual
          status: retiring
        `,
      },
    },
  ],
  invalid: [
    {
      name: 'a perpetual licence is reported at the license value',
      files: {
        'tools/survey.yaml': yaml`
          kind: Tool
          id: survey
          name: Survey suite
          category: survey
          license: perpetual
        `,
      },
      errors: [{ messageId: 'perpetual', file: 'tools/survey.yaml', line: 5, column: 10, data: { id: 'survey' }, entity: 'survey' }],
    },
  ],
});
