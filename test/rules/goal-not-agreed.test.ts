import rule from '../../src/rules/goal-not-agreed.js';
import { yaml } from '../helpers/plan.js';
import { ruleTester } from '../helpers/rule-tester.js';

const team = yaml`
  kind: Role
  id: cmo
  name: CMO
  type: internal
`;

ruleTester(rule, {
  valid: [
    {
      name: 'a goal with an agreement record',
      files: {
        'team/cmo.yaml': team,
        'goals/g.yaml': yaml`
          kind: Goal
          id: loyal-customers
          name: Loyal customers
          statement: Customers stay because the service keeps its promise.
          agreed_by:
            - { role: cmo, on: 2027-03-01 }
        `,
      },
    },
    { name: 'a plan with no goals', files: { 'team/cmo.yaml': team } },
  ],
  invalid: [
    {
      name: 'a goal without agreed_by is reported at its id',
      files: {
        'goals/g.yaml': yaml`
          kind: Goal
          id: loyal-customers
          name: Loyal customers
          statement: Customers stay because the service keeps its promise.
        `,
      },
      errors: [{ messageId: 'notAgreed', file: 'goals/g.yaml', line: 2, column: 5, data: { id: 'loyal-customers' }, entity: 'loyal-customers' }],
    },
    {
      name: 'an empty agreed_by list is reported at the list',
      files: {
        'goals/g.yaml': yaml`
          kind: Goal
          id: loyal-customers
          name: Loyal customers
          statement: Customers stay because the service keeps its promise.
          agreed_by: []
        `,
      },
      errors: [{ messageId: 'notAgreed', file: 'goals/g.yaml', line: 5, column: 1 }],
    },
    {
      name: 'several goals in one file: only the unagreed ones',
      files: {
        'team/cmo.yaml': team,
        'goals/all.yaml': yaml`
          kind: Goal
          id: first # expect: goal-not-agreed
          name: First
          statement: One.
          ---
          kind: Goal
          id: second
          name: Second
          statement: Two.
          agreed_by: [{ role: cmo, on: 2027-03-01 }]
          ---
          kind: Goal
          id: third # expect: goal-not-agreed
          name: Third
          statement: Three.
        `,
      },
    },
  ],
});
