import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/rfp-no-evaluation.js';
import { check, yaml } from '../helpers/plan.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'evaluation criteria given',
      files: {
        'rfps/agency.yaml': yaml`
          kind: RFP
          id: rfp-agency
          title: Agency
          evaluation:
            - { criterion: Quality, weight: 80 }
            - { criterion: Price, weight: 20, price: true }
        `,
      },
    },
  ],
  invalid: [
    {
      name: 'no evaluation: reported at the RFP id',
      files: {
        'rfps/agency.yaml': yaml`
          kind: RFP
          id: rfp-agency
          title: Agency
        `,
      },
      errors: [{ messageId: 'noEvaluation', file: 'rfps/agency.yaml', line: 2, column: 5, data: { id: 'rfp-agency' }, entity: 'rfp-agency' }],
    },
    {
      name: 'an empty list: reported at the evaluation key',
      files: {
        'rfps/agency.yaml': yaml`
          kind: RFP
          id: rfp-agency
          title: Agency
          evaluation: []
        `,
      },
      errors: [{ messageId: 'noEvaluation', file: 'rfps/agency.yaml', line: 4, column: 1 }],
    },
  ],
});

describe('rfp-no-evaluation on broken plans', () => {
  it('does not crash when evaluation is null', async () => {
    const result = await check(
      { 'rfps/agency.yaml': 'kind: RFP\nid: rfp-agency\ntitle: Agency\nevaluation:\n' },
      { lint: true, rules: { 'rfp-no-evaluation': 'warn' } },
    );
    expect(result.diagnostics.filter((d) => d.rule === 'rule-crashed')).toEqual([]);
    expect(result.diagnostics.filter((d) => d.rule === 'rfp-no-evaluation')).toHaveLength(1);
  });
});
