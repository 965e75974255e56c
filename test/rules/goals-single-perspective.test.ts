import { expect, it } from 'vitest';
import rule from '../../src/rules/goals-single-perspective.js';
import { yaml } from '../helpers/plan.js';
import { ruleTester, runRule } from '../helpers/rule-tester.js';

const allFinancial = {
  'goals/all.yaml': yaml`
    kind: Goal
    id: revenue
    name: Revenue
    statement: More revenue.
    ---
    kind: Goal
    id: margin
    name: Margin
    statement: Better margin.
    perspective: financial
    ---
    kind: Goal
    id: cash
    name: Cash
    statement: Faster cash.
    perspective: financial
  `,
};

ruleTester(rule, {
  valid: [
    {
      name: 'goals in two perspectives',
      files: {
        'goals/all.yaml': yaml`
          kind: Goal
          id: revenue
          name: Revenue
          statement: More revenue.
          perspective: financial
          ---
          kind: Goal
          id: delighted-customers
          name: Delighted customers
          statement: Customers love the service.
          perspective: customer
        `,
      },
    },
    {
      name: 'only one goal states a perspective',
      files: {
        'goals/all.yaml': yaml`
          kind: Goal
          id: revenue
          name: Revenue
          statement: More revenue.
          perspective: financial
          ---
          kind: Goal
          id: other
          name: Other
          statement: Something.
        `,
      },
    },
    {
      name: 'a single goal',
      files: {
        'goals/g.yaml': yaml`
          kind: Goal
          id: revenue
          name: Revenue
          statement: More revenue.
          perspective: financial
        `,
      },
    },
    { name: 'no goals', files: {} },
  ],
  invalid: [
    {
      name: 'all stated perspectives are financial: once, at the first stated perspective',
      files: allFinancial,
      errors: [{ messageId: 'singlePerspective', file: 'goals/all.yaml', line: 10, column: 14, data: { count: 2, perspective: 'financial' }, entity: 'margin' }],
    },
    {
      name: 'goals in several files',
      files: {
        'goals/a.yaml': yaml`
          kind: Goal
          id: a
          name: A
          statement: A.
          perspective: customer # expect: goals-single-perspective
        `,
        'goals/b.yaml': yaml`
          kind: Goal
          id: b
          name: B
          statement: B.
          perspective: customer
        `,
      },
    },
  ],
});

it('goals-single-perspective names the other goals of that perspective as related places', async () => {
  const [d] = await runRule(rule, allFinancial);
  expect(d!.related?.map((r) => [r.file, r.line, r.messageId, r.data])).toEqual([
    ['goals/all.yaml', 16, 'alsoPerspective', { id: 'cash', perspective: 'financial' }],
  ]);
});
