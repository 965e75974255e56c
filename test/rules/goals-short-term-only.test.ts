import rule from '../../src/rules/goals-short-term-only.js';
import { yaml } from '../helpers/plan.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'short-term goals balanced by a long-term one',
      files: {
        'goals/all.yaml': yaml`
          kind: Goal
          id: sales-this-year
          name: Sales this year
          statement: More orders.
          horizon: short
          ---
          kind: Goal
          id: trusted-brand
          name: Trusted brand
          statement: Customers trust us.
          horizon: long
        `,
      },
    },
    {
      name: 'one mid-term goal among goals with no horizon',
      files: {
        'goals/a.yaml': yaml`
          kind: Goal
          id: a
          name: A
          statement: A.
        `,
        'goals/b.yaml': yaml`
          kind: Goal
          id: b
          name: B
          statement: B.
          horizon: mid
        `,
      },
    },
    { name: 'a plan with no goals', files: {} },
  ],
  invalid: [
    {
      name: 'all goals short-term: one finding, at the first goal\'s horizon',
      files: {
        'goals/all.yaml': yaml`
          kind: Goal
          id: sales-this-year
          name: Sales this year
          statement: More orders.
          horizon: short
          ---
          kind: Goal
          id: leads-this-year
          name: Leads this year
          statement: More leads.
          horizon: short
        `,
      },
      errors: [{ messageId: 'shortTermOnly', file: 'goals/all.yaml', line: 5, column: 10, data: { count: 2 } }],
    },
    {
      name: 'some goals short and others without a horizon',
      files: {
        'goals/a.yaml': yaml`
          kind: Goal
          id: a
          name: A
          statement: A.
        `,
        'goals/b.yaml': yaml`
          kind: Goal
          id: b
          name: B
          statement: B.
          horizon: short
        `,
      },
      errors: [{ messageId: 'noLastingGoal', file: 'goals/b.yaml', line: 5, data: { count: 2, short: 1, unset: 1 } }],
    },
    {
      name: 'no goal states a horizon: reported once at the first goal\'s id',
      files: {
        'goals/all.yaml': yaml`
          kind: Goal
          id: a
          name: A
          statement: A.
          ---
          kind: Goal
          id: b
          name: B
          statement: B.
        `,
      },
      errors: [{ messageId: 'noLastingGoal', file: 'goals/all.yaml', line: 2, column: 5, data: { count: 2, short: 0, unset: 2 }, entity: 'a' }],
    },
  ],
});
