import rule from '../../src/rules/stage-no-kpi.js';
import { yaml } from '../helpers/plan.js';
import { ruleTester } from '../helpers/rule-tester.js';

const journey = yaml`
  kind: Journey
  id: buy
  name: Buying
  stages:
    - id: visit
      name: Visit
    - id: order
      name: Order
`;

ruleTester(rule, {
  valid: [
    {
      name: 'every stage measured by a KPI',
      files: {
        'journeys/buy.yaml': journey,
        'kpis/k.yaml': yaml`
          kind: KPI
          id: kpi-visits
          name: Visits
          stage: buy/visit
          ---
          kind: KPI
          id: kpi-orders
          name: Orders
          stage: buy/order
        `,
      },
    },
  ],
  invalid: [
    {
      name: 'a stage no KPI measures, reported at the stage id',
      files: {
        'journeys/buy.yaml': journey,
        'kpis/k.yaml': yaml`
          kind: KPI
          id: kpi-visits
          name: Visits
          stage: buy/visit
        `,
      },
      errors: [{ messageId: 'noKpi', file: 'journeys/buy.yaml', line: 7, column: 9, data: { stage: 'buy/order' }, entity: 'buy/order' }],
    },
    {
      name: 'an initiative on the stage is not a KPI; KPIs of another journey do not count',
      files: {
        'journeys/buy.yaml': yaml`
          kind: Journey
          id: buy
          name: Buying
          stages:
            - id: visit # expect: stage-no-kpi
              name: Visit
          ---
          kind: Journey
          id: gift
          name: Gift
          stages:
            - id: visit
              name: Visit
        `,
        'kpis/k.yaml': yaml`
          kind: KPI
          id: kpi-gift-visits
          name: Gift visits
          stage: gift/visit
        `,
        'initiatives/i.yaml': yaml`
          kind: Initiative
          id: landing-page
          name: Landing page
          stages: [buy/visit]
        `,
      },
    },
  ],
});
