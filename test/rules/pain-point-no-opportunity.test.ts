import rule from '../../src/rules/pain-point-no-opportunity.js';
import { yaml } from '../helpers/plan.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'pain points with opportunities (text or lists), and stages without pain points',
      files: {
        'journeys/buy.yaml': yaml`
          kind: Journey
          id: buy
          name: Buying
          stages:
            - id: visit
              name: Visit
              pain_points: [Too many choices]
              opportunities: [A three-question quiz that picks the beans]
            - id: order
              name: Order
              pain_points: Shipping cost shown late
              opportunities: Show shipping on the product page
            - id: unbox
              name: Unbox
              opportunities: [A hand-written card]
            - id: brew
              name: Brew
              pain_points: []
        `,
      },
    },
  ],
  invalid: [
    {
      name: 'pain points and no opportunities, reported at the stage id',
      files: {
        'journeys/buy.yaml': yaml`
          kind: Journey
          id: buy
          name: Buying
          stages:
            - id: visit
              name: Visit
              pain_points:
                - Too many choices
        `,
      },
      errors: [{ messageId: 'noOpportunity', file: 'journeys/buy.yaml', line: 5, column: 9, data: { stage: 'buy/visit' }, entity: 'buy/visit' }],
    },
    {
      name: 'blank or empty opportunities do not count; several journeys in one file',
      files: {
        'journeys/all.yaml': yaml`
          kind: Journey
          id: buy
          name: Buying
          stages:
            - id: visit # expect: pain-point-no-opportunity
              name: Visit
              pain_points: Too many choices
              opportunities: []
            - id: order
              name: Order
              pain_points: Shipping cost shown late
              opportunities: Show it early
          ---
          kind: Journey
          id: gift
          name: Gift
          stages:
            - id: send # expect: pain-point-no-opportunity
              name: Send
              pain_points: [No gift wrapping]
              opportunities: ['  ']
        `,
      },
    },
  ],
});
