import rule from '../../src/rules/kpi-no-stage.js';
import { yaml } from '../helpers/plan.js';
import { ruleTester } from '../helpers/rule-tester.js';

const journey = yaml`
  kind: Journey
  id: buy
  name: Buying
  stages:
    - id: visit
      name: Visit
`;

ruleTester(rule, {
  valid: [
    {
      name: 'a KPI mapped to a stage',
      files: {
        'journeys/buy.yaml': journey,
        'kpis/visits.yaml': yaml`
          kind: KPI
          id: kpi-visits
          name: Visits
          stage: buy/visit
        `,
      },
    },
  ],
  invalid: [
    {
      name: 'a KPI with no stage is reported at its id',
      files: {
        'journeys/buy.yaml': journey,
        'kpis/visits.yaml': yaml`
          kind: KPI
          id: kpi-visits
          name: Visits
        `,
      },
      errors: [{ messageId: 'noStage', file: 'kpis/visits.yaml', line: 2, column: 5, data: { id: 'kpi-visits' }, entity: 'kpi-visits' }],
    },
    {
      name: 'findings marked with # expect: comments, several KPIs in one file',
      files: {
        'kpis/all.yaml': yaml`
          kind: KPI
          id: kpi-one # expect: kpi-no-stage
          name: One
          ---
          kind: KPI
          id: kpi-two # expect: kpi-no-stage
          name: Two
        `,
      },
    },
  ],
});
