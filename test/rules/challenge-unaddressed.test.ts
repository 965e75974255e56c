import rule from '../../src/rules/challenge-unaddressed.js';
import { yaml } from '../helpers/plan.js';
import { ruleTester } from '../helpers/rule-tester.js';

const base = {
  'goals/g.yaml': yaml`
    kind: Goal
    id: loyal-customers
    name: Loyal customers
    statement: Customers stay.
  `,
  'challenges/c.yaml': yaml`
    kind: Challenge
    id: churn-after-first-box
    name: Churn after the first box
    goal: loyal-customers
    current: 40% cancel after the first delivery.
    problem: New customers do not know how to brew the beans.
    ---
    kind: Challenge
    id: slow-support
    name: Slow support
    goal: loyal-customers
    current: Answers take three days.
    problem: Customers give up before they get help.
  `,
};

ruleTester(rule, {
  valid: [
    {
      name: 'every challenge is addressed by an initiative',
      files: {
        ...base,
        'initiatives/i.yaml': yaml`
          kind: Initiative
          id: brewing-guide
          name: Brewing guide in the first box
          challenges: [churn-after-first-box, slow-support]
        `,
      },
    },
    {
      name: 'challenges addressed by separate initiatives',
      files: {
        ...base,
        'initiatives/i.yaml': yaml`
          kind: Initiative
          id: brewing-guide
          name: Brewing guide
          challenges: [churn-after-first-box]
          ---
          kind: Initiative
          id: chat-support
          name: Chat support
          challenges: [slow-support]
        `,
      },
    },
  ],
  invalid: [
    {
      name: 'a challenge no initiative lists, reported at its id',
      files: {
        ...base,
        'initiatives/i.yaml': yaml`
          kind: Initiative
          id: brewing-guide
          name: Brewing guide in the first box
          challenges: [churn-after-first-box]
        `,
      },
      errors: [{ messageId: 'unaddressed', file: 'challenges/c.yaml', line: 9, column: 5, data: { id: 'slow-support' }, entity: 'slow-support' }],
    },
    {
      name: 'an initiative that lists no challenge addresses none',
      files: {
        ...base,
        'initiatives/i.yaml': yaml`
          kind: Initiative
          id: brewing-guide
          name: Brewing guide
          challenges: []
        `,
      },
      errors: [
        { messageId: 'unaddressed', file: 'challenges/c.yaml', line: 2, entity: 'churn-after-first-box' },
        { messageId: 'unaddressed', file: 'challenges/c.yaml', line: 9, entity: 'slow-support' },
      ],
    },
  ],
});
