import rule from '../../src/rules/goal-no-kpi.js';
import { yaml } from '../helpers/plan.js';
import { ruleTester } from '../helpers/rule-tester.js';

const goal = yaml`
  kind: Goal
  id: more-repeat-buyers
  name: More repeat buyers
  statement: Customers come back because the coffee fits their mornings.
`;

ruleTester(rule, {
  valid: [
    {
      name: 'a goal that a KPI lists in goals',
      files: {
        'goals/g.yaml': goal,
        'kpis/k.yaml': yaml`
          kind: KPI
          id: kpi-repeat
          name: Repeat rate
          goals: [more-repeat-buyers]
        `,
      },
    },
  ],
  invalid: [
    {
      name: 'a goal no KPI measures',
      files: { 'goals/g.yaml': goal },
      errors: [{ messageId: 'noKpi', file: 'goals/g.yaml', line: 2, column: 5, data: { id: 'more-repeat-buyers' } }],
    },
  ],
});
