import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/rfp-evaluation-weights.js';
import { check, yaml } from '../helpers/plan.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'weights add up to 100 (decimals too)',
      files: {
        'rfps/agency.yaml': yaml`
          kind: RFP
          id: rfp-agency
          title: Agency
          evaluation:
            - { criterion: Quality, weight: 33.3 }
            - { criterion: Team, weight: 46.7 }
            - { criterion: Price, weight: 20, price: true }
        `,
      },
    },
    {
      name: 'no evaluation at all is left to rfp-no-evaluation',
      files: {
        'rfps/agency.yaml': yaml`
          kind: RFP
          id: rfp-agency
          title: Agency
        `,
      },
    },
  ],
  invalid: [
    {
      name: 'weights adding up to 90, reported at the evaluation key',
      files: {
        'rfps/agency.yaml': yaml`
          kind: RFP
          id: rfp-agency
          title: Agency
          evaluation:
            - { criterion: Quality, weight: 50 }
            - { criterion: Price, weight: 40, price: true }
        `,
      },
      errors: [{ messageId: 'weightsNot100', file: 'rfps/agency.yaml', line: 4, column: 1, data: { id: 'rfp-agency', sum: 90 }, entity: 'rfp-agency' }],
    },
    {
      name: 'weights adding up to more than 100',
      files: {
        'rfps/agency.yaml': yaml`
          kind: RFP
          id: rfp-agency
          title: Agency
          evaluation: # expect: rfp-evaluation-weights
            - { criterion: Quality, weight: 70 }
            - { criterion: Price, weight: 40, price: true }
        `,
      },
    },
  ],
});

describe('rfp-evaluation-weights on broken plans', () => {
  it('counts a missing or non-numeric weight as 0 and does not crash', async () => {
    const result = await check(
      {
        'rfps/agency.yaml': 'kind: RFP\nid: rfp-agency\ntitle: Agency\nevaluation:\n  - { criterion: Quality, weight: lots }\n  - Price\n  - { criterion: Team, weight: 60 }\n',
      },
      { lint: true, rules: { 'rfp-evaluation-weights': 'error' } },
    );
    expect(result.diagnostics.filter((d) => d.rule === 'rule-crashed')).toEqual([]);
    expect(result.diagnostics.filter((d) => d.rule === 'rfp-evaluation-weights').map((d) => d.data.sum)).toEqual([60]);
  });
});
