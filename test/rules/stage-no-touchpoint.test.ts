import rule from '../../src/rules/stage-no-touchpoint.js';
import { yaml } from '../helpers/plan.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'every stage has a touchpoint',
      files: {
        'journeys/buy.yaml': yaml`
          kind: Journey
          id: buy
          name: Buying
          stages:
            - id: visit
              name: Visit
              touchpoints:
                - { channel: website }
            - id: order
              name: Order
              touchpoints: [{ channel: shop, online: false }]
        `,
      },
    },
  ],
  invalid: [
    {
      name: 'a stage with no touchpoints, reported at the stage id line (even when id is not its first key)',
      files: {
        'journeys/buy.yaml': yaml`
          kind: Journey
          id: buy
          name: Buying
          stages:
            - id: visit
              name: Visit
              touchpoints:
                - { channel: website }
            - name: Order
              id: order
        `,
      },
      errors: [{ messageId: 'noTouchpoint', file: 'journeys/buy.yaml', line: 10, column: 9, data: { stage: 'buy/order' }, entity: 'buy/order' }],
    },
    {
      name: 'an empty touchpoints list, several journeys in one file',
      files: {
        'journeys/all.yaml': yaml`
          kind: Journey
          id: buy
          name: Buying
          stages:
            - id: visit # expect: stage-no-touchpoint
              name: Visit
              touchpoints: []
          ---
          kind: Journey
          id: gift
          name: Gift
          stages:
            - { id: choose, name: Choose, touchpoints: [{ channel: LINE }] }
            - { id: send, name: Send } # expect: stage-no-touchpoint
        `,
      },
    },
  ],
});
