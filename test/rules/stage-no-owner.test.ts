import rule from '../../src/rules/stage-no-owner.js';
import { yaml } from '../helpers/plan.js';
import { ruleTester } from '../helpers/rule-tester.js';

const team = yaml`
  kind: Role
  id: ec-manager
  name: EC manager
  type: internal
`;

ruleTester(rule, {
  valid: [
    {
      name: 'every stage has an owner',
      files: {
        'team/r.yaml': team,
        'journeys/buy.yaml': yaml`
          kind: Journey
          id: buy
          name: Buying
          stages:
            - { id: visit, name: Visit, owner: ec-manager }
            - { id: order, name: Order, owner: ec-manager }
        `,
      },
    },
  ],
  invalid: [
    {
      name: 'a stage with no owner, reported at the stage id',
      files: {
        'team/r.yaml': team,
        'journeys/buy.yaml': yaml`
          kind: Journey
          id: buy
          name: Buying
          stages:
            - id: visit
              name: Visit
              owner: ec-manager
            - id: order
              name: Order
        `,
      },
      errors: [{ messageId: 'noOwner', file: 'journeys/buy.yaml', line: 8, column: 9, data: { stage: 'buy/order' }, entity: 'buy/order' }],
    },
    {
      name: 'a touchpoint owner is not the stage owner; several journeys in one file',
      files: {
        'team/r.yaml': team,
        'journeys/all.yaml': yaml`
          kind: Journey
          id: buy
          name: Buying
          stages:
            - id: visit # expect: stage-no-owner
              name: Visit
              touchpoints: [{ channel: website, owner: ec-manager }]
          ---
          kind: Journey
          id: gift
          name: Gift
          stages:
            - { id: choose, name: Choose } # expect: stage-no-owner
            - { id: send, name: Send, owner: ec-manager }
        `,
      },
    },
  ],
});
