import rule from '../../src/rules/goal-no-challenge.js';
import { yaml } from '../helpers/plan.js';
import { ruleTester } from '../helpers/rule-tester.js';

const goals = yaml`
  kind: Goal
  id: loyal-customers
  name: Loyal customers
  statement: Customers stay.
  ---
  kind: Goal
  id: more-referrals
  name: More referrals
  statement: Customers recommend us.
`;

ruleTester(rule, {
  valid: [
    {
      name: 'every goal has a challenge',
      files: {
        'goals/all.yaml': goals,
        'challenges/c.yaml': yaml`
          kind: Challenge
          id: churn-after-first-box
          name: Churn after the first box
          goal: loyal-customers
          current: 40% cancel after the first delivery.
          problem: New customers do not know how to brew the beans.
          ---
          kind: Challenge
          id: no-referral-path
          name: No referral path
          goal: more-referrals
          current: Fans have no easy way to gift a trial.
          problem: Word of mouth is lost.
        `,
      },
    },
  ],
  invalid: [
    {
      name: 'a goal no challenge names',
      files: {
        'goals/all.yaml': goals,
        'challenges/c.yaml': yaml`
          kind: Challenge
          id: churn-after-first-box
          name: Churn after the first box
          goal: loyal-customers
          current: 40% cancel after the first delivery.
          problem: New customers do not know how to brew the beans.
        `,
      },
      errors: [{ messageId: 'noChallenge', file: 'goals/all.yaml', line: 7, column: 5, data: { id: 'more-referrals' }, entity: 'more-referrals' }],
    },
    {
      name: 'no challenges at all',
      files: { 'goals/all.yaml': goals },
      errors: [
        { messageId: 'noChallenge', file: 'goals/all.yaml', line: 2, entity: 'loyal-customers' },
        { messageId: 'noChallenge', file: 'goals/all.yaml', line: 7, entity: 'more-referrals' },
      ],
    },
  ],
});
