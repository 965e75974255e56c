import rule from '../../src/rules/journey-no-persona.js';
import { yaml } from '../helpers/plan.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'a journey drawn for a persona',
      files: {
        'personas/p.yaml': yaml`
          kind: Persona
          id: busy-parent
          name: Busy parent
        `,
        'journeys/buy.yaml': yaml`
          kind: Journey
          id: buy
          name: Buying
          persona: busy-parent
          stages:
            - { id: order, name: Order }
        `,
      },
    },
  ],
  invalid: [
    {
      name: 'a journey with no persona, reported at its id',
      files: {
        'journeys/buy.yaml': yaml`
          kind: Journey
          id: buy
          name: Buying
          stages:
            - { id: order, name: Order }
        `,
      },
      errors: [{ messageId: 'noPersona', file: 'journeys/buy.yaml', line: 2, column: 5, data: { id: 'buy' }, entity: 'buy' }],
    },
    {
      name: 'several journeys in one file',
      files: {
        'personas/p.yaml': yaml`
          kind: Persona
          id: busy-parent
          name: Busy parent
        `,
        'journeys/all.yaml': yaml`
          kind: Journey
          id: one # expect: journey-no-persona
          name: One
          stages: [{ id: a, name: A }]
          ---
          kind: Journey
          id: two
          name: Two
          persona: busy-parent
          stages: [{ id: a, name: A }]
          ---
          kind: Journey
          id: three # expect: journey-no-persona
          name: Three
          stages: [{ id: a, name: A }]
        `,
      },
    },
  ],
});
