import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/rfp-no-requirements.js';
import { check, yaml } from '../helpers/plan.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'one must requirement among others',
      files: {
        'rfps/agency.yaml': yaml`
          kind: RFP
          id: rfp-agency
          title: Agency
          requirements:
            - { id: R1, text: Reports monthly, priority: should }
            - { id: R2, text: Builds the microsite, priority: must }
        `,
      },
    },
  ],
  invalid: [
    {
      name: 'no requirements at all: reported at the RFP id',
      files: {
        'rfps/agency.yaml': yaml`
          kind: RFP
          id: rfp-agency
          title: Agency
        `,
      },
      errors: [{ messageId: 'noRequirements', file: 'rfps/agency.yaml', line: 2, column: 5, data: { id: 'rfp-agency' }, entity: 'rfp-agency' }],
    },
    {
      name: 'requirements, but only should and could: reported at the requirements key',
      files: {
        'rfps/agency.yaml': yaml`
          kind: RFP
          id: rfp-agency
          title: Agency
          requirements:
            - { id: R1, text: Reports monthly, priority: should }
            - { id: R2, text: Canva templates, priority: could }
        `,
      },
      errors: [{ messageId: 'noMust', file: 'rfps/agency.yaml', line: 4, column: 1, data: { id: 'rfp-agency' } }],
    },
    {
      name: 'an empty list: reported at the requirements key',
      files: {
        'rfps/agency.yaml': yaml`
          kind: RFP
          id: rfp-agency
          title: Agency
          requirements: [] # expect: rfp-no-requirements
        `,
      },
    },
  ],
});

describe('rfp-no-requirements on broken plans', () => {
  it('does not crash on requirements that are not objects', async () => {
    const result = await check(
      { 'rfps/agency.yaml': 'kind: RFP\nid: rfp-agency\ntitle: Agency\nrequirements: [must, 3, null]\n' },
      { lint: true, rules: { 'rfp-no-requirements': 'warn' } },
    );
    expect(result.diagnostics.filter((d) => d.rule === 'rule-crashed')).toEqual([]);
    expect(result.diagnostics.filter((d) => d.rule === 'rfp-no-requirements').map((d) => d.messageId)).toEqual(['noMust']);
  });
});
