import rule from '../../src/rules/initiative-no-stage.js';
import { yaml } from '../helpers/plan.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'an initiative placed at a stage',
      files: {
        'journeys/j.yaml': yaml`
          kind: Journey
          id: buy
          name: Buying
          stages:
            - id: visit
              name: Visit
        `,
        'initiatives/i.yaml': yaml`
          kind: Initiative
          id: welcome-mail
          name: Welcome mail
          stages: [buy/visit]
        `,
      },
    },
  ],
  invalid: [
    {
      name: 'an initiative with no stage is reported at its id',
      files: {
        'initiatives/i.yaml': yaml`
          kind: Initiative
          name: Welcome mail
          id: welcome-mail
        `,
      },
      errors: [{ messageId: 'noStage', file: 'initiatives/i.yaml', line: 3, column: 5, data: { id: 'welcome-mail' } }],
    },
  ],
});
