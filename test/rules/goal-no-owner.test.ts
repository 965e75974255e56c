import rule from '../../src/rules/goal-no-owner.js';
import { yaml } from '../helpers/plan.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'a goal with an owner',
      files: {
        'team/cmo.yaml': yaml`
          kind: Role
          id: cmo
          name: CMO
          type: internal
        `,
        'goals/g.yaml': yaml`
          kind: Goal
          id: loyal-customers
          name: Loyal customers
          statement: Customers stay.
          owner: cmo
        `,
      },
    },
  ],
  invalid: [
    {
      name: 'a goal with no owner is reported at its id',
      files: {
        'goals/g.yaml': yaml`
          # Goals of the plan
          kind: Goal
          id: loyal-customers
          name: Loyal customers
          statement: Customers stay.
        `,
      },
      errors: [{ messageId: 'noOwner', file: 'goals/g.yaml', line: 3, column: 5, data: { id: 'loyal-customers' }, entity: 'loyal-customers' }],
    },
    {
      name: 'several goals in one file',
      files: {
        'goals/all.yaml': yaml`
          kind: Goal
          id: first # expect: goal-no-owner
          name: First
          statement: One.
          ---
          kind: Goal
          id: second # expect: goal-no-owner
          name: Second
          statement: Two.
        `,
      },
    },
  ],
});
